#include "StorageError.h"

#include "MeetingRules.h"
#include "SqlDialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace minutebook {

StorageError::Kind StorageError::kindOf(const QSqlQuery &query)
{
    return kindOf(query.lastError(), query.driver());
}

StorageError::Kind StorageError::kindOf(const QSqlError &error, const QSqlDriver *driver)
{
    return SqlDialect::of(driver).classify(error, driver);
}

QString StorageError::describe(const QSqlQuery &query)
{
    return describe(query.lastError(), query.driver());
}

QString StorageError::describe(const QSqlError &error, const QSqlDriver *driver)
{
    return describe(kindOf(error, driver), error);
}

QString StorageError::describe(Kind kind, const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (kind) {
    case Kind::ConnectionLost:
        return tr("The connection to the server was lost; nothing was saved. Try again when the "
                  "server answers.");
    case Kind::PermissionRefused:
        return tr("The server refused: your login may not do this (%1). Ask whoever runs the "
                  "server for the right role.")
            .arg(detail);
    case Kind::Duplicate:
        return tr("This already exists in the archive (%1).").arg(detail);
    case Kind::Conflict:
        return tr("Someone else changed the same thing at the same moment; nothing was saved. "
                  "Try again.");
    case Kind::ApprovedLocked:
        return MeetingRules::frozenMessage();
    case Kind::Busy:
        return tr("The database is locked by another program (another Minutebook window, a "
                  "backup or a sync tool). Close it or try again in a moment.");
    case Kind::ReadOnly:
        return tr("The database is read-only: changes cannot be saved. Check the file's "
                  "permissions or open a copy.");
    case Kind::DiskFull:
        return tr("The disk is full: nothing was saved. Free some space and try again.");
    case Kind::Damaged:
        return tr("The database file is damaged (%1). Restore it from a backup.").arg(detail);
    case Kind::Unreadable:
        return tr("The database file could not be read or written (%1). Check the disk.")
            .arg(detail);
    case Kind::NotAnArchive:
        return tr("The file is not a Minutebook database (it is not an SQLite file).");
    case Kind::Other:
        break;
    }
    return tr("Database error: %1").arg(detail);
}

} // namespace minutebook
