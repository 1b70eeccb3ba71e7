#include "Database.h"

#include "Migrations.h"
#include "PostgresSearch.h"
#include "SearchTerms.h"
#include "SearchTokenizer.h"
#include "ServerAddress.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "StatementCache.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

#include <sqlite3.h>

namespace minutebook {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool hasWriteBits(const QFileInfo &info)
{
    // Permission bits, not access(2): a file the user marked read-only stays untouched even
    // when the program runs as root, for whom access(2) says everything is writable.
    const auto perms = info.permissions();
    return info.isWritable()
        && (perms & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("minutebook-%1").arg(++counter);
}

Status exec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return Status::failure(Database::describe(q));
    return {};
}

// Before a connection exists there is no driver to ask: errors of opening a file are SQLite's.
QString describeOpenFailure(const QSqlDatabase &db)
{
    return StorageError::describe(db.lastError(), db.driver());
}

// The schema version that brought the search index's identity (search_index).
constexpr int searchIndexVersion = 5;
// The first schema version with the server's search vectors (PostgresSearch).
constexpr int serverSearchVersion = 8;
// Rows indexed per statement while rebuilding: small enough for smooth progress.
constexpr qint64 rebuildBatch = 2000;

// Merges every full-text index into one segment (FTS5's 'optimize'), in the caller's transaction.
Status optimizeEveryIndex(QSqlQuery &q)
{
    for (const QString &fts : Migrations::ftsTables()) {
        if (Status s = exec(q, QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(fts));
            !s)
            return s;
    }
    return {};
}
} // namespace

Database::Database(QString connectionName, QString path, bool readOnly)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
    , m_statements(std::make_unique<StatementCache>(m_connectionName))
{ }

Database::~Database()
{
    m_statements.reset(); // its statements belong to the connection: gone before it closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StatementCache &Database::statements() const
{
    return *m_statements;
}

QString Database::describe(const QSqlQuery &query)
{
    return StorageError::describe(query);
}

Result<std::unique_ptr<Database>> Database::openAnother(const Options &options) const
{
    if (m_server)
        return openServer(*m_server, options);
    return open(m_path, options);
}

bool Database::isServer() const
{
    return dialect().driver() == QLatin1String("QPSQL");
}

const SqlDialect &Database::dialect() const
{
    return SqlDialect::of(connection());
}

Status Database::checkFileBeforeOpen(const QString &path, const Options &options, bool *readOnly)
{
    if (path.isEmpty())
        return Status::failure(tr("No database file was given."));
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir())
        return Status::failure(tr("The folder “%1” does not exist.").arg(shown(dir.filePath())));
    if (!info.exists()) {
        if (!options.createIfMissing || options.readOnly)
            return Status::failure(tr("The database “%1” does not exist.").arg(shown(path)));
        if (!hasWriteBits(dir))
            return Status::failure(
                tr("Cannot create “%1”: the folder is read-only.").arg(shown(path)));
        return {};
    }
    if (info.isDir())
        return Status::failure(tr("“%1” is a folder, not a database file.").arg(shown(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("“%1” cannot be read: %2").arg(shown(path), file.errorString()));
    const QByteArray header = file.read(16);
    if (file.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
        return Status::failure(
            tr("“%1” is not a Minutebook database (it is not an SQLite file).").arg(shown(path)));
    // SQLite needs to create -wal and -shm files beside the database to write.
    if (!hasWriteBits(info) || !hasWriteBits(dir))
        *readOnly = true;
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    return openImpl(path, options, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int targetVersion)
{
    return openImpl(path, Options(), targetVersion);
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return openImpl(QStringLiteral(":memory:"), Options(), latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openImpl(
    const QString &path, const Options &options, int targetVersion)
{
    const bool inMemory = path == QLatin1String(":memory:");
    bool readOnly = options.readOnly;
    if (!inMemory) {
        if (Status s = checkFileBeforeOpen(path, options, &readOnly); !s)
            return s;
    }
    // First look through a read-only connection: a foreign or newer file is refused before
    // anything could write to it (even setting WAL mode writes the header).
    for (const bool probe : {true, false}) {
        if (probe && (inMemory || !QFileInfo::exists(path)))
            continue;
        const bool connectionReadOnly = probe || readOnly;
        std::unique_ptr<Database> db(new Database(nextConnectionName(), path, connectionReadOnly));
        {
            QSqlDatabase c
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
            c.setDatabaseName(path);
            QStringList connectOptions {
                QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs)};
            if (connectionReadOnly)
                connectOptions.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
            c.setConnectOptions(connectOptions.join(QLatin1Char(';')));
            if (!c.open())
                return Status::failure(describeOpenFailure(c));
            if (Status s = SearchTokenizer::registerOn(c); !s)
                return s;
        }
        if (Status s = db->verifyIdentity(); !s)
            return s;
        const bool current = db->schemaVersion() >= targetVersion
            && (targetVersion < searchIndexVersion || db->searchIndexIsCurrent());
        if (probe && !readOnly && !(options.readsOnly && current))
            continue; // checked; now open for writing
        if (Status s = db->applyPragmas(); !s)
            return s;
        if (db->schemaVersion() < targetVersion) {
            if (connectionReadOnly)
                return Status::failure(
                    tr("“%1” was made by an older Minutebook and must be upgraded, but it is "
                       "read-only. Open a writable copy.")
                        .arg(shown(path)));
            if (Status s = db->migrate(targetVersion); !s)
                return s;
        }
        // A read-only connection searches the index it finds (check() reports it stale).
        if (!connectionReadOnly && targetVersion >= searchIndexVersion
            && !db->searchIndexIsCurrent()) {
            if (Status s = db->rebuildSearchIndex(options.searchIndexProgress); !s)
                return s;
        }
        return db;
    }
    return Status::failure(tr("The database could not be opened."));
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress &address)
{
    return openServer(address, Options());
}

Result<std::unique_ptr<Database>> Database::connectServer(
    const ServerAddress &address, const Options &options)
{
    std::unique_ptr<Database> db(
        new Database(nextConnectionName(), address.displayName(), options.readOnly));
    db->m_server = std::make_shared<const ServerAddress>(address);
    {
        QSqlDatabase c = address.configure(db->m_connectionName);
        if (Status s = address.open(c); !s)
            return s;
    }
    if (Status s = db->applyPragmas(); !s)
        return s;
    {
        QSqlQuery q(db->connection());
        for (const QString &setting : db->dialect().waitSettings(options.busyTimeoutMs)) {
            if (Status s = exec(q, setting); !s)
                return s;
        }
    }
    const Result<bool> ours = db->dialect().isEmptyOrMinutebook(db->connection());
    if (!ours)
        return ours.status();
    if (!ours.value())
        return Status::failure(tr("The database on %1 holds tables of another program, not a "
                                  "Minutebook archive. Nothing was changed.")
                                   .arg(address.displayName()));
    return db;
}

Status Database::knownServerVersion(const ServerAddress &address, int version)
{
    if (version < 0)
        return Status::failure(
            tr("The schema version on %1 could not be read.").arg(address.displayName()));
    if (version > latestSchemaVersion())
        return Status::failure(tr("The archive on %1 was made by a newer version of Minutebook "
                                  "(schema version %2; this program knows up to %3). Use a "
                                  "newer Minutebook; nothing was changed.")
                                   .arg(address.displayName())
                                   .arg(version)
                                   .arg(latestSchemaVersion()));
    return {};
}

Result<std::unique_ptr<Database>> Database::openServer(
    const ServerAddress &address, const Options &options)
{
    Result<std::unique_ptr<Database>> db = connectServer(address, options);
    if (!db)
        return db;
    const int version = db.value()->schemaVersion();
    if (Status s = knownServerVersion(address, version); !s)
        return s;
    if (version == 0)
        return Status::failure(tr("%1 has no Minutebook archive yet. Whoever owns the database "
                                  "creates it with “minutebook-cli server init”.")
                                   .arg(address.displayName()));
    if (version < latestSchemaVersion())
        return Status::failure(tr("The archive on %1 has schema version %2 and this program needs "
                                  "%3. Whoever owns the database upgrades it with "
                                  "“minutebook-cli server upgrade”.")
                                   .arg(address.displayName())
                                   .arg(version)
                                   .arg(latestSchemaVersion()));
    if (!options.readOnly) {
        if (Status s = db.value()->indexServerSearch(options.searchIndexProgress); !s)
            return s;
    }
    return db;
}

Status Database::indexServerSearch(const std::function<bool(qint64, qint64)> &progress) const
{
    const Result<bool> current = PostgresSearch::isCurrent(connection());
    if (!current)
        return current.status();
    if (current.value())
        return {};
    return Transaction::run(connection(), [&]() -> Status {
        // One program writes them; the others wait here and find them written.
        if (Status s = dialect().lockForMigration(connection()); !s)
            return s;
        const Result<bool> now = PostgresSearch::isCurrent(connection());
        if (!now)
            return now.status();
        if (now.value())
            return {};
        return PostgresSearch::rebuild(connection(), progress);
    });
}

Result<std::unique_ptr<Database>> Database::prepareServer(
    const ServerAddress &address, ServerSchema action, int *fromVersion, int targetVersion)
{
    if (targetVersion <= 0)
        targetVersion = latestSchemaVersion();
    Result<std::unique_ptr<Database>> db = connectServer(address, Options());
    if (!db)
        return db;
    const int version = db.value()->schemaVersion();
    if (fromVersion)
        *fromVersion = version;
    if (Status s = knownServerVersion(address, version); !s)
        return s;
    if (action == ServerSchema::Create && version > 0)
        return Status::failure(tr("%1 already holds a Minutebook archive (schema version %2). "
                                  "Use “minutebook-cli server upgrade” to bring it up to date.")
                                   .arg(address.displayName())
                                   .arg(version));
    if (action == ServerSchema::Upgrade && version == 0)
        return Status::failure(tr("%1 has no Minutebook archive to upgrade. Create it with "
                                  "“minutebook-cli server init”.")
                                   .arg(address.displayName()));
    if (Status s = db.value()->migrate(targetVersion); !s)
        return s;
    if (targetVersion >= serverSearchVersion) {
        if (Status s = db.value()->indexServerSearch({}); !s)
            return s;
    }
    return db;
}

int Database::schemaVersion() const
{
    const Result<int> version = dialect().schemaVersion(connection());
    return version ? version.value() : -1;
}

Status Database::verifyIdentity() const
{
    QSqlQuery q(connection());
    if (Status s = exec(q, QStringLiteral("PRAGMA application_id")); !s)
        return s;
    const int appId = q.next() ? q.value(0).toInt() : 0;
    if (Status s = exec(q, QStringLiteral("PRAGMA user_version")); !s)
        return s;
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (Status s = exec(q, QStringLiteral("SELECT count(*) FROM sqlite_master")); !s)
        return s;
    const int objects = q.next() ? q.value(0).toInt() : 0;
    const bool foreign = appId != applicationId && (appId != 0 || version != 0 || objects != 0);
    if (foreign)
        return Status::failure(tr("“%1” is an SQLite database of another program, not a "
                                  "Minutebook database. It was not changed.")
                                   .arg(shown(m_path)));
    if (version > latestSchemaVersion())
        return Status::failure(tr("“%1” was made by a newer version of Minutebook (schema "
                                  "version %2; this program knows up to %3). Use a newer "
                                  "Minutebook; the file was not changed.")
                                   .arg(shown(m_path))
                                   .arg(version)
                                   .arg(latestSchemaVersion()));
    return {};
}

Status Database::applyPragmas() const
{
    QSqlQuery q(connection());
    for (const QString &setting :
        dialect().sessionSettings(m_readOnly, m_path == QLatin1String(":memory:"))) {
        if (Status s = exec(q, setting); !s)
            return s;
    }
    return {};
}

Status Database::migrate(int targetVersion) const
{
    const SqlDialect &d = dialect();
    for (const MigrationStep &step : Migrations::steps()) {
        if (step.version > targetVersion)
            break;
        const Status migrated = Transaction::runSchemaChange(connection(), [&]() -> Status {
            // Read under the lock: another program may have done this step meanwhile.
            if (Status s = d.lockForMigration(connection()); !s)
                return s;
            const Result<int> current = d.schemaVersion(connection());
            if (!current)
                return current.status();
            if (step.version <= current.value())
                return {};
            QSqlQuery q(connection());
            QStringList statements = d.hasFts5() ? step.fullText : step.serverSearch;
            statements << step.statements;
            for (const QString &statement : statements) {
                if (!q.exec(d.render(statement)))
                    return Status::failure(tr("Upgrading the database to version %1 failed: %2")
                                               .arg(step.version)
                                               .arg(describe(q)));
            }
            return d.setSchemaVersion(connection(), step.version);
        });
        if (!migrated)
            return migrated;
    }
    m_statements->clear(); // statements prepared under the old schema
    return {};
}

bool Database::searchIndexIsCurrent() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("SELECT tokenizer FROM search_index WHERE id = 1")) && q.next()
        && q.value(0).toString() == SearchTerms::identity();
}

Status Database::rebuildSearchIndex(
    const std::function<bool(qint64 done, qint64 total)> &progress) const
{
    if (!dialect().hasFts5())
        return Transaction::run(
            connection(), [&] { return PostgresSearch::rebuild(connection(), progress); });
    const QVector<Migrations::IndexedTable> tables = Migrations::indexedTables();
    return Transaction::run(connection(), [&]() -> Status {
        QSqlQuery q(connection());
        qint64 total = 0;
        for (const Migrations::IndexedTable &t : tables) {
            if (Status s = exec(q, QStringLiteral("SELECT count(*) FROM %1").arg(t.table)); !s)
                return s;
            total += q.next() ? q.value(0).toLongLong() : 0;
        }
        const Status cancelled = Status::failure(
            tr("Building the search index was cancelled. Nothing was changed; it is built the "
               "next time the database is opened."));
        qint64 done = 0;
        if (progress && !progress(done, total))
            return cancelled;
        for (const Migrations::IndexedTable &t : tables) {
            // 'delete-all' empties an external-content index without reading the old text
            // (which the old rules tokenised).
            if (Status s
                = exec(q, QStringLiteral("INSERT INTO %1 (%1) VALUES ('delete-all')").arg(t.fts));
                !s)
                return s;
            if (Status s = exec(q,
                    QStringLiteral("SELECT coalesce(min(id), 0), coalesce(max(id), -1) FROM %1")
                        .arg(t.table));
                !s)
                return s;
            q.next();
            const qint64 first = q.value(0).toLongLong();
            const qint64 last = q.value(1).toLongLong();
            const QString columns = t.columns.join(QStringLiteral(", "));
            QSqlQuery insert(connection());
            insert.prepare(QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 "
                                          "WHERE id BETWEEN ? AND ?")
                               .arg(t.fts, columns, t.table));
            for (qint64 from = first; from <= last; from += rebuildBatch) {
                insert.bindValue(0, from);
                insert.bindValue(1, from + rebuildBatch - 1);
                if (!insert.exec())
                    return Status::failure(describe(insert));
                done += insert.numRowsAffected();
                if (progress && !progress(done, total))
                    return cancelled;
            }
        }
        // One segment per index, as after generate: a search then looks each word up once.
        if (Status s = optimizeEveryIndex(q); !s)
            return s;
        q.prepare(QStringLiteral("UPDATE search_index SET tokenizer = ? WHERE id = 1"));
        q.addBindValue(SearchTerms::identity());
        if (!q.exec())
            return Status::failure(describe(q));
        return {};
    });
}

Status Database::optimizeSearchIndex() const
{
    if (!dialect().hasFts5())
        return {}; // the server keeps its own indexes
    return Transaction::run(connection(), [&]() -> Status {
        QSqlQuery q(connection());
        return optimizeEveryIndex(q);
    });
}

Status Database::backupTo(const QString &file) const
{
    if (!dialect().backsUpToFile())
        return Status::failure(tr("An archive on a server is backed up on the server, by its "
                                  "owner with pg_dump (see docs/server.md)."));
    const QFileInfo target(file);
    if (target.exists())
        return Status::failure(
            tr("“%1” already exists; choose a new file name for the backup.").arg(shown(file)));
    if (!QFileInfo(target.absolutePath()).isDir())
        return Status::failure(
            tr("The folder “%1” does not exist.").arg(shown(target.absolutePath())));
    const QString partial = target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(8)
        + QStringLiteral(".part");
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        const QString error = describe(q);
        QFile::remove(partial);
        return Status::failure(tr("The backup could not be written: %1").arg(error));
    }
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return Status::failure(tr("The backup could not be moved to “%1”.").arg(shown(file)));
    }
    return {};
}

Status Database::check(QStringList *report) const
{
    QStringList problems;
    if (Status s = dialect().checkIntegrity(connection(), &problems); !s)
        return s;
    const int version = schemaVersion();
    if (version >= searchIndexVersion && dialect().hasFts5()) {
        checkSearchIndex(&problems);
        if (!searchIndexIsCurrent())
            problems.append(tr("the search index was built by another version of the search "
                               "rules; open the database writable to rebuild it"));
    } else if (version >= serverSearchVersion) {
        const Result<qint64> missing = PostgresSearch::missingRows(connection());
        if (!missing)
            return missing.status();
        if (missing.value() > 0)
            problems.append(tr("%n row(s) of text are not in the search index yet; the next "
                               "save indexes them",
                nullptr, int(missing.value())));
        const Result<bool> current = PostgresSearch::isCurrent(connection());
        if (!current)
            return current.status();
        if (!current.value())
            problems.append(tr("the search index was built by another version of the search "
                               "rules; open the database writable to rebuild it"));
    }
    if (version != latestSchemaVersion())
        problems.append(
            tr("schema version is %1, expected %2").arg(version).arg(latestSchemaVersion()));
    if (report)
        *report = problems;
    if (!problems.isEmpty())
        return Status::failure(
            tr("The database has %n problem(s).", nullptr, int(problems.size())));
    return {};
}

namespace {
// FTS5's check with rank 1 (the index against the text of the tables it indexes) of every
// index on `db`, inside a transaction that is rolled back: the check writes (SQLite 3.40).
void integrityCheck(const QSqlDatabase &db, QStringList *problems)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SAVEPOINT search_index_check"))) {
        problems->append(Database::tr("search index: %1").arg(Database::describe(q)));
        return;
    }
    for (const QString &fts : Migrations::ftsTables()) {
        if (!q.exec(
                QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)").arg(fts)))
            problems->append(Database::tr("search index %1: %2").arg(fts, Database::describe(q)));
    }
    (void)q.exec(QStringLiteral("ROLLBACK TO search_index_check"));
    (void)q.exec(QStringLiteral("RELEASE search_index_check"));
}

} // namespace

void Database::checkSearchIndex(QStringList *problems) const
{
    if (!m_readOnly) {
        integrityCheck(connection(), problems);
        return;
    }
    // Read-only: the check runs on an in-memory copy made with SQLite's backup API.
    const QString name = m_connectionName + QStringLiteral("-check");
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(QStringLiteral(":memory:"));
        Status ready = copy.open() ? SearchTokenizer::registerOn(copy)
                                   : Status::failure(describeOpenFailure(copy));
        sqlite3 *from = sql::handle(connection());
        sqlite3 *to = sql::handle(copy);
        if (ready && (!from || !to))
            ready = Status::failure(tr("not an SQLite connection"));
        if (ready) {
            sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
            if (!backup) {
                ready = Status::failure(QString::fromUtf8(sqlite3_errmsg(to)));
            } else {
                sqlite3_backup_step(backup, -1);
                if (sqlite3_backup_finish(backup) != SQLITE_OK)
                    ready = Status::failure(QString::fromUtf8(sqlite3_errmsg(to)));
            }
        }
        if (ready)
            integrityCheck(copy, problems);
        else
            problems->append(tr("search index: could not be checked: %1").arg(ready.error()));
        copy.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace minutebook
