#pragma once

// The schema as ordered steps, one description for both backends. Step N brings an archive from
// schema version N-1 to N; steps are never edited once released, only appended (docs/schema.md
// describes each). Statements use the type words of SqlDialect::render ({id}, {date}, …); the
// full-text statements are SQLite's FTS5 and run only where the dialect has it.

#include <QStringList>
#include <QVector>

namespace minutebook {

struct MigrationStep
{
    int version = 0;
    const char *description = "";
    QStringList statements; ///< for every backend, with the dialect's type words
    QStringList fullText; ///< SQLite's FTS5 index (run first); the server's search differs
    QStringList serverSearch; ///< the server's search vectors (run first where there is no FTS5)
};

class Migrations
{
public:
    static const QVector<MigrationStep> &steps();
    static int latestVersion();
    /// The FTS5 tables of the current schema (for integrity checks).
    static QStringList ftsTables();
    /// Each FTS5 table with the table it indexes and the indexed columns (for rebuilding).
    struct IndexedTable
    {
        QString fts;
        QString table;
        QStringList columns;
    };
    static QVector<IndexedTable> indexedTables();
};

} // namespace minutebook
