#pragma once

// The schema as ordered steps. Step N brings a database from user_version N-1 to N; steps are
// never edited once released, only appended (docs/schema.md describes each).

#include <QStringList>
#include <QVector>

namespace minutebook {

struct MigrationStep
{
    int version = 0;
    const char *description = "";
    QStringList statements;
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
