// The archive on a PostgreSQL server: `server init` makes the schema from the same description
// as the local file's, with the server's own types and a schema_version table; an ordinary
// connection never migrates and refuses an empty, foreign, older or newer schema in words a
// user can act on; an upgrade runs each step under an advisory lock, so two programs upgrading
// at once both succeed; the session works in UTC. What a failed statement means is decided in
// one place, from SQLSTATE on the server and SQLite's result codes locally.

#include "BodyRepository.h"
#include "Database.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "SearchIndex.h"
#include "ServerAddress.h"
#include "StorageError.h"
#include "TestBackend.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <thread>

using namespace minutebook;
using namespace minutebook::test;

namespace {
ServerAddress addressOf(const ServerDatabase &server)
{
    auto parsed = ServerAddress::parse(server.keyValueAddress());
    EXPECT_TRUE(parsed.ok()) << parsed.error().toStdString();
    return parsed.ok() ? parsed.value() : ServerAddress();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql) && q.next();
    EXPECT_TRUE(ok) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    return ok ? q.value(0) : QVariant();
}
} // namespace

TEST(ServerSchema, InitCreatesTheCurrentSchemaWithTheServersTypes)
{
    MINUTEBOOK_NEED_SERVER(server);
    const ServerAddress address = addressOf(*server);
    int from = -1;
    auto db = Database::prepareServer(address, Database::ServerSchema::Create, &from);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    EXPECT_EQ(from, 0);
    EXPECT_EQ(db.value()->schemaVersion(), Database::latestSchemaVersion());
    const QSqlDatabase c = server->connection();
    EXPECT_EQ(scalar(c, QStringLiteral("SELECT version FROM schema_version")).toInt(),
        Database::latestSchemaVersion());
    auto typeOf = [&](const char *table, const char *column) {
        return scalar(c,
            QStringLiteral("SELECT data_type FROM information_schema.columns "
                           "WHERE table_name = '%1' AND column_name = '%2'")
                .arg(QLatin1String(table), QLatin1String(column)))
            .toString();
    };
    EXPECT_EQ(typeOf("meetings", "meeting_date"), QStringLiteral("date"));
    EXPECT_EQ(typeOf("meetings", "start_time"), QStringLiteral("time without time zone"));
    EXPECT_EQ(typeOf("approvals", "recorded_at"), QStringLiteral("timestamp with time zone"));
    EXPECT_EQ(typeOf("approvals", "document"), QStringLiteral("bytea"));
    EXPECT_EQ(typeOf("actions", "due_date"), QStringLiteral("date"));
    EXPECT_EQ(scalar(c,
                  QStringLiteral("SELECT is_identity FROM information_schema.columns "
                                 "WHERE table_name = 'meetings' AND column_name = 'id'"))
                  .toString(),
        QStringLiteral("YES"));
    // The search index of the local file (FTS5) is not on the server.
    EXPECT_EQ(scalar(c,
                  QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                 "WHERE table_name LIKE '%fts%'"))
                  .toInt(),
        0);
    // A second init is refused; the connection it made works in UTC.
    auto again = Database::prepareServer(address, Database::ServerSchema::Create);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QLatin1String("server upgrade")))
        << again.error().toStdString();
    EXPECT_EQ(scalar(db.value()->connection(), QStringLiteral("SHOW TIME ZONE")).toString(),
        QStringLiteral("UTC"));
}

TEST(ServerSchema, AnOrdinaryConnectionNeverMigrates)
{
    MINUTEBOOK_NEED_SERVER(server);
    const ServerAddress address = addressOf(*server);
    auto empty = Database::openServer(address);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().contains(QLatin1String("server init")))
        << empty.error().toStdString();
    EXPECT_EQ(scalar(server->connection(),
                  QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                 "WHERE table_schema = 'public'"))
                  .toInt(),
        0);

    // An older schema: the program says who upgrades it, and does not.
    auto older = Database::prepareServer(
        address, Database::ServerSchema::Create, nullptr, Database::latestSchemaVersion() - 1);
    ASSERT_TRUE(older.ok()) << older.error().toStdString();
    older.value().reset();
    auto refused = Database::openServer(address);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QLatin1String("server upgrade")))
        << refused.error().toStdString();
    EXPECT_EQ(
        scalar(server->connection(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
        Database::latestSchemaVersion() - 1);

    int from = 0;
    auto upgraded = Database::prepareServer(address, Database::ServerSchema::Upgrade, &from);
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().toStdString();
    EXPECT_EQ(from, Database::latestSchemaVersion() - 1);
    EXPECT_EQ(upgraded.value()->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(Database::openServer(address).ok());
}

TEST(ServerSchema, ANewerOrForeignSchemaIsRefusedUntouched)
{
    MINUTEBOOK_NEED_SERVER(server);
    const ServerAddress address = addressOf(*server);
    QSqlQuery q(server->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE invoices (id integer)")));
    auto foreign = Database::prepareServer(address, Database::ServerSchema::Create);
    ASSERT_FALSE(foreign.ok());
    EXPECT_TRUE(foreign.error().contains(QLatin1String("another program")))
        << foreign.error().toStdString();
    EXPECT_FALSE(Database::openServer(address).ok());
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TABLE invoices")));

    ASSERT_TRUE(Database::prepareServer(address, Database::ServerSchema::Create).ok());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE schema_version SET version = version + 1")));
    auto newer = Database::openServer(address);
    ASSERT_FALSE(newer.ok());
    EXPECT_TRUE(newer.error().contains(QLatin1String("newer version")))
        << newer.error().toStdString();
    auto upgrade = Database::prepareServer(address, Database::ServerSchema::Upgrade);
    ASSERT_FALSE(upgrade.ok());
    EXPECT_EQ(
        scalar(server->connection(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
        Database::latestSchemaVersion() + 1);
}

TEST(ServerSchema, TwoProgramsUpgradingAtOnceBothSucceed)
{
    MINUTEBOOK_NEED_SERVER(server);
    const ServerAddress address = addressOf(*server);
    // The oldest schema: every later step is an upgrade both programs would try.
    ASSERT_TRUE(Database::prepareServer(address, Database::ServerSchema::Create, nullptr, 1).ok());
    QString errors[2];
    auto upgrade = [&](int i) {
        auto db = Database::prepareServer(address, Database::ServerSchema::Upgrade);
        if (!db)
            errors[i] = db.error();
    };
    std::thread first(upgrade, 0);
    std::thread second(upgrade, 1);
    first.join();
    second.join();
    EXPECT_TRUE(errors[0].isEmpty()) << errors[0].toStdString();
    EXPECT_TRUE(errors[1].isEmpty()) << errors[1].toStdString();
    EXPECT_EQ(
        scalar(server->connection(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
        Database::latestSchemaVersion());
}

TEST(ServerSchema, EachSqlStateMeansOneThingToTheUser)
{
    MINUTEBOOK_NEED_SERVER(server);
    const QSqlDatabase c = server->connection();
    const struct
    {
        const char *state;
        StorageError::Kind kind;
    } cases[] = {
        {"23505", StorageError::Kind::Duplicate},
        {"42501", StorageError::Kind::PermissionRefused},
        {"40001", StorageError::Kind::Conflict},
        {"40P01", StorageError::Kind::Conflict},
        {"MB001", StorageError::Kind::ApprovedLocked},
        {"25006", StorageError::Kind::ReadOnly},
        {"55P03", StorageError::Kind::Busy},
        {"57P01", StorageError::Kind::ConnectionLost},
        {"08006", StorageError::Kind::ConnectionLost},
        {"53100", StorageError::Kind::DiskFull},
        {"22012", StorageError::Kind::Other},
    };
    for (const auto &test : cases) {
        QSqlQuery q(c);
        ASSERT_FALSE(q.exec(QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'raised' USING ERRCODE = "
                                           "'%1'; END $$")
                                .arg(QLatin1String(test.state))));
        EXPECT_EQ(q.lastError().nativeErrorCode(), QLatin1String(test.state));
        EXPECT_EQ(StorageError::kindOf(q), test.kind) << test.state;
    }
    QSqlQuery q(c);
    ASSERT_FALSE(
        q.exec(QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'MB001'; END $$")));
    EXPECT_EQ(StorageError::describe(q),
        StorageError::describe(StorageError::Kind::ApprovedLocked, QSqlError()));
}

class StorageErrors : public BackendTest
{
};

TEST_P(StorageErrors, ADuplicateIsSaidAsOneOnEitherBackend)
{
    Body body;
    body.name = QStringLiteral("Ledningsgruppen");
    ASSERT_TRUE(BodyRepository(database()).ensure(body).ok());
    QSqlQuery q(database().connection());
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO bodies (name, short_name) VALUES (?, ?)")));
    q.addBindValue(body.name);
    q.addBindValue(QStringLiteral("LG"));
    ASSERT_FALSE(q.exec());
    EXPECT_EQ(StorageError::kindOf(q), StorageError::Kind::Duplicate)
        << q.lastError().text().toStdString();
    EXPECT_TRUE(StorageError::describe(q).contains(QLatin1String("already exists")))
        << StorageError::describe(q).toStdString();
}

TEST_P(StorageErrors, ALostServerIsSaidAsLost)
{
    if (!onServer())
        GTEST_SKIP() << "a local file has no connection to lose";
    MeetingRepository meetings(database());
    Meeting m = sampleMeeting();
    m.id = 0;
    m.body.id = 0;
    for (Attendance &a : m.attendees)
        a.person.id = 0;
    ASSERT_TRUE(meetings.insert(m).ok());
    // The server ends this program's session, as a restart or a network failure would.
    const int pid = archive().scalar(QStringLiteral("SELECT pg_backend_pid()")).toInt();
    {
        auto other = archive().open();
        ASSERT_TRUE(other);
        QSqlQuery q(other->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
    }
    const auto read = meetings.load(m.id);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(
        read.error(), StorageError::describe(StorageError::Kind::ConnectionLost, QSqlError()));
}

MINUTEBOOK_ON_BOTH_BACKENDS(StorageErrors);
