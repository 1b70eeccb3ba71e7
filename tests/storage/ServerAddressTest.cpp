// Server addresses as `--server URL` and $MINUTEBOOK_SERVER will give them: libpq's parser
// reads them, every parameter reaches QPSQL, and a failed connection says what went wrong
// (against the throw-away test server where one is needed).

#include "ServerAddress.h"
#include "TestServer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

using namespace minutebook;

TEST(ServerAddress, AUriGivesEveryPartAndThePassThroughOptions)
{
    const auto a = ServerAddress::parse(QStringLiteral(
        "postgresql://anna@db.example:5433/minutes?sslmode=verify-full&sslrootcert=/etc/ca.pem"));
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_EQ(a->host(), QStringLiteral("db.example"));
    EXPECT_EQ(a->port(), 5433);
    EXPECT_EQ(a->database(), QStringLiteral("minutes"));
    EXPECT_EQ(a->user(), QStringLiteral("anna"));
    const QStringList options = a->connectOptions().split(QLatin1Char(';'));
    EXPECT_TRUE(options.contains(QStringLiteral("sslmode=verify-full")))
        << a->connectOptions().toStdString();
    EXPECT_TRUE(options.contains(QStringLiteral("sslrootcert=/etc/ca.pem")));
    EXPECT_TRUE(options.contains(QStringLiteral("application_name=Minutebook")));
    EXPECT_TRUE(options.contains(QStringLiteral("connect_timeout=10")));
    EXPECT_EQ(a->displayName(), QStringLiteral("anna@db.example:5433/minutes"));
}

TEST(ServerAddress, KeyValueStringsSocketFoldersAndTimeouts)
{
    const auto kv = ServerAddress::parse(
        QStringLiteral("host=/var/run/postgresql dbname=minutes user=eva connect_timeout=5"));
    ASSERT_TRUE(kv.ok()) << kv.error().toStdString();
    EXPECT_EQ(kv->host(), QStringLiteral("/var/run/postgresql"));
    EXPECT_EQ(kv->port(), -1);
    EXPECT_TRUE(kv->connectOptions().contains(QStringLiteral("connect_timeout=5")));
    // A socket folder in a URI is percent-encoded.
    const auto socket = ServerAddress::parse(QStringLiteral("postgresql://%2Ftmp%2Fpg/minutes"));
    ASSERT_TRUE(socket.ok()) << socket.error().toStdString();
    EXPECT_EQ(socket->host(), QStringLiteral("/tmp/pg"));
    // Never longer than 10 s; the program always names itself.
    const auto slow = ServerAddress::parse(
        QStringLiteral("postgresql://h/db?connect_timeout=60&application_name=other"));
    ASSERT_TRUE(slow.ok());
    EXPECT_TRUE(slow->connectOptions().contains(QStringLiteral("connect_timeout=10")));
    EXPECT_FALSE(slow->connectOptions().contains(QStringLiteral("other")));
}

TEST(ServerAddress, APasswordIsNeverShown)
{
    const auto a = ServerAddress::parse(QStringLiteral("postgresql://anna:hemligt@h/minutes"));
    ASSERT_TRUE(a.ok());
    EXPECT_FALSE(a->displayName().contains(QStringLiteral("hemligt")));
    EXPECT_FALSE(a->connectOptions().contains(QStringLiteral("hemligt")));
}

TEST(ServerAddress, BadAddressesAreSaidPlainly)
{
    EXPECT_TRUE(ServerAddress::parse(QStringLiteral("  "))
                    .error()
                    .contains(QStringLiteral("No server given")));
    const auto unknown = ServerAddress::parse(QStringLiteral("postgresql://h/db?colour=blue"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("is not a server address")))
        << unknown.error().toStdString();
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("colour")));
    EXPECT_TRUE(ServerAddress::parse(QStringLiteral("postgresql://h"))
                    .error()
                    .contains(QStringLiteral("names no database")));
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("postgresql://h:notaport/db")).ok());
}

TEST(ServerAddress, ConnectsToTheServerAndNamesItself)
{
    MINUTEBOOK_NEED_SERVER(server);
    const QString url = QStringLiteral("postgresql:///%1?host=%2&user=%3")
                            .arg(server->name(),
                                QString::fromLatin1(QUrl::toPercentEncoding(
                                    qEnvironmentVariable("MINUTEBOOK_TEST_PG_SOCKET"))),
                                qEnvironmentVariable("MINUTEBOOK_TEST_PG_USER"));
    const auto address = ServerAddress::parse(url);
    ASSERT_TRUE(address.ok()) << address.error().toStdString();
    {
        QSqlDatabase db = address->configure(QStringLiteral("address-test"));
        ASSERT_TRUE(address->open(db).ok()) << address->open(db).error().toStdString();
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(
            QStringLiteral("SELECT current_database(), current_setting('application_name')")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), server->name());
        EXPECT_EQ(q.value(1).toString(), QStringLiteral("Minutebook"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("address-test"));
}

TEST(ServerAddress, AMissingDatabaseAndAnUnreachableServerAreSaidPlainly)
{
    MINUTEBOOK_NEED_SERVER(server);
    const QString socket = QString::fromLatin1(
        QUrl::toPercentEncoding(qEnvironmentVariable("MINUTEBOOK_TEST_PG_SOCKET")));
    const QString user = qEnvironmentVariable("MINUTEBOOK_TEST_PG_USER");
    const auto missing = ServerAddress::parse(
        QStringLiteral("postgresql:///no_such_archive?host=%1&user=%2").arg(socket, user));
    ASSERT_TRUE(missing.ok());
    {
        QSqlDatabase db = missing->configure(QStringLiteral("missing-test"));
        const Status opened = missing->open(db);
        ASSERT_FALSE(opened.ok());
        EXPECT_TRUE(opened.error().contains(QStringLiteral("has no database “no_such_archive”")))
            << opened.error().toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("missing-test"));
    const auto nowhere = ServerAddress::parse(
        QStringLiteral("postgresql:///minutes?host=%2Fno%2Fsuch%2Ffolder&user=%1").arg(user));
    ASSERT_TRUE(nowhere.ok());
    {
        QSqlDatabase db = nowhere->configure(QStringLiteral("nowhere-test"));
        const Status opened = nowhere->open(db);
        ASSERT_FALSE(opened.ok());
        EXPECT_TRUE(opened.error().contains(QStringLiteral("cannot be reached")))
            << opened.error().toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("nowhere-test"));
}

TEST(ServerAddress, TheTextToKeepHasNoPasswordAndReadsBackTheSame)
{
    const auto a = ServerAddress::parse(
        QStringLiteral("postgresql://anna:hemligt@db.example:5433/minutes?sslmode=verify-full"));
    ASSERT_TRUE(a.ok());
    EXPECT_TRUE(a->hasPassword());
    EXPECT_FALSE(a->text().contains(QStringLiteral("hemligt"))) << a->text().toStdString();
    const auto again = ServerAddress::parse(a->text());
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_FALSE(again->hasPassword());
    EXPECT_EQ(again->parameters(), a->withPassword(QString()).parameters());
    // A socket folder with a space survives the round trip.
    const auto spaced = ServerAddress::parse(QStringLiteral("host='/tmp/my pg' dbname=m"));
    ASSERT_TRUE(spaced.ok());
    EXPECT_EQ(ServerAddress::parse(spaced->text())->host(), QStringLiteral("/tmp/my pg"));
    // As a URI for people: no password, and read back the same.
    EXPECT_EQ(
        a->uri(), QStringLiteral("postgresql://anna@db.example:5433/minutes?sslmode=verify-full"));
    EXPECT_EQ(ServerAddress::parse(a->uri())->parameters(), again->parameters());
    EXPECT_EQ(ServerAddress::parse(spaced->uri())->host(), QStringLiteral("/tmp/my pg"));
    EXPECT_EQ(ServerAddress::parse(spaced->uri())->parameters(), spaced->parameters());
    const ServerAddress typed = again->withPassword(QStringLiteral("s3cret"));
    EXPECT_TRUE(typed.hasPassword());
    EXPECT_EQ(typed.parameters().value(QStringLiteral("password")), QStringLiteral("s3cret"));
    EXPECT_FALSE(typed.displayName().contains(QStringLiteral("s3cret")));
}

TEST(ServerAddress, ALoginAttemptSaysWhatItFoundInTheCliWords)
{
    MINUTEBOOK_NEED_SERVER(server);
    const auto good = ServerAddress::parse(server->keyValueAddress());
    ASSERT_TRUE(good.ok());
    QString message;
    EXPECT_EQ(good->tryLogin(&message), ServerAddress::Login::Accepted) << message.toStdString();
    const auto missing = ServerAddress::parse(
        QStringLiteral("host=%1 user=%2 dbname=no_such_archive")
            .arg(test::ServerDatabase::socketFolder(), test::ServerDatabase::user()));
    ASSERT_TRUE(missing.ok());
    EXPECT_EQ(missing->tryLogin(&message), ServerAddress::Login::Failed);
    EXPECT_TRUE(message.contains(QStringLiteral("has no database “no_such_archive”")))
        << message.toStdString();
    const auto nowhere = ServerAddress::parse(QStringLiteral("host=/no/such/folder dbname=m"));
    ASSERT_TRUE(nowhere.ok());
    EXPECT_EQ(nowhere->tryLogin(&message), ServerAddress::Login::Failed);
    EXPECT_TRUE(message.contains(QStringLiteral("cannot be reached"))) << message.toStdString();
}

TEST(ServerAddress, FromTheWindowsFieldsAsParseChecksAString)
{
    const auto a
        = ServerAddress::fromParameters({{QStringLiteral("host"), QStringLiteral("db.example")},
            {QStringLiteral("port"), QStringLiteral("5433")},
            {QStringLiteral("dbname"), QStringLiteral("minutes")},
            {QStringLiteral("user"), QStringLiteral("")},
            {QStringLiteral("sslmode"), QStringLiteral("require")}});
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_EQ(a->displayName(), QStringLiteral("db.example:5433/minutes"));
    EXPECT_EQ(a->parameters().value(QStringLiteral("sslmode")), QStringLiteral("require"));
    EXPECT_FALSE(a->parameters().contains(QStringLiteral("user")));
    const auto badPort
        = ServerAddress::fromParameters({{QStringLiteral("host"), QStringLiteral("h")},
            {QStringLiteral("port"), QStringLiteral("54x")},
            {QStringLiteral("dbname"), QStringLiteral("m")}});
    ASSERT_FALSE(badPort.ok());
    EXPECT_TRUE(badPort.error().contains(QStringLiteral("“54x” is not a port number")))
        << badPort.error().toStdString();
    EXPECT_TRUE(ServerAddress::fromParameters({{QStringLiteral("host"), QStringLiteral("h")}})
                    .error()
                    .contains(QStringLiteral("names no database")));
    EXPECT_TRUE(
        ServerAddress::fromParameters({}).error().contains(QStringLiteral("No server given")));
}
