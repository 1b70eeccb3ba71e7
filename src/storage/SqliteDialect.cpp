#include "SqliteDialect.h"

#include "Database.h"
#include "Migrations.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace minutebook {

QString SqliteDialect::render(const QString &statement) const
{
    // Dates and times are ISO 8601 text: they sort and compare as text.
    QString out = statement;
    out.replace(QLatin1String("{id}"), QLatin1String("INTEGER PRIMARY KEY"));
    out.replace(QLatin1String("{date}"), QLatin1String("TEXT"));
    out.replace(QLatin1String("{time}"), QLatin1String("TEXT"));
    out.replace(QLatin1String("{timestamp}"), QLatin1String("TEXT"));
    out.replace(QLatin1String("{blob}"), QLatin1String("BLOB"));
    return out;
}

QStringList SqliteDialect::sessionSettings(bool readOnly, bool inMemory) const
{
    QStringList out {QStringLiteral("PRAGMA foreign_keys = ON")};
    if (readOnly || inMemory)
        return out;
    // NORMAL is safe in WAL mode: a killed process loses nothing that was committed.
    out << QStringLiteral("PRAGMA journal_mode = WAL")
        << QStringLiteral("PRAGMA synchronous = NORMAL");
    return out;
}

QStringList SqliteDialect::bulkWriteSettings() const
{
    return {QStringLiteral("PRAGMA cache_size = -65536"),
        QStringLiteral("PRAGMA wal_autocheckpoint = 16384")};
}

QString SqliteDialect::beginWrite() const
{
    // IMMEDIATE takes the write lock at once: a writer that has to wait does so in the busy
    // handler instead of failing halfway when its read lock cannot be upgraded.
    return QStringLiteral("BEGIN IMMEDIATE");
}

Result<int> SqliteDialect::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (Status s = exec(q, QStringLiteral("PRAGMA user_version")); !s)
        return s;
    return q.next() ? q.value(0).toInt() : 0;
}

Status SqliteDialect::lockForMigration(const QSqlDatabase &) const
{
    return {}; // BEGIN IMMEDIATE already holds the only write lock
}

Status SqliteDialect::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    QSqlQuery q(db);
    // Integers of our own, not user text: safe to put in the statement.
    if (Status s = exec(q, QStringLiteral("PRAGMA user_version = %1").arg(version)); !s)
        return s;
    return exec(q, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
}

Result<bool> SqliteDialect::isEmptyOrMinutebook(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (Status s = exec(q, QStringLiteral("PRAGMA application_id")); !s)
        return s;
    const int appId = q.next() ? q.value(0).toInt() : 0;
    const Result<int> version = schemaVersion(db);
    if (!version)
        return version.status();
    if (Status s = exec(q, QStringLiteral("SELECT count(*) FROM sqlite_master")); !s)
        return s;
    const int objects = q.next() ? q.value(0).toInt() : 0;
    return appId == Database::applicationId || (appId == 0 && version.value() == 0 && objects == 0);
}

Status SqliteDialect::moveIdentitiesOn(const QSqlDatabase &, const QStringList &) const
{
    return {}; // an INTEGER PRIMARY KEY continues after the highest rowid by itself
}

Result<QStringList> SqliteDialect::tables(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (Status s = exec(q,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
        !s)
        return s;
    const QStringList fts = Migrations::ftsTables();
    QStringList out;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const bool searchIndex = name == QLatin1String("search_index")
            || std::any_of(fts.cbegin(), fts.cend(), [&](const QString &f) {
                   return name == f || name.startsWith(f + QLatin1Char('_'));
               });
        if (!searchIndex)
            out << name;
    }
    return out;
}

QString SqliteDialect::likeIgnoringCase(const QString &column) const
{
    // SQLite's LIKE folds the case of ASCII letters only; good enough for a list filter.
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

StorageError::Kind SqliteDialect::classify(const QSqlError &error, const QSqlDriver *) const
{
    using Kind = StorageError::Kind;
    const int extended = error.nativeErrorCode().toInt();
    switch (extended & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Kind::Busy;
    case 8: // SQLITE_READONLY
        return Kind::ReadOnly;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return Kind::Unreadable;
    case 11: // SQLITE_CORRUPT
        return Kind::Damaged;
    case 13: // SQLITE_FULL
        return Kind::DiskFull;
    case 26: // SQLITE_NOTADB
        return Kind::NotAnArchive;
    case 19: // SQLITE_CONSTRAINT
        // SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE
        if (extended == 1555 || extended == 2067
            || error.databaseText().startsWith(QLatin1String("UNIQUE constraint failed")))
            return Kind::Duplicate;
        return Kind::Other;
    default:
        return Kind::Other;
    }
}

Status SqliteDialect::checkIntegrity(const QSqlDatabase &db, QStringList *problems) const
{
    QSqlQuery q(db);
    if (Status s = exec(q, QStringLiteral("PRAGMA integrity_check")); !s)
        return s;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems->append(tr("integrity: %1").arg(line));
    }
    if (Status s = exec(q, QStringLiteral("PRAGMA foreign_key_check")); !s)
        return s;
    while (q.next())
        problems->append(
            tr("foreign key: row %1 of table %2 refers to a missing row of %3")
                .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
    return {};
}

} // namespace minutebook
