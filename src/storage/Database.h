#pragma once

// One open Minutebook archive: a local SQLite file, or a PostgreSQL server for an organisation.
// Opening with every check a user's file deserves, session settings, schema migrations, backup
// and integrity check. Repositories borrow its connection; what differs between the backends
// is the connection's SqlDialect.

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// Only the repositories of this layer see SQL: the layers above get no QtSql include path.
class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace minutebook {

class ServerAddress;
class SqlDialect;
class StatementCache;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::Database)

public:
    struct Options
    {
        bool readOnly = false; ///< never write, even where the file allows it
        bool createIfMissing = true; ///< create a new database when the file does not exist
        int busyTimeoutMs = 5000; ///< how long a writer waits for another one
        /// The caller only reads: when the schema is current, the first, read-only look at the
        /// file becomes the connection (one connection opened instead of two, which a
        /// command-line search notices). An older schema is still upgraded where the file can be
        /// written; isReadOnly() tells which connection it got.
        bool readsOnly = false;
        /// Rebuilding the search index (after an upgrade, or when the rules of matching
        /// changed): rows indexed so far and in all, after each batch; return false to cancel
        /// (the open then fails and nothing is changed).
        std::function<bool(qint64 done, qint64 total)> searchIndexProgress;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (and if needed creates and upgrades) the database at `path`. Never modifies a
    /// file that is not a Minutebook database or whose schema is newer than this program's.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options());
    }
    /// A private in-memory database with the current schema, for tests and benchmarks.
    static Result<std::unique_ptr<Database>> openInMemory();

    /// Opens at most `targetVersion` of the schema: for migration tests only.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int targetVersion);

    /// Connects to the archive on a PostgreSQL server. Its schema must be at this program's
    /// version: an ordinary login never migrates (the owner runs prepareServer).
    static Result<std::unique_ptr<Database>> openServer(
        const ServerAddress &address, const Options &options);
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress &address);
    enum class ServerSchema {
        Create, ///< `server init`: the schema in an empty database
        Upgrade, ///< `server upgrade`: an older schema brought to this program's version
    };
    /// Creates or upgrades the schema on the server, each step in one transaction under an
    /// advisory lock (two programs at once cannot both migrate), and returns the archive.
    /// `fromVersion` receives the version found; `targetVersion` is for tests.
    static Result<std::unique_ptr<Database>> prepareServer(const ServerAddress &address,
        ServerSchema action, int *fromVersion = nullptr, int targetVersion = 0);

    static int latestSchemaVersion();
    /// The application_id stamped into every Minutebook database file ("MNBK").
    static constexpr int applicationId = 0x4D4E424B;

    QSqlDatabase connection() const;
    /// What differs between the backends, for this connection.
    const SqlDialect &dialect() const;
    /// The statements this connection keeps prepared, for the reads the window repeats
    /// (StatementCache: one round trip each on the server instead of three).
    StatementCache &statements() const;
    /// The file, or the server's address (without a password) for messages.
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// True for an archive on a PostgreSQL server, false for a file.
    bool isServer() const;
    /// Another connection to the same archive (the file again, or the same server with the
    /// same login), for a worker thread: call it on the thread that will use it.
    Result<std::unique_ptr<Database>> openAnother(const Options &options) const;
    int schemaVersion() const;

    /// A consistent copy of the live database (VACUUM INTO), written next to `file` and
    /// renamed into place, so a failed backup never leaves a half-written file.
    Status backupTo(const QString &file) const;
    /// integrity_check, foreign_key_check and schema version; problems are listed in `report`.
    Status check(QStringList *report) const;
    /// Whether the full-text index was built under the rules this program matches with
    /// (SearchTerms::identity()). Opening a writable database rebuilds it when not.
    bool searchIndexIsCurrent() const;
    /// Indexes every searchable row again, in one transaction, in batches with `progress`.
    Status rebuildSearchIndex(
        const std::function<bool(qint64 done, qint64 total)> &progress = {}) const;
    /// Merges each full-text index into one segment ('optimize'), so that a search looks every
    /// word up once instead of once per segment. For after bulk writes (generate); FTS5 merges
    /// a little on every write anyway.
    Status optimizeSearchIndex() const;

    /// Turns a failed query into a sentence a user can act on (StorageError).
    static QString describe(const QSqlQuery &query);

private:
    Database(QString connectionName, QString path, bool readOnly);
    static Status checkFileBeforeOpen(const QString &path, const Options &options, bool *readOnly);
    static Result<std::unique_ptr<Database>> openImpl(
        const QString &path, const Options &options, int targetVersion);
    static Result<std::unique_ptr<Database>> connectServer(
        const ServerAddress &address, const Options &options);
    /// A server's schema version this program can work with (or migrate): not unreadable, not
    /// newer than the program's.
    static Status knownServerVersion(const ServerAddress &address, int version);
    Status verifyIdentity() const;
    Status applyPragmas() const;
    /// On the server: writes the search vectors again when they were written under other
    /// rules than this program's (or not yet), under the migration lock.
    Status indexServerSearch(const std::function<bool(qint64, qint64)> &progress) const;
    Status migrate(int targetVersion) const;
    /// FTS5's integrity-check with rank 1 (the index against the text) for each index. It
    /// writes, so it runs in a transaction that is rolled back, or on a read-only connection
    /// against an in-memory copy.
    void checkSearchIndex(QStringList *problems) const;

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    /// The server's address (with the password it was opened with, never shown), for
    /// openAnother(); empty for a file.
    std::shared_ptr<const ServerAddress> m_server;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace minutebook
