#pragma once

// Automatic backups: on opening, at most once a day, a consistent copy of the database
// (Database::backupTo, VACUUM INTO) in a backups folder beside it, keeping the newest N.
// Restoring one replaces the database file after checking that the backup is sound.

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace minutebook {

struct BackupPolicy
{
    /// Where the copies go; empty: AutoBackup::defaultFolder(database path).
    QString folder;
    /// How many copies to keep (oldest removed first); 0 turns automatic backups off.
    int keep = 7;
    /// A new copy is made only when the newest one is at least this old.
    qint64 minimumAgeSeconds = 24 * 60 * 60;
};

class AutoBackup
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::AutoBackup)

public:
    /// "backups" in the database's folder.
    static QString defaultFolder(const QString &databasePath);

    /// The automatic copies of `databasePath` in `folder`, newest first. They are named
    /// "<database name> YYYY-MM-DD HHMMSS.db", so the name alone dates them.
    static QFileInfoList existing(const QString &databasePath, const QString &folder);

    /// True when `policy` asks for a copy at `now`: none yet, or the newest one is old enough.
    static bool isDue(
        const QString &databasePath, const BackupPolicy &policy, const QDateTime &now);

    /// Writes a copy when due and removes the oldest beyond `policy.keep`. Returns the file
    /// written, or an empty string when no copy was due or the archive has no meetings yet
    /// (nothing to lose). Creates the folder when missing.
    static Result<QString> runIfDue(
        const Database &database, const BackupPolicy &policy, const QDateTime &now);

    /// The same on a connection of its own, opened read-only in the calling thread: for a
    /// worker thread while the program goes on using its own connection.
    static Result<QString> runIfDue(
        const QString &databasePath, const BackupPolicy &policy, const QDateTime &now);

    /// Replaces the database at `databasePath` by the copy in `backupPath`. The backup is
    /// opened read-only and checked first; the current database (when there is one) is kept as
    /// "<name> before restore YYYY-MM-DD HHMMSS.db" in the backups folder. Nothing may have
    /// the database open while this runs. Returns the path of that safety copy (empty when
    /// there was no database).
    static Result<QString> restore(
        const QString &backupPath, const QString &databasePath, const QDateTime &now);
};

} // namespace minutebook
