// Every named command of the editing layer, on an in-memory database with no window: redo
// writes the database and changes the session's model, undo takes both back, redo again puts
// back the same rows; a command whose write fails reports why and leaves the stack.

#include "AgendaModel.h"
#include "AttendanceModel.h"
#include "BodyRepository.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "MeetingRules.h"
#include "MeetingSession.h"
#include "Numbering.h"
#include "PersonRepository.h"
#include "QtPrinting.h"
#include "RecordEdits.h"
#include "TestDatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace minutebook;
using namespace minutebook::test;

namespace {

QStringList titles(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *t : list)
        out << QString::fromUtf8(t);
    return out;
}

class CommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = memoryDb();
        ASSERT_TRUE(db);
        Meeting m = smallMeeting(QStringLiteral("Budget"));
        m.items[0].decisions = {{0, 0, QStringLiteral("Gruppen beslutar att anta budgeten.")}};
        m.items[0].actions
            = {{0, QStringLiteral("Ta fram en plan."), QStringLiteral("LE"), QDate(2024, 3, 1)}};
        AgendaItem b;
        b.title = QStringLiteral("Lokaler");
        AgendaItem c;
        c.title = QStringLiteral("Skolval");
        m.items << b << c;
        ASSERT_TRUE(MeetingRepository(*db).insert(m).ok());
        meeting = m;
        session = std::make_unique<MeetingSession>(*db);
        ASSERT_TRUE(session->load(meeting.id).ok());
    }
    Meeting stored() const { return MeetingRepository(*db).load(meeting.id).value(); }
    QStringList storedTitles() const
    {
        QStringList out;
        forEachItem(stored().items, [&](const AgendaItem &item, const QString &number, int) {
            out << number + QLatin1Char(' ') + item.title;
        });
        return out;
    }
    QStringList modelTitles() const
    {
        QStringList out;
        forEachItem(
            session->agenda()->items(), [&](const AgendaItem &item, const QString &number, int) {
                out << number + QLatin1Char(' ') + item.title;
            });
        return out;
    }
    QUndoStack &stack() const { return *session->undoStack(); }
    qint64 item(int i) const { return meeting.items.at(i).id; }
    /// Approves the minutes behind the session's back: its next write is refused.
    void approveElsewhere() const
    {
        ASSERT_TRUE(MeetingRepository(*db).setStatus(meeting.id, MeetingStatus::Approved).ok());
    }

    std::unique_ptr<Database> db;
    Meeting meeting;
    std::unique_ptr<MeetingSession> session;
};

TEST_F(CommandsTest, AddItemUndoRedoKeepsTheSameId)
{
    const qint64 id = session->addItemAfter(item(0));
    ASSERT_NE(id, 0);
    EXPECT_EQ(stack().text(0), QStringLiteral("Add item"));
    EXPECT_EQ(storedTitles(), titles({"1 Budget", "2 ", "3 Lokaler", "4 Skolval"}));
    EXPECT_EQ(modelTitles(), storedTitles());
    stack().undo();
    EXPECT_EQ(storedTitles(), titles({"1 Budget", "2 Lokaler", "3 Skolval"}));
    EXPECT_EQ(modelTitles(), storedTitles());
    stack().redo();
    EXPECT_EQ(session->agenda()->childId(0, 1), id);
    EXPECT_EQ(stored().items.at(1).id, id);
    const qint64 child = session->addChildItem(item(2));
    EXPECT_EQ(stack().text(1), QStringLiteral("Add sub-item"));
    EXPECT_EQ(session->agenda()->parentId(child), item(2));
}

TEST_F(CommandsTest, RemoveItemUndoPutsTheSubtreeBackWithItsRecords)
{
    session->removeItem(item(0));
    EXPECT_EQ(stack().text(0), QStringLiteral("Remove item 1"));
    EXPECT_EQ(storedTitles(), titles({"1 Lokaler", "2 Skolval"}));
    EXPECT_EQ(modelTitles(), storedTitles());
    stack().undo();
    const Meeting back = stored();
    ASSERT_EQ(back.items.size(), 3);
    EXPECT_EQ(back.items.at(0).id, item(0));
    EXPECT_EQ(back.items.at(0).decisions.at(0).id, meeting.items.at(0).decisions.at(0).id);
    EXPECT_EQ(back.items.at(0).actions.at(0).id, meeting.items.at(0).actions.at(0).id);
    EXPECT_EQ(modelTitles(), storedTitles());
}

TEST_F(CommandsTest, MoveIndentAndOutdentAreEditsOfTheirOwn)
{
    session->moveDown(item(0));
    EXPECT_EQ(stack().text(0), QStringLiteral("Move item"));
    EXPECT_EQ(storedTitles(), titles({"1 Lokaler", "2 Budget", "3 Skolval"}));
    session->indent(item(2));
    EXPECT_EQ(stack().text(1), QStringLiteral("Indent item"));
    EXPECT_EQ(storedTitles(), titles({"1 Lokaler", "2 Budget", "2.1 Skolval"}));
    session->outdent(item(2));
    EXPECT_EQ(stack().text(2), QStringLiteral("Outdent item"));
    EXPECT_EQ(storedTitles(), titles({"1 Lokaler", "2 Budget", "3 Skolval"}));
    EXPECT_EQ(modelTitles(), storedTitles());
    stack().undo();
    stack().undo();
    stack().undo();
    EXPECT_EQ(storedTitles(), titles({"1 Budget", "2 Lokaler", "3 Skolval"}));
    EXPECT_EQ(modelTitles(), storedTitles());
    // Nothing to indent the first item under: no command.
    session->indent(item(0));
    EXPECT_EQ(stack().index(), 0);
}

TEST_F(CommandsTest, TypingMergesPerFieldAndIsWrittenByTheAutosave)
{
    session->setItemField(item(1), MeetingSession::ItemTitle, QStringLiteral("Lokalerna"));
    session->setItemField(item(1), MeetingSession::ItemTitle, QStringLiteral("Lokalerna i"));
    session->setHeaderField(MeetingSession::PlaceField, QStringLiteral("Saturnus"));
    EXPECT_EQ(stack().count(), 2) << "one command per field while typing goes on";
    EXPECT_EQ(stack().text(0), QStringLiteral("Edit item title"));
    EXPECT_EQ(stack().text(1), QStringLiteral("Edit place"));
    EXPECT_TRUE(session->hasPendingChanges());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !session->hasPendingChanges(); }, 5000));
    EXPECT_EQ(stored().items.at(1).title, QStringLiteral("Lokalerna i"));
    EXPECT_EQ(stored().place, QStringLiteral("Saturnus"));
    stack().undo();
    stack().undo();
    ASSERT_TRUE(session->flush().ok());
    EXPECT_EQ(stored().items.at(1).title, QStringLiteral("Lokaler"));
    EXPECT_EQ(stored().place, meeting.place);
}

TEST_F(CommandsTest, AttendanceGuestAndRosterCommands)
{
    const qint64 lila = meeting.attendees.at(0).person.id;
    session->toggleAttendance(lila);
    EXPECT_EQ(stack().text(0), QStringLiteral("Mark Lila Ericsson absent"));
    EXPECT_EQ(stored().attendees.at(0).status, AttendanceStatus::Absent);
    EXPECT_EQ(session->attendance()->attendance(lila)->status, AttendanceStatus::Absent);
    session->addGuest(QStringLiteral("Antonio Alas"), QStringLiteral("Skoltempen"));
    EXPECT_EQ(stack().text(1), QStringLiteral("Add guest Antonio Alas"));
    ASSERT_TRUE(session->addRosterMember(QStringLiteral("Åsa Öberg"), QStringLiteral("SG")).ok());
    EXPECT_EQ(stack().text(2), QStringLiteral("Add Åsa Öberg to the roster"));
    EXPECT_EQ(stored().attendees.size(), 3);
    EXPECT_EQ(BodyRepository(*db).roster(meeting.body.id)->size(), 1);
    stack().undo();
    stack().undo();
    stack().undo();
    const Meeting back = stored();
    ASSERT_EQ(back.attendees.size(), 1);
    EXPECT_EQ(back.attendees.at(0).status, AttendanceStatus::Present);
    EXPECT_TRUE(BodyRepository(*db).roster(meeting.body.id)->isEmpty());
    EXPECT_FALSE(session->attendance()->isListed(
        PersonRepository(*db).find(QStringLiteral("Antonio Alas"))->id));
    stack().redo();
    EXPECT_EQ(stored().attendees.at(0).status, AttendanceStatus::Absent);
}

TEST_F(CommandsTest, DecisionCommandsKeepTheNumberAcrossUndo)
{
    const qint64 id = session->addDecision(item(1), QStringLiteral("Beslut om lokaler."));
    ASSERT_NE(id, 0);
    EXPECT_EQ(stack().text(0), QStringLiteral("Add decision"));
    EXPECT_EQ(stored().items.at(1).decisions.at(0).number, 2);
    Decision before = stored().items.at(1).decisions.at(0);
    Decision after = before;
    after.text = QStringLiteral("Ändrat beslut.");
    session->editDecision(before, after);
    EXPECT_EQ(stack().text(1), QStringLiteral("Edit decision §2"));
    EXPECT_EQ(stored().items.at(1).decisions.at(0).text, after.text);
    session->removeDecision(item(1), id);
    EXPECT_EQ(stack().text(2), QStringLiteral("Remove decision §2"));
    EXPECT_TRUE(stored().items.at(1).decisions.isEmpty());
    stack().undo();
    EXPECT_EQ(stored().items.at(1).decisions.at(0).id, id);
    EXPECT_EQ(stored().items.at(1).decisions.at(0).number, 2);
    EXPECT_EQ(session->agenda()->item(item(1))->decisions.at(0).text, after.text);
    stack().undo();
    EXPECT_EQ(stored().items.at(1).decisions.at(0).text, before.text);
}

TEST_F(CommandsTest, AssignmentCommandsAndTheStatusAsAStepOfItsOwn)
{
    ActionItem a {0, QStringLiteral("Boka lokal."), QStringLiteral("KG"), QDate(2024, 4, 1)};
    const qint64 id = session->addAction(item(1), a);
    ASSERT_NE(id, 0);
    EXPECT_EQ(stack().text(0), QStringLiteral("Add assignment"));
    ActionItem before = stored().items.at(1).actions.at(0);
    ActionItem after = before;
    after.assignee = QStringLiteral("Karin Gerken");
    session->editAction(before, after);
    EXPECT_EQ(stack().text(1), QStringLiteral("Edit assignment"));
    ActionItem done = stored().items.at(1).actions.at(0);
    ActionItem marked = done;
    marked.status = ActionStatus::Done;
    session->editAction(done, marked);
    EXPECT_EQ(stack().text(2), QStringLiteral("Mark assignment done"));
    EXPECT_EQ(stored().items.at(1).actions.at(0).status, ActionStatus::Done);
    EXPECT_EQ(stored().items.at(1).actions.at(0).statusDate, QDate::currentDate());
    EXPECT_EQ(stored().items.at(1).actions.at(0).assignee, QStringLiteral("Karin Gerken"));
    session->removeAction(item(1), id);
    EXPECT_EQ(stack().text(3), QStringLiteral("Remove assignment"));
    stack().undo(); // back, done, with its day
    EXPECT_EQ(stored().items.at(1).actions.at(0).id, id);
    EXPECT_EQ(stored().items.at(1).actions.at(0).status, ActionStatus::Done);
    stack().undo(); // open again, no day
    EXPECT_EQ(stored().items.at(1).actions.at(0).status, ActionStatus::Open);
    EXPECT_FALSE(stored().items.at(1).actions.at(0).statusDate.isValid());
    EXPECT_EQ(session->agenda()->item(item(1))->actions.at(0).status, ActionStatus::Open);
}

TEST_F(CommandsTest, DeferItemCreatesTheLaterMeetingAndUndoTakesItAway)
{
    QSignalSpy other(session.get(), &MeetingSession::otherMeetingChanged);
    session->defer(item(1), QDate(2024, 2, 20));
    EXPECT_TRUE(stack().text(0).startsWith(QStringLiteral("Defer item 2 to ")))
        << stack().text(0).toStdString();
    EXPECT_EQ(stored().items.at(1).deferredTo, QDate(2024, 2, 20));
    EXPECT_EQ(MeetingRepository(*db).count().value(), 2);
    ASSERT_EQ(other.size(), 1);
    stack().undo();
    EXPECT_FALSE(stored().items.at(1).deferredTo.isValid());
    EXPECT_EQ(MeetingRepository(*db).count().value(), 1);
    EXPECT_FALSE(session->agenda()->item(item(1))->deferredTo.isValid());
}

TEST_F(CommandsTest, AFailedWriteIsReportedAndLeavesNoStep)
{
    approveElsewhere();
    QSignalSpy failed(session.get(), &MeetingSession::failed);
    session->addItemAfter(item(0));
    session->removeItem(item(1));
    session->addDecision(item(1), QStringLiteral("x"));
    session->toggleAttendance(meeting.attendees.at(0).person.id);
    EXPECT_EQ(stack().count(), 0) << "a refused write is never on the stack";
    ASSERT_EQ(failed.size(), 4);
    for (const QList<QVariant> &args : failed)
        EXPECT_EQ(args.at(0).toString(), MeetingRules::frozenMessage());
    EXPECT_EQ(modelTitles(), titles({"1 Budget", "2 Lokaler", "3 Skolval"}));
}

TEST_F(CommandsTest, AStatusWhoseAssignmentWasDeletedElsewhereDropsItsStep)
{
    const qint64 action = meeting.items.at(0).actions.at(0).id;
    ASSERT_TRUE(session->setActionStatus(action, ActionStatus::Done).ok());
    EXPECT_EQ(stack().count(), 1);
    // Deleted behind the session's back: undo cannot write, so it must not claim it did.
    ASSERT_TRUE(RecordEdits(*db).removeAction(action).ok());
    QSignalSpy failed(session.get(), &MeetingSession::failed);
    stack().undo();
    EXPECT_EQ(failed.size(), 1);
    EXPECT_EQ(stack().count(), 0) << "the step that could not be undone is gone";
    const Status again = session->setActionStatus(action, ActionStatus::Open);
    EXPECT_FALSE(again.ok()) << "the model still holds it as done; the write fails and says so";
}

TEST_F(CommandsTest, TheStatusIsFollowUpAndChangesInApprovedMinutes)
{
    approveElsewhere();
    ASSERT_TRUE(session->reload().ok());
    EXPECT_TRUE(session->isReadOnly());
    const qint64 action = meeting.items.at(0).actions.at(0).id;
    ASSERT_TRUE(session->setActionStatus(action, ActionStatus::Done).ok());
    EXPECT_EQ(stored().items.at(0).actions.at(0).status, ActionStatus::Done);
    EXPECT_EQ(stack().text(0), QStringLiteral("Mark assignment done"));
    // Everything else stays frozen, refused before any write.
    session->addItemAfter(item(0));
    EXPECT_EQ(stack().count(), 1);
}

} // namespace
