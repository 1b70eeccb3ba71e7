#include "AgendaEdits.h"
#include "AttendanceEdits.h"
#include "BodyRepository.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "Numbering.h"
#include "PersonRepository.h"
#include "RecordEdits.h"
#include "TestBackend.h"

#include <QSqlQuery>

using namespace minutebook;
using namespace minutebook::test;

namespace {
// "1 A|2 B|2.1 C": numbers as stored and titles, in document order.
QString outline(const Database &db, qint64 meetingId)
{
    // Behind the repositories' back, on the archive's own connection.
    QSqlQuery q(db.connection());
    EXPECT_TRUE(
        q.prepare(QStringLiteral("SELECT number, title FROM agenda_items WHERE meeting_id = ?")));
    q.addBindValue(meetingId);
    EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    QMap<QString, QString> byNumber;
    while (q.next())
        byNumber.insert(q.value(0).toString(), q.value(1).toString());
    const Result<Meeting> m = MeetingRepository(db).load(meetingId);
    EXPECT_TRUE(m.ok());
    QStringList out;
    forEachItem(m->items, [&](const AgendaItem &item, const QString &number, int) {
        // The stored number must be the one the order gives.
        EXPECT_EQ(byNumber.value(number), item.title) << number.toStdString();
        out << number + QLatin1Char(' ') + item.title;
    });
    return out.join(QLatin1Char('|'));
}

AgendaItem titled(const char *title)
{
    AgendaItem item;
    item.title = QString::fromUtf8(title);
    return item;
}

class EditsTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        db = &database();
        Meeting m = smallMeeting(QStringLiteral("A"));
        m.items << titled("B") << titled("C");
        ASSERT_TRUE(MeetingRepository(*db).insert(m).ok());
        meeting = m;
    }
    qint64 itemId(int index) const { return meeting.items.at(index).id; }

    Database *db = nullptr;
    Meeting meeting;
};
} // namespace

TEST_P(EditsTest, AddsItemsAtAPositionAndRenumbers)
{
    AgendaEdits edits(*db);
    AgendaItem first = titled("Först");
    ASSERT_TRUE(edits.addItem(meeting.id, 0, 0, first).ok());
    EXPECT_NE(first.id, 0);
    AgendaItem child = titled("Under B");
    ASSERT_TRUE(edits.addItem(meeting.id, itemId(1), -1, child).ok());
    EXPECT_EQ(outline(*db, meeting.id), QStringLiteral("1 Först|2 A|3 B|3.1 Under B|4 C"));
}

TEST_P(EditsTest, RemovesAnItemWithItsChildrenAndPutsItBackWithTheSameIds)
{
    AgendaEdits edits(*db);
    AgendaItem child = titled("Under B");
    child.decisions = {{0, 0, QStringLiteral("Beslut.")}};
    child.actions = {ActionItem {0, QStringLiteral("Göra."), QStringLiteral("LE"), {}}};
    ASSERT_TRUE(edits.addItem(meeting.id, itemId(1), -1, child).ok());
    const Meeting before = MeetingRepository(*db).load(meeting.id).value();
    const AgendaItem b = before.items.at(1);

    ASSERT_TRUE(edits.removeItem(b.id).ok());
    EXPECT_EQ(outline(*db, meeting.id), QStringLiteral("1 A|2 C"));

    AgendaItem restored = b;
    ASSERT_TRUE(edits.addItem(meeting.id, 0, 1, restored).ok());
    const Meeting after = MeetingRepository(*db).load(meeting.id).value();
    EXPECT_EQ(outline(*db, meeting.id), QStringLiteral("1 A|2 B|2.1 Under B|3 C"));
    EXPECT_EQ(after.items.at(1).id, b.id);
    ASSERT_EQ(after.items.at(1).children.size(), 1);
    EXPECT_EQ(after.items.at(1).children.at(0).id, b.children.at(0).id);
    EXPECT_EQ(after.items.at(1).children.at(0).decisions.at(0).number,
        b.children.at(0).decisions.at(0).number);
    EXPECT_EQ(after.items.at(1).children.at(0).actions.at(0).id, b.children.at(0).actions.at(0).id);
}

TEST_P(EditsTest, MovesIndentsAndOutdents)
{
    AgendaEdits edits(*db);
    ASSERT_TRUE(edits.moveItem(itemId(2), 0, 0).ok());
    EXPECT_EQ(outline(*db, meeting.id), QStringLiteral("1 C|2 A|3 B"));
    ASSERT_TRUE(edits.indentItem(itemId(0)).ok());
    EXPECT_EQ(outline(*db, meeting.id), QStringLiteral("1 C|1.1 A|2 B"));
    ASSERT_TRUE(edits.indentItem(itemId(1)).ok());
    EXPECT_EQ(outline(*db, meeting.id), QStringLiteral("1 C|1.1 A|1.2 B"));
    ASSERT_TRUE(edits.indentItem(itemId(1)).ok());
    EXPECT_EQ(outline(*db, meeting.id), QStringLiteral("1 C|1.1 A|1.1.1 B"));
    ASSERT_TRUE(edits.outdentItem(itemId(1)).ok());
    EXPECT_EQ(outline(*db, meeting.id), QStringLiteral("1 C|1.1 A|1.2 B"));
    ASSERT_TRUE(edits.outdentItem(itemId(0)).ok());
    EXPECT_EQ(outline(*db, meeting.id), QStringLiteral("1 C|1.1 B|2 A"));
    const Result<ItemPlacement> at = edits.placement(itemId(1));
    ASSERT_TRUE(at.ok());
    EXPECT_EQ(at->parentId, itemId(2));
    EXPECT_EQ(at->position, 0);
}

TEST_P(EditsTest, RefusesImpossibleMoves)
{
    AgendaEdits edits(*db);
    EXPECT_FALSE(edits.indentItem(itemId(0)).ok());
    EXPECT_FALSE(edits.outdentItem(itemId(0)).ok());
    ASSERT_TRUE(edits.indentItem(itemId(1)).ok());
    const Status underItself = edits.moveItem(itemId(0), itemId(1), 0);
    EXPECT_FALSE(underItself.ok());
    EXPECT_FALSE(underItself.error().isEmpty());
    EXPECT_EQ(outline(*db, meeting.id), QStringLiteral("1 A|1.1 B|2 C"));
}

TEST_P(EditsTest, SavesHeaderAndItemFieldsInOneCall)
{
    AgendaEdits edits(*db);
    Meeting header = meeting;
    header.place = QStringLiteral("Saturnus");
    header.end = QTime(15, 30);
    AgendaItem b = meeting.items.at(1);
    b.title = QStringLiteral("B, ändrad");
    b.body = QStringLiteral("- punkt\n  - underpunkt\n\n**fet** [länk](https://example.se)");
    ASSERT_TRUE(edits.saveFields(&header, {b}).ok());
    const Meeting loaded = MeetingRepository(*db).load(meeting.id).value();
    EXPECT_EQ(loaded.place, QStringLiteral("Saturnus"));
    EXPECT_EQ(loaded.end, QTime(15, 30));
    EXPECT_EQ(loaded.items.at(1).title, b.title);
    EXPECT_EQ(loaded.items.at(1).body, b.body);
    header.date = QDate();
    EXPECT_FALSE(edits.saveFields(&header, {}).ok());
}

TEST_P(EditsTest, SetsAndRemovesAttendance)
{
    AttendanceEdits edits(*db);
    Attendance guest;
    guest.person.name = QStringLiteral("Antonio Alas");
    guest.status = AttendanceStatus::Guest;
    guest.note = QStringLiteral("Skoltempen");
    ASSERT_TRUE(edits.setAttendance(meeting.id, guest).ok());
    EXPECT_NE(guest.person.id, 0);
    Attendance lila = meeting.attendees.at(0);
    lila.status = AttendanceStatus::Absent;
    ASSERT_TRUE(edits.setAttendance(meeting.id, lila).ok());
    Meeting loaded = MeetingRepository(*db).load(meeting.id).value();
    ASSERT_EQ(loaded.attendees.size(), 2);
    EXPECT_EQ(loaded.attendees.at(0).status, AttendanceStatus::Absent);
    EXPECT_EQ(loaded.attendees.at(1).note, QStringLiteral("Skoltempen"));
    ASSERT_TRUE(edits.removeAttendance(meeting.id, guest.person.id).ok());
    loaded = MeetingRepository(*db).load(meeting.id).value();
    EXPECT_EQ(loaded.attendees.size(), 1);
}

TEST_P(EditsTest, RosterRefusesADuplicateNameWhateverItsCase)
{
    BodyRepository edits(*db); // the roster is the body's
    RosterEntry entry;
    entry.person.name = QStringLiteral("Åsa Öberg");
    entry.groupLabel = QStringLiteral("Styrgruppen");
    ASSERT_TRUE(edits.addToRoster(meeting.body.id, entry).ok());
    RosterEntry again;
    again.person.name = QStringLiteral("  åsa   öberg ");
    const Status duplicate = edits.addToRoster(meeting.body.id, again);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().contains(QStringLiteral("Åsa Öberg")))
        << duplicate.error().toStdString();
    // A known person (attendee of a meeting) joins the roster as the same person.
    RosterEntry lila;
    lila.person.name = QStringLiteral("lila ericsson");
    ASSERT_TRUE(edits.addToRoster(meeting.body.id, lila).ok());
    EXPECT_EQ(lila.person.id, meeting.attendees.at(0).person.id);
    const auto roster = BodyRepository(*db).roster(meeting.body.id);
    ASSERT_TRUE(roster.ok());
    ASSERT_EQ(roster->size(), 2);
    EXPECT_EQ(roster->at(0).groupLabel, QStringLiteral("Styrgruppen"));
    ASSERT_TRUE(edits.removeFromRoster(meeting.body.id, entry.person.id).ok());
    EXPECT_EQ(BodyRepository(*db).roster(meeting.body.id)->size(), 1);
    EXPECT_EQ(PersonRepository(*db).find(QStringLiteral("ÅSA ÖBERG"))->id, entry.person.id);
    EXPECT_EQ(PersonRepository(*db).find(QStringLiteral("Nobody"))->id, 0);
}

TEST_P(EditsTest, DecisionsTakeTheNextNumberOfTheMeeting)
{
    RecordEdits edits(*db);
    Decision first {0, 0, QStringLiteral("Första.")};
    Decision second {0, 0, QStringLiteral("Andra.")};
    ASSERT_TRUE(edits.addDecision(itemId(2), first).ok());
    ASSERT_TRUE(edits.addDecision(itemId(0), second).ok());
    EXPECT_EQ(first.number, 1);
    EXPECT_EQ(second.number, 2);
    second.text = QStringLiteral("Andra, ändrat.");
    ASSERT_TRUE(edits.updateDecision(second).ok());
    ASSERT_TRUE(edits.removeDecision(first.id).ok());
    const Meeting loaded = MeetingRepository(*db).load(meeting.id).value();
    EXPECT_TRUE(loaded.items.at(2).decisions.isEmpty());
    ASSERT_EQ(loaded.items.at(0).decisions.size(), 1);
    EXPECT_EQ(loaded.items.at(0).decisions.at(0).text, second.text);
    EXPECT_FALSE(edits.updateDecision(first).ok());
}

TEST_P(EditsTest, AssignmentsAreAddedAtAPositionUpdatedAndRemoved)
{
    RecordEdits edits(*db);
    ActionItem a {0, QStringLiteral("Ett."), QStringLiteral("LE"), QDate(2024, 3, 1)};
    ActionItem b {0, QStringLiteral("Två."), QStringLiteral("KG"), {}};
    ASSERT_TRUE(edits.addAction(itemId(0), a).ok());
    ASSERT_TRUE(edits.addAction(itemId(0), b, 0).ok());
    b.status = ActionStatus::Done; // not updateAction's: setActionStatus writes the status
    b.due = QDate(2024, 4, 1);
    ASSERT_TRUE(edits.updateAction(b).ok());
    Meeting loaded = MeetingRepository(*db).load(meeting.id).value();
    ASSERT_EQ(loaded.items.at(0).actions.size(), 2);
    EXPECT_EQ(loaded.items.at(0).actions.at(0).text, QStringLiteral("Två."));
    EXPECT_EQ(loaded.items.at(0).actions.at(0).status, ActionStatus::Open);
    EXPECT_EQ(loaded.items.at(0).actions.at(0).due, QDate(2024, 4, 1));
    ASSERT_TRUE(edits.setActionStatus(b.id, ActionStatus::Done, QDate(2024, 3, 20)).ok());
    loaded = MeetingRepository(*db).load(meeting.id).value();
    EXPECT_EQ(loaded.items.at(0).actions.at(0).status, ActionStatus::Done);
    EXPECT_EQ(loaded.items.at(0).actions.at(0).statusDate, QDate(2024, 3, 20));
    ASSERT_TRUE(edits.removeAction(b.id).ok());
    loaded = MeetingRepository(*db).load(meeting.id).value();
    ASSERT_EQ(loaded.items.at(0).actions.size(), 1);
    EXPECT_EQ(loaded.items.at(0).actions.at(0).id, a.id);
}

TEST_P(EditsTest, TheMeetingListFiltersByTypedText)
{
    Meeting other = smallMeeting(QStringLiteral("X"));
    other.place = QStringLiteral("Saturnus_100%");
    other.date = QDate(2023, 5, 2);
    ASSERT_TRUE(MeetingRepository(*db).insert(other).ok());
    MeetingRepository meetings(*db);
    MeetingFilter filter;
    filter.text = QStringLiteral("jupiter");
    EXPECT_EQ(meetings.count(filter).value(), 1);
    EXPECT_EQ(meetings.list(filter)->at(0).id, meeting.id);
    filter.text = QStringLiteral("2023-05");
    EXPECT_EQ(meetings.list(filter)->at(0).id, other.id);
    // LIKE wildcards in the typed text are plain characters.
    filter.text = QStringLiteral("_100%");
    EXPECT_EQ(meetings.count(filter).value(), 1);
    filter.text = QStringLiteral("%");
    EXPECT_EQ(meetings.count(filter).value(), 1);
    filter.text = QStringLiteral("LG");
    EXPECT_EQ(meetings.count(filter).value(), 2);
    filter.text = QStringLiteral("Merkurius");
    EXPECT_EQ(meetings.count(filter).value(), 0);
}

MINUTEBOOK_ON_BOTH_BACKENDS(EditsTest);
