#pragma once

// What differs between the two backends, in one seam keyed by the driver's name (as Akonadi and
// digiKam keep per-backend SQL): the schema's type words, how a write transaction begins, the
// session settings, where the schema version lives and how migrating is locked, moving identity
// sequences on after rows were written with their ids (and locking while the program numbers
// them), text matching, join-order and index hints for SQLite's planner, and what a failed
// statement means. Repositories ask SqlDialect::of(connection) and never test for a backend.

#include "Result.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

class QSqlDriver;
class QSqlError;
class QSqlQuery;

namespace minutebook {

class SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::SqlDialect)

public:
    virtual ~SqlDialect() = default;

    /// The dialect of `db`'s driver (QSQLITE or QPSQL); SQLite's for any other.
    static const SqlDialect &of(const QSqlDatabase &db);
    static const SqlDialect &of(const QSqlDriver *driver);
    /// By Qt driver name; nullptr for a driver Minutebook does not speak.
    static const SqlDialect *forDriver(const QString &driverName);

    /// "sqlite" or "postgresql", for messages and test names.
    virtual QString name() const = 0;
    /// The Qt SQL driver ("QSQLITE", "QPSQL").
    virtual QString driver() const = 0;

    /// A schema statement written with the type words of Migrations — {id} (an integer key the
    /// database numbers), {date}, {time}, {timestamp} (an instant, UTC), {blob} — in this
    /// backend's types.
    virtual QString render(const QString &statement) const = 0;
    /// Whether the full-text index is SQLite's FTS5 (the search tables, triggers and tokenizer
    /// of Migrations and SearchIndex); otherwise it is the server's `search_terms` vectors
    /// (PostgresSearch).
    virtual bool hasFts5() const = 0;

    /// Settings run once on a new connection (pragmas; the server session's time zone).
    virtual QStringList sessionSettings(bool readOnly, bool inMemory) const = 0;
    /// How long a writer waits for another one's lock before it is told the archive is busy
    /// (SQLite takes it when connecting: Options::busyTimeoutMs).
    virtual QStringList waitSettings(int milliseconds) const = 0;
    /// Settings that speed up a bulk write on this connection (generated archives).
    virtual QStringList bulkWriteSettings() const = 0;
    /// Values bound in one statement at most when many rows are written at once (Qt's SQLite
    /// driver matches them to placeholders in quadratic time; the server takes thousands).
    virtual int valuesPerStatement() const = 0;
    /// A statement inserting many rows into `columns` of `table` from one bound JSON array of
    /// objects (each value converted from its text by the database); empty where the backend
    /// has none (then many VALUES tuples, valuesPerStatement()).
    virtual QString insertFromJson(const QString &table, const QStringList &columns) const = 0;
    /// The statement that begins a write transaction.
    virtual QString beginWrite() const = 0;
    /// The statement that begins a read-only transaction seeing one snapshot throughout.
    virtual QString beginRead() const = 0;
    /// Inside every write transaction except a schema step, just before COMMIT: the server
    /// writes the search vectors of the rows that lack one (SQLite's triggers keep its index).
    virtual Status beforeCommit(const QSqlDatabase &db) const = 0;

    /// The schema version of the connected archive; 0 for an empty one.
    virtual Result<int> schemaVersion(const QSqlDatabase &db) const = 0;
    /// Inside a migration's transaction: waits until no other program migrates this archive.
    virtual Status lockForMigration(const QSqlDatabase &db) const = 0;
    /// Inside a migration's transaction: records that the schema is now at `version`.
    virtual Status setSchemaVersion(const QSqlDatabase &db, int version) const = 0;
    /// Whether the connection holds a Minutebook archive or is empty (anything else is refused).
    virtual Result<bool> isEmptyOrMinutebook(const QSqlDatabase &db) const = 0;

    /// After rows were written with ids of their own: the database numbers the next new rows of
    /// `tables` after the highest id there.
    virtual Status moveIdentitiesOn(const QSqlDatabase &db, const QStringList &tables) const = 0;
    /// Inside a write transaction, before the program numbers new rows of `tables` itself
    /// (highest id + 1, as MeetingWriter does): no other writer adds to them until the
    /// transaction ends, so two programs cannot give out the same ids. Readers go on reading.
    virtual Status lockForNewIds(const QSqlDatabase &db, const QStringList &tables) const = 0;
    /// The archive's own tables (not the search index's), as the database lists them.
    virtual Result<QStringList> tables(const QSqlDatabase &db) const = 0;

    /// `column LIKE ?` without regard to letter case where the backend can.
    virtual QString likeIgnoringCase(const QString &column) const = 0;
    /// A date column as ISO text (YYYY-MM-DD), for matching typed text against it.
    virtual QString dateAsText(const QString &column) const = 0;
    /// The join (`… <join> table ON …`) that keeps the tables in the order written, for a query
    /// that must be driven by its first table: SQLite's planner, without statistics, otherwise
    /// picks a worse order; a planner with statistics is given a plain JOIN.
    virtual QString joinInOrder() const = 0;
    /// Written after a table in FROM: that table is read through `index` where the backend
    /// takes such a hint (SQLite's INDEXED BY); empty where the planner decides.
    virtual QString readThrough(const QString &index) const = 0;

    /// Whether backupTo() can copy the live archive into a file (the server's owner backs a
    /// server up with pg_dump instead).
    virtual bool backsUpToFile() const = 0;
    /// The backend's own consistency checks; each problem found is appended to `problems`.
    virtual Status checkIntegrity(const QSqlDatabase &db, QStringList *problems) const = 0;

    /// What a failed statement means for the user.
    virtual StorageError::Kind classify(const QSqlError &error, const QSqlDriver *driver) const = 0;

protected:
    static Status exec(QSqlQuery &query, const QString &statement);
};

} // namespace minutebook
