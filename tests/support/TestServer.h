#pragma once

// A database of its own on the throw-away PostgreSQL test server that .ci/test starts (its
// socket folder in MINUTEBOOK_TEST_PG_SOCKET, the user in MINUTEBOOK_TEST_PG_USER). Each test
// makes one with a unique name and drops it at the end, so ctest may run tests in parallel.
// Without the server a test is skipped with the reason; with CI=true that is a failure
// instead (CI must run them). Use: `auto server = test::ServerDatabase::createOrSkip();
// if (!server) return;` (the macro MINUTEBOOK_NEED_SERVER does both).

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

namespace minutebook::test {

class ServerDatabase
{
public:
    /// Why there is no server to test against; empty when there is one.
    static QString missingReason()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)");
        if (qEnvironmentVariableIsEmpty("MINUTEBOOK_TEST_PG_SOCKET"))
            return QStringLiteral("no test server: MINUTEBOOK_TEST_PG_SOCKET is not set "
                                  "(.ci/test starts one)");
        return {};
    }

    /// A new, empty database; nullptr (and the test skipped or, in CI, failed) when there is
    /// no server.
    static std::unique_ptr<ServerDatabase> create()
    {
        const QString reason = missingReason();
        if (!reason.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                ADD_FAILURE() << "CI needs the test server: " << reason.toStdString();
            return nullptr;
        }
        auto out = std::unique_ptr<ServerDatabase>(new ServerDatabase);
        if (!out->make())
            return nullptr;
        return out;
    }

    ~ServerDatabase()
    {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
        if (!m_name.isEmpty()) {
            QSqlDatabase admin
                = connect(QStringLiteral("postgres"), m_connection + QLatin1Char('a'));
            if (admin.open()) {
                QSqlQuery q(admin);
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
            }
            admin.close();
            admin = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection + QLatin1Char('a'));
        }
    }

    QString name() const { return m_name; }
    /// This database's address as `--server` and ServerAddress take it: a libpq key=value
    /// string, or a URI (the socket folder as a host parameter).
    QString keyValueAddress() const
    {
        return QStringLiteral("host=%1 user=%2 dbname=%3").arg(socketFolder(), user(), m_name);
    }
    QString uri() const
    {
        return QStringLiteral("postgresql:///%1?host=%2&user=%3")
            .arg(m_name, socketFolder(), user());
    }
    static QString socketFolder() { return qEnvironmentVariable("MINUTEBOOK_TEST_PG_SOCKET"); }
    static QString user()
    {
        return qEnvironmentVariable("MINUTEBOOK_TEST_PG_USER", QStringLiteral("postgres"));
    }
    /// An open connection to this database.
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connection, false); }

    /// A QPSQL connection (not opened) to `database` on the test server.
    static QSqlDatabase connect(const QString &database, const QString &connectionName)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(socketFolder());
        db.setUserName(user());
        db.setDatabaseName(database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        return db;
    }

private:
    ServerDatabase()
        : m_connection(QStringLiteral("server-test-") + QUuid::createUuid().toString(QUuid::Id128))
    { }

    bool make()
    {
        static QAtomicInt counter;
        // Lower case letters, digits and _ only: used unquoted in SQL.
        const QString name = QStringLiteral("mb_test_%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1))
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        {
            const QString adminName = m_connection + QLatin1Char('c');
            QSqlDatabase admin = connect(QStringLiteral("postgres"), adminName);
            if (!admin.open()) {
                ADD_FAILURE() << "cannot reach the test server: "
                              << admin.lastError().text().toStdString();
                admin = QSqlDatabase();
                QSqlDatabase::removeDatabase(adminName);
                return false;
            }
            QSqlQuery q(admin);
            const bool created = q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            EXPECT_TRUE(created) << q.lastError().text().toStdString();
            q = QSqlQuery();
            admin.close();
            admin = QSqlDatabase();
            QSqlDatabase::removeDatabase(adminName);
            if (!created)
                return false;
        }
        m_name = name;
        QSqlDatabase db = connect(name, m_connection);
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        return db.isOpen();
    }

    QString m_connection;
    QString m_name;
};

} // namespace minutebook::test

/// In a test body: `MINUTEBOOK_NEED_SERVER(server);` declares `server`, a database of its own,
/// or skips the test (fails it in CI) when there is no server.
#define MINUTEBOOK_NEED_SERVER(server)                                                             \
    auto server = ::minutebook::test::ServerDatabase::create();                                    \
    if (!server) {                                                                                 \
        if (!::testing::Test::HasFailure())                                                        \
            GTEST_SKIP() << ::minutebook::test::ServerDatabase::missingReason().toStdString();     \
        return;                                                                                    \
    }
