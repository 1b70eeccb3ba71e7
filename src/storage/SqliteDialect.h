#pragma once

// The local archive: one SQLite file (see SqlDialect).

#include "SqlDialect.h"

namespace minutebook {

class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    QString render(const QString &statement) const override;
    bool hasFts5() const override { return true; }
    QStringList sessionSettings(bool readOnly, bool inMemory) const override;
    QStringList waitSettings(int) const override { return {}; }
    QStringList bulkWriteSettings() const override;
    int valuesPerStatement() const override { return 400; }
    QString insertFromJson(const QString &, const QStringList &) const override { return {}; }
    QString beginWrite() const override;
    QString beginRead() const override { return QStringLiteral("BEGIN"); }
    Status beforeCommit(const QSqlDatabase &) const override { return {}; }
    Result<int> schemaVersion(const QSqlDatabase &db) const override;
    Status lockForMigration(const QSqlDatabase &db) const override;
    Status setSchemaVersion(const QSqlDatabase &db, int version) const override;
    Result<bool> isEmptyOrMinutebook(const QSqlDatabase &db) const override;
    Status moveIdentitiesOn(const QSqlDatabase &db, const QStringList &tables) const override;
    Status lockForNewIds(const QSqlDatabase &, const QStringList &) const override
    {
        return {}; // BEGIN IMMEDIATE already holds the file's only write lock
    }
    Result<QStringList> tables(const QSqlDatabase &db) const override;
    QString likeIgnoringCase(const QString &column) const override;
    QString dateAsText(const QString &column) const override { return column; }
    QString joinInOrder() const override { return QStringLiteral("CROSS JOIN"); }
    QString readThrough(const QString &index) const override
    {
        return QStringLiteral(" INDEXED BY ") + index;
    }
    bool backsUpToFile() const override { return true; }
    Status checkIntegrity(const QSqlDatabase &db, QStringList *problems) const override;
    StorageError::Kind classify(const QSqlError &error, const QSqlDriver *driver) const override;
};

} // namespace minutebook
