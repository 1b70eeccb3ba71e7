// Each migration step is tested from a database of the previous version. The version-1
// fixture (tests/data/schema-v1.sql) is a dump of a real version-1 database with minutes in
// it, made before version 2 existed in a release; it never changes.

#include "Approvals.h"
#include "ArchiveSettings.h"
#include "Database.h"
#include "FollowUp.h"
#include "ImportRepository.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "Migrations.h"
#include "Numbering.h"
#include "PersonRepository.h"
#include "RawConnection.h"
#include "SearchIndex.h"
#include "TestDatabase.h"
#include "TestFiles.h"

using namespace minutebook;
using namespace minutebook::test;

namespace {
void loadDump(const QString &dumpPath, const QString &databasePath)
{
    QFile dump(dumpPath);
    ASSERT_TRUE(dump.open(QIODevice::ReadOnly)) << dumpPath.toStdString();
    const QString sql = QString::fromUtf8(dump.readAll());
    RawConnection raw(databasePath);
    for (const QString &statement : sql.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
        const QString s = statement.trimmed();
        if (!s.isEmpty()) {
            ASSERT_TRUE(raw.exec(s));
        }
    }
}
} // namespace

TEST(Migration, StepsAreOrderedAndContiguous)
{
    const auto &steps = Migrations::steps();
    ASSERT_FALSE(steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i)
        EXPECT_EQ(steps.at(i).version, i + 1);
    EXPECT_EQ(Database::latestSchemaVersion(), steps.constLast().version);
}

TEST(Migration, FromEmptyFileToLatest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close(); // a 0-byte file is a new SQLite database
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
}

TEST(Migration, Version1FixtureUpgradesWithDataIntactAndSearchable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    loadDump(QStringLiteral(MINUTEBOOK_TEST_DATA "/schema-v1.sql"), path);
    int meetingsBefore = 0;
    QString itemTitle;
    {
        RawConnection raw(path);
        EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        meetingsBefore = raw.value(QStringLiteral("SELECT count(*) FROM meetings")).toInt();
        itemTitle = raw.value(QStringLiteral("SELECT title FROM agenda_items WHERE presenter <> '' "
                                             "ORDER BY id LIMIT 1"))
                        .toString();
    }
    ASSERT_GT(meetingsBefore, 0);
    ASSERT_FALSE(itemTitle.isEmpty());

    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    MeetingRepository meetings(*db);
    EXPECT_EQ(meetings.count().value(), meetingsBefore);
    // Version 2 indexed what version 1 held.
    SearchIndex index(*db);
    auto hits = index.search(QLatin1Char('"') + itemTitle + QLatin1Char('"'));
    ASSERT_TRUE(hits.ok()) << hits.error().toStdString();
    EXPECT_FALSE(hits->isEmpty());
    QStringList problems;
    EXPECT_TRUE(db->check(&problems).ok()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(Migration, OpenAtVersionStopsThereAndALaterOpenContinues)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stepwise.db"));
    {
        auto db = Database::openAtVersion(path, 1);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        EXPECT_EQ(db.value()->schemaVersion(), 1);
    }
    ASSERT_TRUE(insertVersion1Meeting(path, QStringLiteral("Lokalförsörjning")));
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    auto hits = SearchIndex(*db).search(QStringLiteral("lokalförsörjning"));
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 1);
}

TEST(Migration, ReadOnlyOlderDatabaseIsNotUpgraded)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old-readonly.db"));
    {
        auto db = Database::openAtVersion(path, 1);
        ASSERT_TRUE(db.ok());
    }
    QFile::setPermissions(path, QFile::ReadOwner);
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("read-only"))) << db.error().toStdString();
    EXPECT_EQ(fileHash(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST(Migration, Version2FixtureGainsImportRecords)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(MINUTEBOOK_TEST_DATA "/schema-v2.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        RawConnection raw(path);
        ASSERT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    }
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    EXPECT_GE(db->schemaVersion(), 3);
    EXPECT_EQ(MeetingRepository(*db).count().value(), 4);
    ImportRepository imports(*db);
    Meeting m = smallMeeting();
    ASSERT_TRUE(
        imports.importMeeting(m, QStringLiteral("abc"), QStringLiteral("a.txt"), false).ok());
    EXPECT_EQ(imports.meetingFor(QStringLiteral("abc")).value(), m.id);
    QStringList problems;
    EXPECT_TRUE(db->check(&problems).ok()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(Migration, Version3FixtureRecordsPreparedMeetingsAndStatusDays)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(MINUTEBOOK_TEST_DATA "/schema-v3.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        RawConnection raw(path);
        ASSERT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 3);
    }
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    EXPECT_GE(db->schemaVersion(), 4);
    MeetingRepository meetings(*db);
    EXPECT_EQ(meetings.count().value(), 4);
    // What the fixture holds is kept: the approved meeting, the assignment marked done.
    const Meeting approved = meetings.load(1).value();
    EXPECT_EQ(approved.status, MeetingStatus::Approved);
    EXPECT_EQ(approved.preparedFromId, 0);
    int done = 0;
    const Result<QVector<MeetingSummary>> all = meetings.list();
    ASSERT_TRUE(all.ok());
    for (const MeetingSummary &s : all.value()) {
        forEachItem(meetings.load(s.id)->items, [&](const AgendaItem &item, const QString &, int) {
            for (const ActionItem &a : item.actions) {
                done += a.status == ActionStatus::Done ? 1 : 0;
                EXPECT_FALSE(a.statusDate.isValid());
            }
        });
    }
    EXPECT_EQ(done, 1);
    // The new columns are written.
    const Result<qint64> next = FollowUp(*db).createFromPrevious(1, approved.date.addDays(7));
    ASSERT_TRUE(next.ok()) << next.error().toStdString();
    EXPECT_EQ(meetings.load(next.value())->preparedFromId, 1);
    QStringList problems;
    EXPECT_TRUE(db->check(&problems).ok()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(Migration, Version5FixtureKeepsItsApprovedMinutesAsApprovedBeforeRecording)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.db"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(MINUTEBOOK_TEST_DATA "/schema-v5.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        RawConnection raw(path);
        ASSERT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 5);
    }
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    EXPECT_GE(db->schemaVersion(), 6);
    MeetingRepository meetings(*db);
    EXPECT_EQ(meetings.count().value(), 4);
    // Meetings 1 and 2 were approved in the fixture, before approvals were recorded.
    Approvals approvals(*db);
    for (const qint64 id : {1, 2}) {
        const Meeting m = meetings.load(id).value();
        EXPECT_EQ(m.status, MeetingStatus::Approved);
        EXPECT_FALSE(m.approval.isRecorded());
        EXPECT_EQ(approvals.verify(id)->state, Verification::State::NotRecorded);
    }
    EXPECT_EQ(approvals.verify(3)->state, Verification::State::Draft);
    // Their approval can be recorded afterwards, and a draft approved.
    const Meeting first = meetings.load(1).value();
    ApprovalRequest request;
    request.by = {first.attendees.at(0).person.name};
    request.date = first.date.addDays(7);
    ASSERT_TRUE(approvals.approve(1, request).ok());
    EXPECT_EQ(approvals.verify(1)->state, Verification::State::Matches);
    const Meeting third = meetings.load(3).value();
    request.by = {third.attendees.at(0).person.name};
    request.date = third.date;
    ASSERT_TRUE(approvals.approve(3, request).ok());
    EXPECT_EQ(meetings.load(3)->status, MeetingStatus::Approved);
    QStringList problems;
    EXPECT_TRUE(db->check(&problems).ok()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(Migration, Version6GainsAnEmailPerPersonKeepingThePersons)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.db"));
    {
        auto db = Database::openAtVersion(path, 6);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        EXPECT_EQ(db.value()->schemaVersion(), 6);
    }
    {
        RawConnection raw(path);
        ASSERT_TRUE(raw.exec(
            QStringLiteral("INSERT INTO persons (name, initials) VALUES ('Lila Ericsson', 'LE')")));
    }
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    EXPECT_GE(db->schemaVersion(), 7);
    PersonRepository persons(*db);
    const Person lila = persons.find(QStringLiteral("lila ericsson")).value();
    ASSERT_NE(lila.id, 0);
    EXPECT_EQ(lila.initials, QStringLiteral("LE"));
    EXPECT_TRUE(lila.email.isEmpty());
    ASSERT_TRUE(persons.setEmails({{lila.id, QStringLiteral("lila@example.org")}}).ok());
    EXPECT_EQ(
        persons.find(QStringLiteral("Lila Ericsson"))->email, QStringLiteral("lila@example.org"));
    EXPECT_FALSE(persons.setEmails({{lila.id, QStringLiteral("lila at example")}}).ok());
    EXPECT_FALSE(persons.setEmails({{lila.id + 100, QStringLiteral("x@example.org")}}).ok());
    EXPECT_EQ(
        persons.find(QStringLiteral("Lila Ericsson"))->email, QStringLiteral("lila@example.org"));
}

TEST(Migration, Version8GainsTheArchivesOwnSettingsWithoutChoosingALanguage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.db"));
    {
        auto db = Database::openAtVersion(path, 8);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        EXPECT_EQ(db.value()->schemaVersion(), 8);
        EXPECT_FALSE(ArchiveSettings(*db.value()).documentLanguage().ok()) << "no table yet";
    }
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    EXPECT_GE(db->schemaVersion(), 9);
    // The upgrade cannot know the archive's language: the first window to open it decides.
    const ArchiveSettings settings(*db);
    EXPECT_EQ(settings.documentLanguage().value(), QString());
    ASSERT_TRUE(settings.setDocumentLanguage(QStringLiteral("sv")).ok());
    EXPECT_EQ(settings.documentLanguage().value(), QStringLiteral("sv"));
}
