#include "Database.h"
#include "DatabaseLocation.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "MinutesGenerator.h"
#include "RawConnection.h"
#include "SearchIndex.h"
#include "TestBackend.h"
#include "TestDatabase.h"
#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>

using namespace minutebook;
using namespace minutebook::test;

TEST(Database, NewFileGetsCurrentSchemaWalForeignKeysAndOurApplicationId)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_FALSE(db->isReadOnly());
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), Database::applicationId);
}

// What holds for an archive on either backend; the tests of TEST(Database, …) are about the
// SQLite file itself (pragmas, backups, the FTS5 index, old schemas).
class DatabaseTest : public BackendTest
{
};

TEST_P(DatabaseTest, ReopenKeepsData)
{
    {
        MeetingRepository meetings(database());
        Meeting m = smallMeeting();
        ASSERT_TRUE(meetings.insert(m).ok());
    }
    auto db = archive().open(); // the next start of the program
    ASSERT_TRUE(db);
    MeetingRepository meetings(*db);
    EXPECT_EQ(meetings.count().value(), 1);
}

TEST_P(DatabaseTest, ForeignKeysAreEnforced)
{
    QSqlQuery q(database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral(
        "INSERT INTO agenda_items (meeting_id, position, title) VALUES (999, 0, 'x')")));
}

TEST(Database, BackupIsAConsistentCopyAndNeverOverwrites)
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("live.db")));
    MeetingRepository meetings(*db);
    for (int i = 0; i < 3; ++i) {
        Meeting m = smallMeeting();
        ASSERT_TRUE(meetings.insert(m).ok());
    }
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    ASSERT_TRUE(db->backupTo(copy).ok());
    {
        auto restored = openOrFail(copy);
        ASSERT_TRUE(restored);
        EXPECT_EQ(MeetingRepository(*restored).count().value(), 3);
        QStringList problems;
        EXPECT_TRUE(restored->check(&problems).ok())
            << problems.join(QLatin1Char('\n')).toStdString();
    }
    const QByteArray before = fileHash(copy);
    const Status again = db->backupTo(copy);
    EXPECT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("already exists")));
    EXPECT_EQ(fileHash(copy), before);
    EXPECT_FALSE(db->backupTo(dir.filePath(QStringLiteral("missing/sub/copy.db"))).ok());
    // No partial files are left behind.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &f : left)
        EXPECT_FALSE(f.endsWith(QStringLiteral(".part"))) << f.toStdString();
}

TEST_P(DatabaseTest, CheckReportsNoProblemsOnAHealthyDatabase)
{
    MeetingRepository meetings(database());
    Meeting m = smallMeeting();
    ASSERT_TRUE(meetings.insert(m).ok());
    QStringList problems;
    EXPECT_TRUE(database().check(&problems).ok());
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(Database, CheckFindsAnIndexOutOfStepWithItsTable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drift.db"));
    {
        auto db = openOrFail(path);
        MeetingRepository meetings(*db);
        Meeting m = smallMeeting();
        ASSERT_TRUE(meetings.insert(m).ok());
    }
    {
        // Change a row behind the triggers' back: the search index no longer matches.
        RawConnection raw(path);
        raw.exec(QStringLiteral("DROP TRIGGER agenda_items_fts_au"));
        raw.exec(QStringLiteral("UPDATE agenda_items SET body = 'helt annan text'"));
    }
    auto db = openOrFail(path);
    QStringList problems;
    EXPECT_FALSE(db->check(&problems).ok());
    EXPECT_FALSE(problems.isEmpty());
}

namespace {
// A database whose search index misses a change: the update trigger dropped, a title
// changed, the trigger put back (what SQLite's own integrity-check calls malformed).
QString staleIndexDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("stale.db"));
    {
        auto db = openOrFail(path);
        MeetingRepository meetings(*db);
        Meeting m = smallMeeting();
        EXPECT_TRUE(meetings.insert(m).ok());
    }
    changeBehindTheSearchIndex(
        path, QStringLiteral("UPDATE agenda_items SET title = 'Helt ny rubrik'"));
    return path;
}
} // namespace

TEST(Database, CheckSeesAStaleSearchIndexOnWritableAndReadOnlyConnections)
{
    QTemporaryDir dir;
    const QString path = staleIndexDatabase(dir);
    Database::Options readOnly;
    readOnly.readOnly = true;
    for (const bool writable : {true, false}) {
        auto db = openOrFail(path, writable ? Database::Options() : readOnly);
        ASSERT_TRUE(db);
        EXPECT_EQ(db->isReadOnly(), !writable);
        QStringList problems;
        EXPECT_FALSE(db->check(&problems).ok()) << (writable ? "writable" : "read-only");
        EXPECT_TRUE(problems.join(QLatin1Char(' ')).contains(QStringLiteral("agenda_items_fts")))
            << problems.join(QLatin1Char(' ')).toStdString();
    }
}

TEST(Database, CheckOfAHealthyFileOpenedReadOnlyFindsNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("healthy.db"));
    {
        auto db = openOrFail(path);
        MeetingRepository meetings(*db);
        Meeting m = smallMeeting();
        ASSERT_TRUE(meetings.insert(m).ok());
    }
    Database::Options readOnly;
    readOnly.readOnly = true;
    auto db = openOrFail(path, readOnly);
    ASSERT_TRUE(db);
    QStringList problems;
    EXPECT_TRUE(db->check(&problems).ok()) << problems.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(db->searchIndexIsCurrent());
}

TEST(Database, AnIndexBuiltUnderOtherRulesIsRebuiltWithProgressAndCancelChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.db"));
    {
        auto db = openOrFail(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE(MinutesGenerator(*db).generate(12, 4).ok());
        EXPECT_TRUE(db->searchIndexIsCurrent());
    }
    {
        // Another version's rules, and an index that does not hold this version's tokens.
        RawConnection raw(path);
        raw.exec(QStringLiteral("UPDATE search_index SET tokenizer = 'minutebook-sv 0 old'"));
        raw.exec(QStringLiteral(
            "INSERT INTO agenda_items_fts (agenda_items_fts) VALUES ('delete-all')"));
    }
    // Cancelled: the open fails and the file keeps the other identity.
    Database::Options cancel;
    cancel.searchIndexProgress = [](qint64 done, qint64) {
        return done == 0;
    };
    const auto cancelled = Database::open(path, cancel);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.error().contains(QStringLiteral("cancelled")));
    {
        RawConnection raw(path);
        EXPECT_EQ(raw.value(QStringLiteral("SELECT tokenizer FROM search_index")).toString(),
            QStringLiteral("minutebook-sv 0 old"));
    }
    // Opened: rebuilt, with progress up to every row, and everything findable again.
    QVector<QPair<qint64, qint64>> steps;
    Database::Options watch;
    watch.searchIndexProgress = [&steps](qint64 done, qint64 total) {
        steps.append({done, total});
        return true;
    };
    auto db = openOrFail(path, watch);
    ASSERT_TRUE(db);
    ASSERT_GE(steps.size(), 2);
    EXPECT_EQ(steps.constFirst().first, 0);
    EXPECT_EQ(steps.constLast().first, steps.constLast().second);
    EXPECT_GT(steps.constLast().second, 12);
    EXPECT_TRUE(db->searchIndexIsCurrent());
    QStringList problems;
    EXPECT_TRUE(db->check(&problems).ok()) << problems.join(QLatin1Char(' ')).toStdString();
    const QString title = RawConnection(path)
                              .value(QStringLiteral("SELECT title FROM agenda_items LIMIT 1"))
                              .toString();
    EXPECT_FALSE(SearchIndex(*db).search(QLatin1Char('"') + title + QLatin1Char('"'))->isEmpty());
}

TEST(DatabaseLocation, CommandLineWinsThenEnvironmentThenDefault)
{
    qputenv("MINUTEBOOK_DATABASE", "/tmp/from-env.db");
    EXPECT_EQ(
        DatabaseLocation::resolve(QStringLiteral("/tmp/cli.db")), QStringLiteral("/tmp/cli.db"));
    EXPECT_EQ(DatabaseLocation::resolve(QString()), QStringLiteral("/tmp/from-env.db"));
    qunsetenv("MINUTEBOOK_DATABASE");
    const QString def = DatabaseLocation::resolve(QString());
    EXPECT_TRUE(def.endsWith(QStringLiteral("/minutebook.db")));
    EXPECT_TRUE(QFileInfo(QFileInfo(def).absolutePath()).isDir()) << "the folder is created";
}

// A command that only reads keeps the first, read-only look at the file as its connection, but
// an older schema is still upgraded when the file can be written.
TEST(Database, ReadsOnlyUsesOneReadOnlyConnectionUnlessTheSchemaMustBeUpgraded)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reads.db"));
    {
        auto db = Database::openAtVersion(path, 1);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
    }
    ASSERT_TRUE(insertVersion1Meeting(path, QStringLiteral("Budget 2025")));
    Database::Options reads;
    reads.readsOnly = true;
    {
        auto db = openOrFail(path, reads);
        ASSERT_TRUE(db);
        EXPECT_FALSE(db->isReadOnly()) << "an old schema needs a writable connection";
        EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    }
    auto db = openOrFail(path, reads);
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->isReadOnly());
    EXPECT_EQ(MeetingRepository(*db).count().value(), 1);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    Meeting another = smallMeeting();
    EXPECT_FALSE(MeetingRepository(*db).insert(another).ok());
}

TEST(Database, OptimizeSearchIndexLeavesOneSegmentPerIndexAndEverythingFindable)
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("segments.db")));
    ASSERT_TRUE(db);
    MeetingRepository meetings(*db);
    for (int i = 0; i < 12; ++i) { // one transaction each: one new segment each
        Meeting m = smallMeeting(QStringLiteral("Lokalförsörjning %1").arg(i));
        ASSERT_TRUE(meetings.insert(m).ok());
    }
    const auto segments = [&db] {
        QSqlQuery q(db->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(DISTINCT segid) FROM agenda_items_fts_idx"))
            && q.next());
        return q.value(0).toInt();
    };
    ASSERT_GT(segments(), 1);
    ASSERT_TRUE(db->optimizeSearchIndex().ok());
    EXPECT_EQ(segments(), 1);
    EXPECT_EQ(SearchIndex(*db).search(QStringLiteral("lokalförsörjning"))->size(), 12);
    QStringList problems;
    EXPECT_TRUE(db->check(&problems).ok());
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

MINUTEBOOK_ON_BOTH_BACKENDS(DatabaseTest);
