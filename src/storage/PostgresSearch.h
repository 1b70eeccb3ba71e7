#pragma once

// The server's full-text index: the same matching rules as the local file's FTS5 index
// (SearchTerms), kept in a `search_terms tsvector` column of each searchable table with a GIN
// index (Migrations, version 8). PostgreSQL cannot run our tokenizer, so the program writes the
// vectors: every write transaction on the server fills, just before it commits, the vectors its
// rows lack (a trigger empties the vector of a row whose text changes, and a new row has none),
// so no write path has to remember it and a row written by another tool is indexed by the next
// save. Each column's words carry the column's weight (A for the first, then B, C, D), so a
// query can be restricted to titles, and their positions run on from the previous column's
// with a gap, so a phrase never spans two columns.

#include "FtsQuery.h"
#include "Migrations.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace minutebook {

namespace PostgresSearch {

/// The tsvector literal of a row whose indexed columns (at most four, in Migrations' order)
/// hold `columns`.
QString documentVector(const QStringList &columns);

/// Whether `table` also has `search_title`, the vector of its title alone (the first column):
/// the search's title tier matches it (a weight in the full vector would make PostgreSQL read
/// every candidate row to check it).
bool hasTitleVector(const Migrations::IndexedTable &table);

/// The vector columns of `table` on the server, in this order: `search_terms`, then
/// `search_title` where it has one.
QStringList vectorColumns(const Migrations::IndexedTable &table);
/// The values of vectorColumns() for a row whose indexed columns hold `text`.
QStringList vectors(const Migrations::IndexedTable &table, const QStringList &text);
/// Every vector column of any table: the target of a copy writes its own.
QStringList allVectorColumns();

/// Called with the rows indexed so far and the rows to index; false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// Writes the vectors of the rows that have none, in batches; inside the caller's transaction.
Status fillMissing(const QSqlDatabase &db, const Progress &progress = {});

/// Inside a transaction that writes a whole archive: drops the GIN indexes of the vectors, and
/// builds them again at the end (a bulk build is many times faster than row by row).
Status dropIndexes(const QSqlDatabase &db);
Status createIndexes(const QSqlDatabase &db);

/// How many rows have no vector yet (written since the last commit of this program, or by
/// another tool).
Result<qint64> missingRows(const QSqlDatabase &db);

/// Whether the vectors on the server were written under the rules this program has
/// (search_index.tokenizer names them, as for the local index).
Result<bool> isCurrent(const QSqlDatabase &db);

/// Writes every row's vector again under this program's rules, in one transaction that also
/// records them; other programs keep searching the old vectors until it commits.
Status rebuild(const QSqlDatabase &db, const Progress &progress = {});

/// What the server's statistics (ANALYZE, pg_stats) know of each vector column's most common
/// tokens: the share of rows holding each, and the table's estimated rows.
class CommonTokens
{
public:
    /// Read from pg_stats and pg_class (a few thousand tokens, once per search index); empty
    /// where a table was never analysed.
    static Result<CommonTokens> read(const QSqlDatabase &db);

    /// At least how many rows of `table` have, in `vector` (search_terms or search_title), a
    /// token that `query` looks up — for a query of one word or prefix without exclusions,
    /// whose tokens are alternatives: the largest share of a matching token times the table's
    /// rows (rows holding the other tokens too are not added, so it is a lower bound up to
    /// sampling). 0 for any other query, and where the statistics know none of the tokens.
    qint64 rowsAtLeast(const QString &table, const QString &vector, const FtsQuery &query) const;

private:
    struct Column
    {
        double rows = 0;
        QHash<QString, double> shares;
    };
    QHash<QString, Column> m_columns; ///< by "table.vector"
};

/// The part of the best-matching column around its matches, the matching words between
/// highlightStart and highlightEnd, cut with "…" at about `words` words (as FTS5's snippet()
/// gives the local index's hits).
QString snippet(const QStringList &columns, const FtsQuery &query, int words = 16);

} // namespace PostgresSearch

} // namespace minutebook
