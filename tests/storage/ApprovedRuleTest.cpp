// The one approved-meeting rule, writer by writer: each writer of a meeting's header,
// attendance, items, decisions and assignments refuses approved minutes with the one message
// and changes nothing, and does the same change on a draft; an assignment's status, the roster
// and the next meeting stay possible after approval. On both backends.

#include "AgendaEdits.h"
#include "AttendanceEdits.h"
#include "BodyRepository.h"
#include "FollowUp.h"
#include "MeetingBuilders.h"
#include "MeetingJson.h"
#include "MeetingRepository.h"
#include "MeetingRules.h"
#include "RecordEdits.h"
#include "TestBackend.h"
#include "TestFiles.h"

#include <QJsonDocument>

#include <functional>
#include <tuple>

using namespace minutebook;
using namespace minutebook::test;

namespace {

/// A meeting "1 A (a decision, an assignment) | 2 B | 2.1 C" with one attendee, and item 2
/// deferred to a later meeting; approved or not.
struct Minutes
{
    Database *db = nullptr;
    Meeting meeting;
    Deferral deferral;

    qint64 item(int index) const { return meeting.items.at(index).id; }
    qint64 child() const { return meeting.items.at(1).children.at(0).id; }
    const Decision &decision() const { return meeting.items.at(0).decisions.at(0); }
    const ActionItem &action() const { return meeting.items.at(0).actions.at(0); }
};

Minutes makeMinutes(Database &db, bool approved)
{
    Minutes m;
    m.db = &db;
    m.meeting = smallMeeting(QStringLiteral("A"));
    m.meeting.items[0].decisions = {{0, 0, QStringLiteral("Gruppen beslutar att anta planen.")}};
    m.meeting.items[0].actions
        = {{0, QStringLiteral("Ta fram en plan."), QStringLiteral("LE"), QDate(2024, 3, 1)}};
    AgendaItem b;
    b.title = QStringLiteral("B");
    AgendaItem c;
    c.title = QStringLiteral("C");
    b.children = {c};
    m.meeting.items << b;
    EXPECT_TRUE(MeetingRepository(*m.db).insert(m.meeting).ok());
    const Result<Deferral> deferred
        = FollowUp(*m.db).deferItem(m.item(1), m.meeting.date.addDays(14));
    EXPECT_TRUE(deferred.ok()) << deferred.error().toStdString();
    if (deferred.ok())
        m.deferral = deferred.value();
    if (approved) {
        EXPECT_TRUE(MeetingRepository(*m.db).setStatus(m.meeting.id, MeetingStatus::Approved).ok());
    }
    return m;
}

/// Every meeting as `show --json` has it: what a refused write must leave as it was.
QByteArray snapshot(const Database &db)
{
    QByteArray out;
    const auto list = MeetingRepository(db).list();
    EXPECT_TRUE(list.ok());
    for (const MeetingSummary &s : list.value())
        out += QJsonDocument(MeetingJson::toJson(MeetingRepository(db).load(s.id).value()))
                   .toJson(QJsonDocument::Compact);
    return out;
}

struct Writer
{
    const char *name;
    std::function<Status(Minutes &)> write;
};

void PrintTo(const Writer &writer, std::ostream *os)
{
    *os << writer.name;
}

const Writer frozenWriters[] = {
    {"AddItem",
        [](Minutes &m) {
            AgendaItem item;
            item.title = QStringLiteral("Ny punkt");
            return AgendaEdits(*m.db).addItem(m.meeting.id, 0, -1, item);
        }},
    {"RemoveItem",
        [](Minutes &m) {
            return AgendaEdits(*m.db).removeItem(m.item(0));
        }},
    {"MoveItem",
        [](Minutes &m) {
            return AgendaEdits(*m.db).moveItem(m.item(1), 0, 0);
        }},
    {"IndentItem",
        [](Minutes &m) {
            return AgendaEdits(*m.db).indentItem(m.item(1));
        }},
    {"OutdentItem",
        [](Minutes &m) {
            return AgendaEdits(*m.db).outdentItem(m.child());
        }},
    {"SaveHeaderFields",
        [](Minutes &m) {
            Meeting header = m.meeting;
            header.place = QStringLiteral("Saturnus");
            return AgendaEdits(*m.db).saveFields(&header, {});
        }},
    {"SaveItemFields",
        [](Minutes &m) {
            AgendaItem item = m.meeting.items.at(0);
            item.body = QStringLiteral("Ändrad text.");
            return AgendaEdits(*m.db).saveFields(nullptr, {item});
        }},
    {"SetAttendance",
        [](Minutes &m) {
            Attendance a = m.meeting.attendees.at(0);
            a.status = AttendanceStatus::Absent;
            return AttendanceEdits(*m.db).setAttendance(m.meeting.id, a);
        }},
    {"RemoveAttendance",
        [](Minutes &m) {
            return AttendanceEdits(*m.db).removeAttendance(
                m.meeting.id, m.meeting.attendees.at(0).person.id);
        }},
    {"AddDecision",
        [](Minutes &m) {
            Decision d {0, 0, QStringLiteral("Ett nytt beslut.")};
            return RecordEdits(*m.db).addDecision(m.item(0), d);
        }},
    {"UpdateDecision",
        [](Minutes &m) {
            Decision d = m.decision();
            d.text = QStringLiteral("Ändrat beslut.");
            return RecordEdits(*m.db).updateDecision(d);
        }},
    {"RemoveDecision",
        [](Minutes &m) {
            return RecordEdits(*m.db).removeDecision(m.decision().id);
        }},
    {"AddAction",
        [](Minutes &m) {
            ActionItem a {0, QStringLiteral("Nytt uppdrag."), QStringLiteral("KG"), {}};
            return RecordEdits(*m.db).addAction(m.item(0), a);
        }},
    {"UpdateAction",
        [](Minutes &m) {
            ActionItem a = m.action();
            a.assignee = QStringLiteral("Karin Jönsson");
            a.due = QDate(2024, 6, 1);
            return RecordEdits(*m.db).updateAction(a);
        }},
    {"RemoveAction",
        [](Minutes &m) {
            return RecordEdits(*m.db).removeAction(m.action().id);
        }},
    {"DeferItem",
        [](Minutes &m) {
            return FollowUp(*m.db).deferItem(m.item(0), m.meeting.date.addDays(28)).status();
        }},
    {"UndoDeferral",
        [](Minutes &m) {
            return FollowUp(*m.db).undoDeferral(m.deferral);
        }},
    {"RemoveMeeting",
        [](Minutes &m) {
            return MeetingRepository(*m.db).remove(m.meeting.id);
        }},
};

/// Each writer on each backend, on a fresh archive.
class FrozenWriter : public BackendFixture<std::tuple<Backend, Writer>>
{
protected:
    const Writer &writer() const { return std::get<1>(GetParam()); }
};

TEST_P(FrozenWriter, RefusesApprovedMinutesWithTheOneMessageAndChangesNothing)
{
    Minutes approved = makeMinutes(database(), true);
    ASSERT_TRUE(approved.db);
    const QByteArray before = snapshot(*approved.db);
    const Status s = writer().write(approved);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error(), MeetingRules::frozenMessage());
    EXPECT_EQ(snapshot(*approved.db), before);
}

TEST_P(FrozenWriter, MakesTheSameChangeToADraft)
{
    Minutes draft = makeMinutes(database(), false);
    ASSERT_TRUE(draft.db);
    const QByteArray before = snapshot(*draft.db);
    const Status s = writer().write(draft);
    ASSERT_TRUE(s.ok()) << s.error().toStdString();
    EXPECT_NE(snapshot(*draft.db), before);
}

INSTANTIATE_TEST_SUITE_P(ApprovedRule, FrozenWriter,
    ::testing::Combine(
        ::testing::Values(Backend::Sqlite, Backend::Postgres), ::testing::ValuesIn(frozenWriters)),
    [](const ::testing::TestParamInfo<std::tuple<Backend, Writer>> &param) {
        return std::string(std::get<1>(param.param).name) + "_"
            + backendName({std::get<0>(param.param), 0});
    });

class ApprovedRuleTest : public BackendTest
{
};

TEST_P(ApprovedRuleTest, AnAssignmentsStatusStaysFollowUpAfterApproval)
{
    Minutes m = makeMinutes(database(), true);
    ASSERT_TRUE(m.db);
    ASSERT_TRUE(RecordEdits(*m.db)
                    .setActionStatus(m.action().id, ActionStatus::Done, QDate(2024, 4, 2))
                    .ok());
    const Meeting loaded = MeetingRepository(*m.db).load(m.meeting.id).value();
    EXPECT_EQ(loaded.status, MeetingStatus::Approved);
    EXPECT_EQ(loaded.items.at(0).actions.at(0).status, ActionStatus::Done);
    EXPECT_EQ(loaded.items.at(0).actions.at(0).statusDate, QDate(2024, 4, 2));
    // Its text, assignee and due date stay frozen.
    EXPECT_EQ(loaded.items.at(0).actions.at(0).text, m.action().text);
}

TEST_P(ApprovedRuleTest, TheRosterBelongsToTheBodyAndIsNotFrozen)
{
    Minutes m = makeMinutes(database(), true);
    ASSERT_TRUE(m.db);
    BodyRepository bodies(*m.db);
    RosterEntry entry;
    entry.person.name = QStringLiteral("Åsa Öberg");
    ASSERT_TRUE(bodies.addToRoster(m.meeting.body.id, entry).ok());
    ASSERT_TRUE(bodies.removeFromRoster(m.meeting.body.id, entry.person.id).ok());
}

TEST_P(ApprovedRuleTest, TheNextMeetingIsPreparedFromApprovedMinutes)
{
    Minutes m = makeMinutes(database(), true);
    ASSERT_TRUE(m.db);
    const Result<qint64> next
        = FollowUp(*m.db).createFromPrevious(m.meeting.id, m.meeting.date.addDays(7));
    ASSERT_TRUE(next.ok()) << next.error().toStdString();
    EXPECT_EQ(MeetingRepository(*m.db).load(next.value())->status, MeetingStatus::Draft);
}

TEST_P(ApprovedRuleTest, MissingRowsAreNamedNotCalledApproved)
{
    Minutes m = makeMinutes(database(), false);
    ASSERT_TRUE(m.db);
    Decision gone {m.decision().id + 100, 1, QStringLiteral("x")};
    const Status s = RecordEdits(*m.db).updateDecision(gone);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error(), MeetingRules::frozenMessage());
    EXPECT_TRUE(s.error().contains(QString::number(gone.id))) << s.error().toStdString();
}

MINUTEBOOK_ON_BOTH_BACKENDS(ApprovedRuleTest);

} // namespace
