// One source of truth: every change to a meeting goes through that meeting's session, on that
// meeting's undo stack, wherever it is made, and every view is told (no window here).

#include "MeetingSessions.h"
#include "AgendaModel.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "MeetingSession.h"
#include "QtPrinting.h"
#include "TestDatabase.h"

#include <QSignalSpy>
#include <QUndoGroup>
#include <QUndoStack>

using namespace minutebook;
using namespace minutebook::test;

namespace {

class MeetingSessionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = memoryDb();
        ASSERT_TRUE(db);
        first = smallMeeting(QStringLiteral("Budget"));
        first.items[0].actions
            = {{0, QStringLiteral("Ta fram en plan."), QStringLiteral("LE"), QDate(2024, 3, 1)}};
        ASSERT_TRUE(MeetingRepository(*db).insert(first).ok());
        second = smallMeeting(QStringLiteral("Lokaler"));
        second.date = QDate(2024, 2, 20);
        ASSERT_TRUE(MeetingRepository(*db).insert(second).ok());
        sessions = std::make_unique<MeetingSessions>(*db);
    }
    MeetingSession &open(const Meeting &m)
    {
        const Result<MeetingSession *> s = sessions->session(m.id);
        EXPECT_TRUE(s.ok()) << s.error().toStdString();
        return *s.value();
    }
    qint64 action() const { return first.items.at(0).actions.at(0).id; }
    ActionStatus storedStatus() const
    {
        return MeetingRepository(*db).load(first.id)->items.at(0).actions.at(0).status;
    }

    std::unique_ptr<Database> db;
    Meeting first;
    Meeting second;
    std::unique_ptr<MeetingSessions> sessions;
};

TEST_F(MeetingSessionsTest, EachMeetingHasOneSessionWithItsOwnStackInTheGroup)
{
    MeetingSession &a = open(first);
    MeetingSession &b = open(second);
    EXPECT_EQ(&open(first), &a);
    EXPECT_NE(&a, &b);
    EXPECT_EQ(a.meetingId(), first.id);
    EXPECT_TRUE(sessions->undoGroup()->stacks().contains(a.undoStack()));
    EXPECT_TRUE(sessions->undoGroup()->stacks().contains(b.undoStack()));
    EXPECT_FALSE(sessions->session(9999).ok()) << "a meeting that is not there is said so";
}

TEST_F(MeetingSessionsTest, AStatusSetFromARegisterIsAStepOfItsMeetingAndEveryViewIsTold)
{
    MeetingSession &a = open(first); // as the editor has it open
    QSignalSpy changed(sessions.get(), &MeetingSessions::meetingChanged);
    QSignalSpy statuses(sessions.get(), &MeetingSessions::actionStatusChanged);
    QSignalSpy itemChanged(&a, &MeetingSession::itemChanged);
    ASSERT_TRUE(sessions->setActionStatus(first.id, action(), ActionStatus::Done).ok());
    EXPECT_EQ(storedStatus(), ActionStatus::Done);
    EXPECT_EQ(a.agenda()->item(first.items.at(0).id)->actions.at(0).status, ActionStatus::Done);
    EXPECT_FALSE(itemChanged.isEmpty()) << "the editor's item view is told";
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.constLast().at(0).toLongLong(), first.id);
    ASSERT_EQ(statuses.size(), 1);
    EXPECT_EQ(statuses.at(0).at(1).toLongLong(), action());
    EXPECT_EQ(a.undoStack()->count(), 1);
    EXPECT_EQ(sessions->undoGroup()->activeStack(), a.undoStack());
    sessions->undoGroup()->undo();
    EXPECT_EQ(storedStatus(), ActionStatus::Open);
    EXPECT_EQ(a.agenda()->item(first.items.at(0).id)->actions.at(0).status, ActionStatus::Open);
    EXPECT_EQ(statuses.size(), 2);
}

TEST_F(MeetingSessionsTest, AMeetingNotOpenGetsItsSessionForTheChange)
{
    EXPECT_EQ(sessions->find(first.id), nullptr);
    ASSERT_TRUE(sessions->setActionStatus(first.id, action(), ActionStatus::Done).ok());
    ASSERT_NE(sessions->find(first.id), nullptr);
    EXPECT_EQ(sessions->find(first.id)->undoStack()->count(), 1);
}

TEST_F(MeetingSessionsTest, EachMeetingKeepsItsUndoHistory)
{
    MeetingSession &a = open(first);
    a.addItemAfter(first.items.at(0).id);
    MeetingSession &b = open(second);
    b.addItemAfter(second.items.at(0).id);
    b.addItemAfter(second.items.at(0).id);
    EXPECT_EQ(a.undoStack()->count(), 1);
    EXPECT_EQ(b.undoStack()->count(), 2);
    a.undoStack()->undo();
    EXPECT_EQ(MeetingRepository(*db).load(first.id)->items.size(), 1);
    EXPECT_EQ(MeetingRepository(*db).load(second.id)->items.size(), 3);
}

TEST_F(MeetingSessionsTest, ADeferralIntoAnOpenMeetingIsReadThereToo)
{
    MeetingSession &a = open(first);
    MeetingSession &b = open(second);
    QSignalSpy changed(sessions.get(), &MeetingSessions::meetingChanged);
    a.defer(first.items.at(0).id, second.date);
    ASSERT_EQ(b.agenda()->childCount(0), 2) << "the copy is shown in the later meeting";
    EXPECT_EQ(b.agenda()->item(b.agenda()->childId(0, 1))->title, QStringLiteral("Budget"));
    bool toldAboutSecond = false;
    for (const QList<QVariant> &args : changed)
        toldAboutSecond = toldAboutSecond || args.at(0).toLongLong() == second.id;
    EXPECT_TRUE(toldAboutSecond);
    a.undoStack()->undo();
    EXPECT_EQ(b.agenda()->childCount(0), 1);
}

TEST_F(MeetingSessionsTest, AChangeMadeElsewhereIsReadAgainAndTheHistoryStays)
{
    MeetingSession &a = open(first);
    a.addItemAfter(first.items.at(0).id);
    ASSERT_TRUE(MeetingRepository(*db).setStatus(first.id, MeetingStatus::Approved).ok());
    sessions->meetingsChangedElsewhere({first.id});
    EXPECT_TRUE(a.isReadOnly());
    EXPECT_EQ(a.undoStack()->count(), 1);
    EXPECT_EQ(a.agenda()->childCount(0), 2);
}

} // namespace
