#include "PostgresSearch.h"

#include "Database.h"
#include "Migrations.h"
#include "Records.h"
#include "SearchTerms.h"
#include "SqlValues.h"

#include <QSqlQuery>

#include <algorithm>
#include <string>
#include <vector>

namespace minutebook {

namespace PostgresSearch {

namespace {
// tsvector positions run from 1 to 16383; later words keep the last one.
constexpr int lastPosition = 16383;
// A lexeme longer than this (bytes) is refused by PostgreSQL; such a "word" is not indexed.
constexpr size_t longestLexeme = 2046;
// Rows indexed per statement when filling.
constexpr int batchRows = 500;

void appendLexeme(QByteArray &out, const std::string &token)
{
    out += '\'';
    for (const char c : token) {
        if (c == '\'' || c == '\\')
            out += c;
        out += c;
    }
    out += '\'';
}

// Words of a text with where they are, split as SearchTerms::words splits them.
struct Word
{
    qsizetype start;
    qsizetype end;
    QString lower;
};

QVector<Word> wordsOf(const QString &text)
{
    QVector<Word> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool token = i < text.size() && SearchTerms::isWordCharacter(text.at(i));
        if (token && start < 0)
            start = i;
        if (!token && start >= 0) {
            out.append({start, i, text.mid(start, i - start).toLower()});
            start = -1;
        }
    }
    return out;
}
} // namespace

QString documentVector(const QStringList &columns)
{
    thread_local SearchTerms::DocumentTokenCache cache;
    cache.forgetIfFull(); // only here: the entries below point into it until this call returns
    struct Entry
    {
        const std::string *token;
        int position;
        char weight;
    };
    std::vector<Entry> entries;
    int position = 0;
    for (int c = 0; c < columns.size() && c < 4; ++c) {
        const char weight = char('A' + c);
        for (const QString &word : SearchTerms::words(columns.at(c))) {
            for (const auto &[token, colocated] : cache.tokens(word.toStdString())) {
                if (!colocated)
                    position = std::min(position + 1, lastPosition);
                if (token.size() <= longestLexeme)
                    entries.push_back({&token, std::max(position, 1), weight});
            }
        }
        position = std::min(position + 1, lastPosition); // a gap: no phrase spans columns
    }
    std::stable_sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return *a.token < *b.token; });
    QByteArray out;
    out.reserve(int(entries.size()) * 12);
    const std::string *current = nullptr;
    int lastPositionWritten = -1;
    for (const Entry &e : entries) {
        if (!current || *current != *e.token) {
            if (current)
                out += ' ';
            appendLexeme(out, *e.token);
            out += ':';
            current = e.token;
            lastPositionWritten = -1;
        } else if (e.position == lastPositionWritten) {
            continue; // the same token twice at one position (a word and its base form)
        } else {
            out += ',';
        }
        out += QByteArray::number(e.position);
        out += e.weight;
        lastPositionWritten = e.position;
    }
    return QString::fromUtf8(out);
}

bool hasTitleVector(const Migrations::IndexedTable &table)
{
    return table.columns.constFirst() == QLatin1String("title");
}

QStringList vectorColumns(const Migrations::IndexedTable &table)
{
    QStringList out {QStringLiteral("search_terms")};
    if (hasTitleVector(table))
        out << QStringLiteral("search_title");
    return out;
}

QStringList vectors(const Migrations::IndexedTable &table, const QStringList &text)
{
    QStringList out {documentVector(text)};
    if (hasTitleVector(table))
        out << documentVector({text.constFirst()});
    return out;
}

QStringList allVectorColumns()
{
    return {QStringLiteral("search_terms"), QStringLiteral("search_title")};
}

namespace {
// One batch of rows of `table` without vectors: read, index, write back in one statement.
Result<int> fillBatch(const QSqlDatabase &db, const Migrations::IndexedTable &t)
{
    const QStringList written = vectorColumns(t);
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (Status s = sql::exec(read,
            QStringLiteral("SELECT id, %1 FROM %2 WHERE search_terms IS NULL ORDER BY id LIMIT %3")
                .arg(t.columns.join(QStringLiteral(", ")), t.table)
                .arg(batchRows),
            {});
        !s)
        return s;
    QVariantList values;
    while (read.next()) {
        QStringList columns;
        for (int c = 0; c < t.columns.size(); ++c)
            columns.append(read.value(c + 1).toString());
        values << read.value(0).toLongLong();
        for (const QString &vector : vectors(t, columns))
            values << vector;
    }
    read.finish();
    const int rows = int(values.size() / (written.size() + 1));
    if (rows == 0)
        return 0;
    // UPDATE t SET search_terms = v.search_terms, … FROM (VALUES (id, vector, …), …) AS v(…)
    QStringList sets;
    QStringList tuple {QStringLiteral("CAST(? AS BIGINT)")};
    for (const QString &column : written) {
        sets << QStringLiteral("%1 = v.%1").arg(column);
        tuple << QStringLiteral("CAST(? AS tsvector)");
    }
    const QStringList tuples(
        rows, QLatin1Char('(') + tuple.join(QStringLiteral(", ")) + QLatin1Char(')'));
    QSqlQuery write(db);
    if (Status s = sql::exec(write,
            QStringLiteral("UPDATE %1 t SET %2 FROM (VALUES %3) AS v(id, %4) WHERE t.id = v.id")
                .arg(t.table, sets.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")),
                    written.join(QStringLiteral(", "))),
            values);
        !s)
        return s;
    return rows;
}

} // namespace

namespace {
// A statement the server cannot prepare (DDL, SET).
Status direct(QSqlQuery &q, const QString &statement)
{
    if (!q.exec(statement))
        return Status::failure(Database::describe(q));
    return {};
}
} // namespace

Status dropIndexes(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    for (const Migrations::IndexedTable &t : Migrations::indexedTables()) {
        if (Status s = direct(q, QStringLiteral("DROP INDEX %1_search").arg(t.table)); !s)
            return s;
        if (hasTitleVector(t)) {
            if (Status s = direct(q, QStringLiteral("DROP INDEX %1_search_title").arg(t.table)); !s)
                return s;
        }
    }
    return {};
}

Status createIndexes(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    // Memory for the build, in this transaction only.
    if (Status s = direct(q, QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'")); !s)
        return s;
    for (const Migrations::IndexedTable &t : Migrations::indexedTables()) {
        if (Status s = direct(q,
                QStringLiteral("CREATE INDEX %1_search ON %1 USING gin (search_terms)")
                    .arg(t.table));
            !s)
            return s;
        if (hasTitleVector(t)) {
            if (Status s = direct(q,
                    QStringLiteral("CREATE INDEX %1_search_title ON %1 USING gin (search_title)")
                        .arg(t.table));
                !s)
                return s;
        }
    }
    return {};
}

Result<qint64> missingRows(const QSqlDatabase &db)
{
    QStringList counts;
    for (const Migrations::IndexedTable &t : Migrations::indexedTables())
        counts
            << QStringLiteral("(SELECT count(*) FROM %1 WHERE search_terms IS NULL)").arg(t.table);
    QSqlQuery q(db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")), {});
        !s)
        return s;
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status fillMissing(const QSqlDatabase &db, const Progress &progress)
{
    qint64 total = -1;
    if (progress) {
        const Result<qint64> missing = missingRows(db);
        if (!missing)
            return missing.status();
        total = missing.value();
    }
    qint64 done = 0;
    for (const Migrations::IndexedTable &t : Migrations::indexedTables()) {
        for (;;) {
            const Result<int> rows = fillBatch(db, t);
            if (!rows)
                return rows.status();
            if (rows.value() == 0)
                break;
            done += rows.value();
            if (progress && !progress(done, total))
                return Status::failure(QCoreApplication::translate(
                    "minutebook::PostgresSearch", "Indexing was cancelled; nothing was changed."));
            if (rows.value() < batchRows)
                break;
        }
    }
    return {};
}

Result<bool> isCurrent(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (Status s
        = sql::exec(q, QStringLiteral("SELECT tokenizer FROM search_index WHERE id = 1"), {});
        !s)
        return s;
    return q.next() && q.value(0).toString() == SearchTerms::identity();
}

Status rebuild(const QSqlDatabase &db, const Progress &progress)
{
    QSqlQuery q(db);
    for (const Migrations::IndexedTable &t : Migrations::indexedTables()) {
        if (Status s = sql::exec(q,
                QStringLiteral("UPDATE %1 SET search_terms = NULL WHERE search_terms IS NOT NULL")
                    .arg(t.table),
                {});
            !s)
            return s;
    }
    if (Status s = fillMissing(db, progress); !s)
        return s;
    return sql::exec(q, QStringLiteral("UPDATE search_index SET tokenizer = ? WHERE id = 1"),
        {SearchTerms::identity()});
}

Result<CommonTokens> CommonTokens::read(const QSqlDatabase &db)
{
    // most_common_elem_freqs ends with three numbers of its own (least and greatest share,
    // share of empty rows): unnest pairs them with no token.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.tablename, s.attname, e.token, e.share, c.reltuples FROM pg_stats s "
            "JOIN pg_namespace n ON n.nspname = s.schemaname "
            "JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.tablename "
            "CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], "
            "s.most_common_elem_freqs) AS e(token, share) "
            "WHERE s.schemaname = current_schema() "
            "AND s.attname IN ('search_terms', 'search_title') AND e.token IS NOT NULL")))
        return Status::failure(Database::describe(q));
    CommonTokens out;
    while (q.next()) {
        Column &column
            = out.m_columns[q.value(0).toString() + QLatin1Char('.') + q.value(1).toString()];
        column.rows = q.value(4).toDouble();
        column.shares.insert(q.value(2).toString(), q.value(3).toDouble());
    }
    return out;
}

qint64 CommonTokens::rowsAtLeast(
    const QString &table, const QString &vector, const FtsQuery &query) const
{
    // One word (or prefix) in every alternative, nothing left out: its tokens are alternatives
    // (a phrase's words, or several words, would all have to match).
    if (query.includedParts.size() != 1 || !query.excludedParts.isEmpty())
        return 0;
    for (const FtsQuery::Part &part : query.includedParts.constFirst()) {
        if (SearchTerms::words(part.text).size() != 1)
            return 0;
    }
    const auto found = m_columns.constFind(table + QLatin1Char('.') + vector);
    if (found == m_columns.constEnd())
        return 0;
    const Column &column = found.value();
    double share = 0;
    query.forEachWantedToken([&](std::string_view token, bool prefix) {
        const QString text = QString::fromUtf8(token.data(), qsizetype(token.size()));
        if (!prefix) {
            share = std::max(share, column.shares.value(text));
            return;
        }
        for (auto it = column.shares.constBegin(); it != column.shares.constEnd(); ++it) {
            if (it.key().startsWith(text))
                share = std::max(share, it.value());
        }
    });
    return qint64(share * column.rows);
}

QString snippet(const QStringList &columns, const FtsQuery &query, int words)
{
    thread_local SwedishStemmer stemmer;
    std::vector<std::string> exact;
    std::vector<std::string> prefixes;
    query.forEachWantedToken([&](std::string_view token, bool prefix) {
        (prefix ? prefixes : exact).emplace_back(token);
    });
    const auto matches = [&](const QString &word) {
        bool found = false;
        SearchTerms::documentTokens(stemmer, word.toStdString(), [&](std::string_view t, bool) {
            if (found)
                return;
            found = std::find(exact.begin(), exact.end(), t) != exact.end()
                || std::any_of(prefixes.begin(), prefixes.end(),
                    [t](const std::string &p) { return t.substr(0, p.size()) == p; });
        });
        return found;
    };
    // The column with the most matching words (the first non-empty one when none matches).
    int best = -1;
    int bestMatches = 0;
    QVector<Word> bestWords;
    QVector<bool> bestMarked;
    for (int c = 0; c < columns.size(); ++c) {
        const QVector<Word> found = wordsOf(columns.at(c));
        QVector<bool> marked(found.size());
        int count = 0;
        for (int i = 0; i < found.size(); ++i) {
            marked[i] = matches(found.at(i).lower);
            count += marked[i] ? 1 : 0;
        }
        if (best < 0 ? !found.isEmpty() : count > bestMatches) {
            best = c;
            bestMatches = count;
            bestWords = found;
            bestMarked = marked;
        }
    }
    if (best < 0)
        return {};
    const QString &text = columns.at(best);
    // The window of `words` words with the most matches, the earliest of equals.
    const int n = int(bestWords.size());
    int first = 0;
    if (n > words) {
        int inWindow = 0;
        for (int i = 0; i < words; ++i)
            inWindow += bestMarked.at(i) ? 1 : 0;
        int bestCount = inWindow;
        for (int s = 1; s + words <= n; ++s) {
            inWindow += (bestMarked.at(s + words - 1) ? 1 : 0) - (bestMarked.at(s - 1) ? 1 : 0);
            if (inWindow > bestCount) {
                bestCount = inWindow;
                first = s;
            }
        }
    }
    const int last = std::min(n, first + words); // one past
    QString out;
    if (first > 0)
        out += QStringLiteral("…");
    qsizetype from = first > 0 ? bestWords.at(first).start : 0;
    for (int i = first; i < last; ++i) {
        const Word &w = bestWords.at(i);
        out += text.mid(from, w.start - from);
        if (bestMarked.at(i))
            out += highlightStart + text.mid(w.start, w.end - w.start) + highlightEnd;
        else
            out += text.mid(w.start, w.end - w.start);
        from = w.end;
    }
    if (last < n)
        out += QStringLiteral("…");
    else
        out += text.mid(from);
    return out;
}

} // namespace PostgresSearch

} // namespace minutebook
