// The throw-away PostgreSQL server the server tests run against (.ci/test starts it): it is a
// real PostgreSQL 15, reached through Qt's QPSQL driver over its socket, and every test gets a
// database of its own that is gone afterwards.

#include "TestServer.h"

using namespace minutebook;

TEST(TestServer, IsARealPostgreSql15)
{
    MINUTEBOOK_NEED_SERVER(server);
    QSqlQuery q(server->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT version(), current_database()")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toString().startsWith(QStringLiteral("PostgreSQL 15.")))
        << q.value(0).toString().toStdString();
    EXPECT_EQ(q.value(1).toString(), server->name());
}

TEST(TestServer, EachTestHasADatabaseOfItsOwnThatIsDroppedAfterwards)
{
    MINUTEBOOK_NEED_SERVER(first);
    QString secondName;
    {
        MINUTEBOOK_NEED_SERVER(second);
        secondName = second->name();
        EXPECT_NE(first->name(), secondName);
        // What one writes, the other does not see.
        QSqlQuery write(second->connection());
        ASSERT_TRUE(write.exec(QStringLiteral("CREATE TABLE t (id integer)")));
        QSqlQuery read(first->connection());
        ASSERT_TRUE(read.exec(QStringLiteral("SELECT to_regclass('t') IS NULL")));
        ASSERT_TRUE(read.next());
        EXPECT_TRUE(read.value(0).toBool());
    }
    QSqlQuery q(first->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"));
    q.addBindValue(secondName);
    ASSERT_TRUE(q.exec());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0) << "the test database was not dropped";
}
