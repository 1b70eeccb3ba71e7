#include "AutoBackup.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "RawConnection.h"
#include "TestDatabase.h"
#include "TestFiles.h"

#include <QDir>

#include <unistd.h>

using namespace minutebook;
using namespace minutebook::test;

namespace {

Meeting meetingTitled(const QString &title)
{
    Meeting m;
    m.body.name = QStringLiteral("Ledningsgruppen");
    m.body.shortName = QStringLiteral("LG");
    m.title = title;
    m.date = QDate(2026, 3, 10);
    m.start = QTime(12, 0);
    m.end = QTime(16, 0);
    AgendaItem item;
    item.title = QStringLiteral("Skolval för åk 7");
    item.body = QStringLiteral("- Förslag till ändrade regler");
    m.items.append(item);
    return m;
}

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0));
}

QStringList titles(const Database &db)
{
    QStringList out;
    const auto list = MeetingRepository(db).list();
    EXPECT_TRUE(list.ok());
    for (const MeetingSummary &s : list.value())
        out.append(s.title);
    out.sort();
    return out;
}

} // namespace

TEST(AutoBackup, AtMostOncePerDayAndKeepsTheNewestN)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.db"));
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    Meeting m = meetingTitled(QStringLiteral("Första"));
    ASSERT_TRUE(MeetingRepository(*db).insert(m).ok());

    BackupPolicy policy;
    policy.keep = 3;
    const QString folder = AutoBackup::defaultFolder(path);
    EXPECT_EQ(folder, dir.filePath(QStringLiteral("backups")));

    const Result<QString> first = AutoBackup::runIfDue(*db, policy, at(1));
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_EQ(QFileInfo(first.value()).fileName(), QStringLiteral("minutes 2026-11-01 090000.db"));
    EXPECT_TRUE(QFileInfo::exists(first.value()));

    // Later the same day: not due.
    const Result<QString> sameDay = AutoBackup::runIfDue(*db, policy, at(1, 17));
    ASSERT_TRUE(sameDay.ok());
    EXPECT_TRUE(sameDay.value().isEmpty());
    EXPECT_EQ(AutoBackup::existing(path, folder).size(), 1);

    for (int day = 2; day <= 6; ++day) {
        const Result<QString> next = AutoBackup::runIfDue(*db, policy, at(day));
        ASSERT_TRUE(next.ok()) << next.error().toStdString();
        EXPECT_FALSE(next.value().isEmpty());
    }
    const QFileInfoList kept = AutoBackup::existing(path, folder);
    ASSERT_EQ(kept.size(), 3);
    EXPECT_EQ(kept.at(0).fileName(), QStringLiteral("minutes 2026-11-06 090000.db"));
    EXPECT_EQ(kept.at(2).fileName(), QStringLiteral("minutes 2026-11-04 090000.db"));
    // Files that are not our copies are never touched.
    QFile other(QDir(folder).filePath(QStringLiteral("minutes handmade.db")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    ASSERT_TRUE(AutoBackup::runIfDue(*db, policy, at(8)).ok());
    EXPECT_TRUE(other.exists());
    EXPECT_EQ(AutoBackup::existing(path, folder).size(), 3);
}

TEST(AutoBackup, AnArchiveWithoutMeetingsIsNotCopied)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.db"));
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    const QString folder = AutoBackup::defaultFolder(path);
    const Result<QString> empty = AutoBackup::runIfDue(*db, BackupPolicy(), at(1));
    ASSERT_TRUE(empty.ok()) << empty.error().toStdString();
    EXPECT_TRUE(empty.value().isEmpty());
    EXPECT_TRUE(AutoBackup::existing(path, folder).isEmpty());
    // Still due once there is something to lose: the first meeting is copied the same day.
    Meeting m = meetingTitled(QStringLiteral("Första"));
    ASSERT_TRUE(MeetingRepository(*db).insert(m).ok());
    const Result<QString> first = AutoBackup::runIfDue(*db, BackupPolicy(), at(1, 10));
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_TRUE(QFileInfo::exists(first.value()));
    EXPECT_EQ(AutoBackup::existing(path, folder).size(), 1);
}

TEST(AutoBackup, KeepZeroTurnsItOffAndAFutureStampDoesNotBlock)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.db"));
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    BackupPolicy off;
    off.keep = 0;
    EXPECT_FALSE(AutoBackup::isDue(path, off, at(1)));
    ASSERT_TRUE(AutoBackup::runIfDue(*db, off, at(1)).ok());
    EXPECT_FALSE(QFileInfo::exists(AutoBackup::defaultFolder(path)));

    BackupPolicy policy;
    ASSERT_TRUE(AutoBackup::runIfDue(*db, policy, at(20)).ok());
    // The clock went back a week: the copy from "the future" must not stop backups.
    EXPECT_TRUE(AutoBackup::isDue(path, policy, at(13)));
}

TEST(AutoBackup, UnwritableFolderIsAClearFailure)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root can write anywhere";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.db"));
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    Meeting m = meetingTitled(QStringLiteral("Första")); // something to back up
    ASSERT_TRUE(MeetingRepository(*db).insert(m).ok());
    const QString locked = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    BackupPolicy policy;
    policy.folder = locked + QStringLiteral("/backups");
    const Result<QString> r = AutoBackup::runIfDue(*db, policy, at(1));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("could not be created")))
        << r.error().toStdString();
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(AutoBackup, RestoreBringsBackTheCopyAndKeepsTheCurrentOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.db"));
    QString backup;
    {
        auto db = openOrFail(path);
        ASSERT_TRUE(db);
        Meeting a = meetingTitled(QStringLiteral("Före säkerhetskopian"));
        ASSERT_TRUE(MeetingRepository(*db).insert(a).ok());
        const Result<QString> r = AutoBackup::runIfDue(*db, BackupPolicy(), at(1));
        ASSERT_TRUE(r.ok()) << r.error().toStdString();
        backup = r.value();
        Meeting b = meetingTitled(QStringLiteral("Efter säkerhetskopian"));
        ASSERT_TRUE(MeetingRepository(*db).insert(b).ok());
        // Still open: restoring now would pull the file from under this connection.
        const Result<QString> busy = AutoBackup::restore(backup, path, at(2));
        EXPECT_FALSE(busy.ok());
        EXPECT_TRUE(busy.error().contains(QStringLiteral("Close it")))
            << busy.error().toStdString();
    }
    const Result<QString> restored = AutoBackup::restore(backup, path, at(2));
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_TRUE(QFileInfo(restored.value()).fileName().startsWith(QStringLiteral("minutes")));

    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(titles(*db), QStringList {QStringLiteral("Före säkerhetskopian")});
    QStringList problems;
    EXPECT_TRUE(db->check(&problems).ok()) << problems.join(QLatin1Char('\n')).toStdString();
    const Result<Meeting> loaded
        = MeetingRepository(*db).load(MeetingRepository(*db).list().value().first().id);
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded.value().items.size(), 1);
    EXPECT_EQ(loaded.value().items.first().title, QStringLiteral("Skolval för åk 7"));

    // The database as it was before the restore is kept, whole.
    auto before = openOrFail(restored.value(), Database::Options {true, false, 5000, false, {}});
    ASSERT_TRUE(before);
    EXPECT_EQ(titles(*before),
        (QStringList {
            QStringLiteral("Efter säkerhetskopian"), QStringLiteral("Före säkerhetskopian")}));
}

TEST(AutoBackup, RestoreRefusesWhatIsNotASoundMinutebookDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.db"));
    {
        auto db = openOrFail(path);
        ASSERT_TRUE(db);
        Meeting a = meetingTitled(QStringLiteral("Kvar"));
        ASSERT_TRUE(MeetingRepository(*db).insert(a).ok());
    }
    const QByteArray before = fileHash(path);
    const QString junk = dir.filePath(QStringLiteral("junk.db"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const Result<QString> r = AutoBackup::restore(junk, path, at(3));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("cannot be restored")))
        << r.error().toStdString();
    EXPECT_FALSE(AutoBackup::restore(dir.filePath(QStringLiteral("missing.db")), path, at(3)).ok());
    EXPECT_FALSE(AutoBackup::restore(path, path, at(3)).ok());
    EXPECT_EQ(fileHash(path), before);
}

TEST(AutoBackup, OwnReadOnlyConnectionWhileTheProgramKeepsWriting)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.db"));
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    Meeting a = meetingTitled(QStringLiteral("Skrivet före kopian"));
    ASSERT_TRUE(MeetingRepository(*db).insert(a).ok());
    const Result<QString> copy = AutoBackup::runIfDue(path, BackupPolicy(), at(5));
    ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
    ASSERT_FALSE(copy.value().isEmpty());
    // The program's own connection is unaffected and still writes.
    Meeting b = meetingTitled(QStringLiteral("Skrivet efter kopian"));
    EXPECT_TRUE(MeetingRepository(*db).insert(b).ok());
    auto backup = openOrFail(copy.value(), Database::Options {true, false, 5000, false, {}});
    ASSERT_TRUE(backup);
    EXPECT_EQ(titles(*backup), QStringList {QStringLiteral("Skrivet före kopian")});
    // A missing database is an error, not a new empty file.
    const Result<QString> missing
        = AutoBackup::runIfDue(dir.filePath(QStringLiteral("none.db")), BackupPolicy(), at(5));
    EXPECT_FALSE(missing.ok());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.db"))));
}
