// The crash test's writer saves through the path the secretary's typing takes (the autosave's
// AgendaEdits::saveFields), so the crash test proves that path: approved minutes, which that path
// refuses, stop the writer at its first save with the one message, and nothing is written.

#include "Database.h"
#include "MeetingRepository.h"
#include "MeetingRules.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace minutebook;

TEST(EditWriter, SavesThroughTheAutosaveSoApprovedMinutesStopIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("writer.db"));
    Meeting m;
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        MeetingRepository meetings(*db.value());
        m.body.name = QStringLiteral("Ledningsgruppen");
        m.body.shortName = QStringLiteral("LG");
        m.date = QDate(2026, 11, 24);
        AgendaItem item;
        item.title = QStringLiteral("Anteckningar under mötet");
        item.body = QStringLiteral("Godkänd text.");
        m.items.append(item);
        ASSERT_TRUE(meetings.insert(m).ok());
        ASSERT_TRUE(meetings.setStatus(m.id, MeetingStatus::Approved).ok());
    }
    QProcess writer;
    writer.start(QStringLiteral(MINUTEBOOK_EDIT_WRITER), {path, QStringLiteral("0")});
    ASSERT_TRUE(writer.waitForStarted(60000));
    // A writer that does not take the editor's path saves for ever: stop it after a generous wait.
    const bool finished = writer.waitForFinished(60000);
    if (!finished) {
        writer.kill();
        writer.waitForFinished();
    }
    ASSERT_TRUE(finished) << "the writer saved into approved minutes";
    EXPECT_EQ(writer.exitCode(), 1);
    EXPECT_TRUE(writer.readAllStandardOutput().isEmpty()) << "no save may be acknowledged";
    const QString error = QString::fromUtf8(writer.readAllStandardError());
    EXPECT_TRUE(error.contains(MeetingRules::frozenMessage())) << error.toStdString();
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(MeetingRepository(*db.value()).load(m.id)->items.at(0).body,
        QStringLiteral("Godkänd text."));
}
