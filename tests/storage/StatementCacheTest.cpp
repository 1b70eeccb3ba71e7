// The statements a connection keeps prepared (StatementCache): a statement run again is not
// prepared again, yet sees what was written meanwhile; the same statement wanted while lent out
// is prepared a second time and both readers get their own rows; a statement given back half read
// holds nothing open; a failed one is not kept. On both backends.

#include "StatementCache.h"
#include "TestBackend.h"

using namespace minutebook;
using namespace minutebook::test;

namespace {
class StatementCacheTest : public BackendTest
{
protected:
    QStringList bodyNames(StatementCache &cache) const
    {
        auto run = cache.run(QStringLiteral("SELECT name FROM bodies ORDER BY name"), {});
        EXPECT_TRUE(run.ok()) << run.error().toStdString();
        QStringList names;
        while (run.ok() && run.value()->next())
            names << run.value()->value(0).toString();
        return names;
    }
    void addBody(const QString &name) const
    {
        ASSERT_TRUE(archive().exec(
            QStringLiteral("INSERT INTO bodies (name, short_name) VALUES ('%1', '')").arg(name)));
    }
};
} // namespace

TEST_P(StatementCacheTest, AStatementRunAgainIsNotPreparedAgainAndSeesNewRows)
{
    StatementCache &cache = database().statements();
    addBody(QStringLiteral("Styrgruppen"));
    const int prepared = cache.prepared();
    const int reused = cache.reused();
    EXPECT_EQ(bodyNames(cache), QStringList {QStringLiteral("Styrgruppen")});
    // Written by another program between the two runs.
    auto other = archive().open();
    ASSERT_TRUE(other);
    QSqlQuery insert(other->connection());
    ASSERT_TRUE(insert.exec(
        QStringLiteral("INSERT INTO bodies (name, short_name) VALUES ('Ledningsgruppen', 'LG')")));
    EXPECT_EQ(bodyNames(cache),
        QStringList({QStringLiteral("Ledningsgruppen"), QStringLiteral("Styrgruppen")}));
    EXPECT_EQ(cache.prepared(), prepared + 1);
    EXPECT_EQ(cache.reused(), reused + 1);
}

TEST_P(StatementCacheTest, TheSameStatementWantedAgainWhileLentOutIsPreparedAgain)
{
    for (const char *name : {"A", "B", "C", "D"})
        addBody(QLatin1String(name));
    StatementCache &cache = database().statements();
    const QString statement
        = QStringLiteral("SELECT name FROM bodies WHERE name >= ? ORDER BY name");
    const int prepared = cache.prepared();
    auto outer = cache.run(statement, {QStringLiteral("B")});
    ASSERT_TRUE(outer.ok()) << outer.error().toStdString();
    ASSERT_TRUE(outer.value()->next());
    EXPECT_EQ(outer.value()->value(0).toString(), QStringLiteral("B"));
    {
        auto inner = cache.run(statement, {QStringLiteral("A")});
        ASSERT_TRUE(inner.ok()) << inner.error().toStdString();
        QStringList names;
        while (inner.value()->next())
            names << inner.value()->value(0).toString();
        EXPECT_EQ(names,
            QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                QStringLiteral("D")}));
    }
    EXPECT_EQ(cache.prepared(), prepared + 2);
    // The file reads on where the outer reader stopped. (Qt's QPSQL driver cannot interleave
    // two results on one connection at all: the second drops the first's rows, whether the
    // statements are kept or not, so the program never nests reads.)
    if (!onServer()) {
        QStringList rest;
        while (outer.value()->next())
            rest << outer.value()->value(0).toString();
        EXPECT_EQ(rest, QStringList({QStringLiteral("C"), QStringLiteral("D")}));
    }
    outer = cache.run(QStringLiteral("SELECT 1"), {}); // gives the outer statement back
    ASSERT_TRUE(outer.ok()) << outer.error().toStdString();
    // Both given back, one is kept: the next run prepares nothing.
    auto again = cache.run(statement, {QStringLiteral("C")});
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    ASSERT_TRUE(again.value()->next());
    EXPECT_EQ(again.value()->value(0).toString(), QStringLiteral("C"));
    EXPECT_EQ(cache.prepared(), prepared + 3); // "SELECT 1" only
}

TEST_P(StatementCacheTest, AStatementGivenBackHalfReadHoldsNothingOpen)
{
    for (const char *name : {"A", "B", "C"})
        addBody(QLatin1String(name));
    {
        auto run = database().statements().run(QStringLiteral("SELECT name FROM bodies"), {});
        ASSERT_TRUE(run.ok()) << run.error().toStdString();
        ASSERT_TRUE(run.value()->next()); // one row of three read, then given back
    }
    // A statement left running would hold the file's read snapshot: the backup (VACUUM INTO)
    // would be refused with "SQL statements in progress".
    if (!onServer()) {
        QTemporaryDir dir;
        const Status backup = database().backupTo(dir.filePath(QStringLiteral("copy.db")));
        EXPECT_TRUE(backup.ok()) << backup.error().toStdString();
    }
    // Another program can change every row, and this connection sees the change.
    auto other = archive().open();
    ASSERT_TRUE(other);
    QSqlQuery update(other->connection());
    ASSERT_TRUE(update.exec(QStringLiteral("UPDATE bodies SET short_name = 'x'")));
    EXPECT_EQ(archive()
                  .scalar(QStringLiteral("SELECT count(*) FROM bodies WHERE short_name = 'x'"))
                  .toInt(),
        3);
}

TEST_P(StatementCacheTest, AFailedStatementIsNotKept)
{
    addBody(QStringLiteral("Styrgruppen"));
    StatementCache &cache = database().statements();
    const QString statement
        = QStringLiteral("INSERT INTO bodies (name, short_name) VALUES (?, '')");
    const int prepared = cache.prepared();
    EXPECT_FALSE(cache.run(statement, {QStringLiteral("Styrgruppen")}).ok()); // a duplicate name
    EXPECT_TRUE(cache.run(statement, {QStringLiteral("Ledningsgruppen")}).ok());
    EXPECT_EQ(cache.prepared(), prepared + 2);
    EXPECT_EQ(archive().scalar(QStringLiteral("SELECT count(*) FROM bodies")).toInt(), 2);
}

MINUTEBOOK_ON_BOTH_BACKENDS(StatementCacheTest);
