#pragma once

// The shared archive: a PostgreSQL server through Qt's QPSQL driver (see SqlDialect).

#include "SqlDialect.h"

namespace minutebook {

class PostgresDialect final : public SqlDialect
{
public:
    /// The key of the advisory lock taken while migrating ("MNBK", the archive's application id).
    static constexpr qint64 migrationLockKey = 0x4D4E424B;

    QString name() const override { return QStringLiteral("postgresql"); }
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QString render(const QString &statement) const override;
    bool hasFts5() const override { return false; }
    QStringList sessionSettings(bool readOnly, bool inMemory) const override;
    QStringList waitSettings(int milliseconds) const override;
    QStringList bulkWriteSettings() const override;
    int valuesPerStatement() const override { return 1000; }
    QString insertFromJson(const QString &table, const QStringList &columns) const override;
    QString beginWrite() const override;
    QString beginRead() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
    Status beforeCommit(const QSqlDatabase &db) const override;
    Result<int> schemaVersion(const QSqlDatabase &db) const override;
    Status lockForMigration(const QSqlDatabase &db) const override;
    Status setSchemaVersion(const QSqlDatabase &db, int version) const override;
    Result<bool> isEmptyOrMinutebook(const QSqlDatabase &db) const override;
    Status moveIdentitiesOn(const QSqlDatabase &db, const QStringList &tables) const override;
    Status lockForNewIds(const QSqlDatabase &db, const QStringList &tables) const override;
    Result<QStringList> tables(const QSqlDatabase &db) const override;
    QString likeIgnoringCase(const QString &column) const override;
    QString dateAsText(const QString &column) const override;
    QString joinInOrder() const override { return QStringLiteral("JOIN"); }
    QString readThrough(const QString &) const override { return {}; }
    bool backsUpToFile() const override { return false; }
    Status checkIntegrity(const QSqlDatabase &db, QStringList *problems) const override;
    StorageError::Kind classify(const QSqlError &error, const QSqlDriver *driver) const override;
};

} // namespace minutebook
