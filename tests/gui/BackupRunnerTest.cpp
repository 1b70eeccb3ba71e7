// The automatic backup runs on its own thread and reports back; quitting waits for it.

#include "BackupRunner.h"
#include "Database.h"
#include "MeetingRepository.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace minutebook;

TEST(BackupRunner, WritesTheDaysCopyOnAWorkerThreadAndOnlyOnce)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.db"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    Meeting m;
    m.body.name = QStringLiteral("Ledningsgruppen");
    m.title = QStringLiteral("Mötesanteckningar");
    m.date = QDate(2026, 11, 24);
    ASSERT_TRUE(MeetingRepository(*db.value()).insert(m).ok());

    BackupRunner runner;
    QSignalSpy done(&runner, &BackupRunner::finished);
    ASSERT_TRUE(runner.startIfDue(path, BackupPolicy()));
    ASSERT_TRUE(done.wait(20000));
    const QString file = done.at(0).at(0).toString();
    EXPECT_TRUE(done.at(0).at(1).toString().isEmpty()) << done.at(0).at(1).toString().toStdString();
    EXPECT_TRUE(QFileInfo::exists(file)) << file.toStdString();
    EXPECT_EQ(QFileInfo(file).absolutePath(), AutoBackup::defaultFolder(path));
    // Not due again today.
    EXPECT_FALSE(runner.startIfDue(path, BackupPolicy()));
}

TEST(BackupRunner, FailureIsReportedAndSettingsGiveThePolicy)
{
    QTemporaryDir dir;
    BackupRunner runner;
    QSignalSpy done(&runner, &BackupRunner::finished);
    ASSERT_TRUE(runner.startIfDue(dir.filePath(QStringLiteral("missing.db")), BackupPolicy()));
    ASSERT_TRUE(done.wait(20000));
    EXPECT_FALSE(done.at(0).at(1).toString().isEmpty());

    QSettings settings;
    settings.setValue(QStringLiteral("backup/keep"), 3);
    EXPECT_EQ(BackupRunner::policyFromSettings().keep, 3);
    settings.setValue(QStringLiteral("backup/keep"), -5);
    EXPECT_EQ(BackupRunner::policyFromSettings().keep, 0);
    settings.remove(QStringLiteral("backup"));
    EXPECT_EQ(BackupRunner::policyFromSettings().keep, 7);
}
