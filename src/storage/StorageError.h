#pragma once

// What a failed statement means, the same on both backends, and the one sentence the user sees
// for it. The dialects sort a driver's error (SQLite's result code, PostgreSQL's SQLSTATE from
// QSqlError::nativeErrorCode()) into a Kind; describe() says it.

#include <QCoreApplication>
#include <QString>

class QSqlDriver;
class QSqlError;
class QSqlQuery;

namespace minutebook {

class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::StorageError)

public:
    enum class Kind {
        Other,
        ConnectionLost, ///< the server went away (or a statement failed without any error)
        PermissionRefused, ///< the login may not do this
        Duplicate, ///< a unique key already holds the value
        Conflict, ///< a concurrent change won (serialization failure, deadlock)
        ApprovedLocked, ///< the database refused to change approved minutes
        Busy, ///< another program holds the lock
        ReadOnly, ///< the file or the server (a replica) takes no writes
        DiskFull,
        Damaged,
        Unreadable, ///< the file cannot be read or written
        NotAnArchive, ///< the file is not an SQLite file
    };

    /// The SQLSTATE the server raises for a change to approved minutes (its own class "MB").
    static constexpr const char *approvedLockedState = "MB001";

    /// The kind of `query`'s last error, read by its connection's dialect.
    static Kind kindOf(const QSqlQuery &query);
    static Kind kindOf(const QSqlError &error, const QSqlDriver *driver);

    /// A sentence a user can act on for `query`'s last error.
    static QString describe(const QSqlQuery &query);
    static QString describe(const QSqlError &error, const QSqlDriver *driver);
    static QString describe(Kind kind, const QSqlError &error);
};

} // namespace minutebook
