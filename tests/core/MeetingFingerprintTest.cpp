// The fingerprint of approved minutes is frozen: version 1's canonical text is compared with a
// hand-written file (tests/data/golden/fingerprint-v1.txt, written from docs/document.md) and
// its SHA-256 with the value `sha256sum` gave for that file. Every field it names changes the
// fingerprint; an assignment's status, typing differences and line ends do not.

#include "MeetingFingerprint.h"
#include "MeetingRules.h"
#include "MinutesMail.h"

#include <QFile>

#include <gtest/gtest.h>

#include <functional>

using namespace minutebook;

namespace {
Attendance attendee(
    const QString &name, const QString &group, AttendanceStatus status, const QString &note = {})
{
    Attendance a;
    a.person.name = name;
    a.groupLabel = group;
    a.status = status;
    a.note = note;
    return a;
}

Meeting sample()
{
    Meeting m;
    m.id = 42;
    m.body = {7, QStringLiteral("Ledningsgrupp HSS"), QStringLiteral("LG"),
        QStringLiteral("Skol- och fritidsförvaltningen")};
    m.date = QDate(2024, 2, 6);
    m.start = QTime(12, 0);
    m.end = QTime(16, 0);
    m.place = QStringLiteral("Lärarrummet");
    m.minuteTaker = QStringLiteral("Eva Ek");
    m.notes = QStringLiteral("Rad ett  \r\nRad två\t(tab)");
    m.status = MeetingStatus::Approved;
    m.approval.by = {QStringLiteral("Anna Andersson"), QStringLiteral("Bo Berg")};
    m.approval.date = QDate(2024, 2, 13);
    m.attendees = {
        attendee(QStringLiteral("Anna Andersson"), QStringLiteral("LG"), AttendanceStatus::Present),
        attendee(QStringLiteral("Bo Berg"), QStringLiteral("LG"), AttendanceStatus::Present),
        attendee(QStringLiteral("Cecilia Ceder"), QStringLiteral("SG"), AttendanceStatus::Absent,
            QStringLiteral("sjuk")),
        attendee(QStringLiteral("Gäst Gustavsson"), QString(), AttendanceStatus::Guest,
            QStringLiteral("IT-strategi"))};
    AgendaItem budget;
    budget.title = QStringLiteral("Budget 2027");
    budget.presenter = QStringLiteral("Anna Andersson");
    budget.responsible = QStringLiteral("AA");
    budget.body = QStringLiteral("Text med \\ snedstreck");
    budget.decisions = {{1, 1, QStringLiteral("Ledningsgruppen beslutar att godkänna budgeten.")}};
    ActionItem plan;
    plan.text = QStringLiteral("Ta fram en plan");
    plan.assignee = QStringLiteral("Karin Jönsson");
    plan.due = QDate(2024, 9, 30);
    plan.status = ActionStatus::Done;
    plan.statusDate = QDate(2024, 3, 1);
    budget.actions = {plan};
    AgendaItem info;
    info.title = QStringLiteral("Kort information");
    budget.children = {info};
    AgendaItem other;
    other.title = QStringLiteral("Övrigt");
    other.deferredTo = QDate(2024, 3, 5);
    m.items = {budget, other};
    return m;
}
} // namespace

TEST(MeetingFingerprint, Version1IsTheDocumentedCanonicalText)
{
    QFile golden(QStringLiteral(MINUTEBOOK_TEST_DATA "/golden/fingerprint-v1.txt"));
    ASSERT_TRUE(golden.open(QIODevice::ReadOnly));
    EXPECT_EQ(
        MeetingFingerprint::canonical(sample(), 1).toStdString(), golden.readAll().toStdString());
    // sha256sum tests/data/golden/fingerprint-v1.txt
    EXPECT_EQ(MeetingFingerprint::of(sample(), 1).toStdString(),
        "16de5585bd0b8afb34aa320c9957d6bd900699d499832fabcc16f7cf95dea5f1");
}

TEST(MeetingFingerprint, UnknownVersionsGiveNothing)
{
    EXPECT_FALSE(MeetingFingerprint::isKnown(0));
    EXPECT_FALSE(MeetingFingerprint::isKnown(2));
    EXPECT_TRUE(MeetingFingerprint::of(sample(), 2).isEmpty());
    EXPECT_TRUE(MeetingFingerprint::canonical(sample(), 0).isEmpty());
}

TEST(MeetingFingerprint, EveryFrozenFieldChangesIt)
{
    const QString original = MeetingFingerprint::of(sample());
    const std::vector<std::pair<const char *, std::function<void(Meeting &)>>> changes = {
        {"body name",
            [](Meeting &m) {
                m.body.name += QLatin1Char('x');
            }},
        {"body short name",
            [](Meeting &m) {
                m.body.shortName = QStringLiteral("SG");
            }},
        {"organisation",
            [](Meeting &m) {
                m.body.organisation.clear();
            }},
        {"title",
            [](Meeting &m) {
                m.title = QStringLiteral("Extra möte");
            }},
        {"date",
            [](Meeting &m) {
                m.date = m.date.addDays(1);
            }},
        {"start",
            [](Meeting &m) {
                m.start = QTime(12, 30);
            }},
        {"end",
            [](Meeting &m) {
                m.end = QTime();
            }},
        {"place",
            [](Meeting &m) {
                m.place = QStringLiteral("Aulan");
            }},
        {"minute-taker",
            [](Meeting &m) {
                m.minuteTaker = QStringLiteral("Bo Berg");
            }},
        {"notes",
            [](Meeting &m) {
                m.notes += QStringLiteral(" mer");
            }},
        {"approver",
            [](Meeting &m) {
                m.approval.by.removeLast();
            }},
        {"approvers' order",
            [](Meeting &m) {
                std::swap(m.approval.by[0], m.approval.by[1]);
            }},
        {"approval date",
            [](Meeting &m) {
                m.approval.date = QDate(2024, 2, 14);
            }},
        {"attendee name",
            [](Meeting &m) {
                m.attendees[1].person.name = QStringLiteral("B");
            }},
        {"attendee group",
            [](Meeting &m) {
                m.attendees[1].groupLabel = QStringLiteral("SG");
            }},
        {"attendance",
            [](Meeting &m) {
                m.attendees[1].status = AttendanceStatus::Absent;
            }},
        {"attendee note",
            [](Meeting &m) {
                m.attendees[3].note.clear();
            }},
        {"attendee removed",
            [](Meeting &m) {
                m.attendees.removeLast();
            }},
        {"item title",
            [](Meeting &m) {
                m.items[0].title = QStringLiteral("Budget 2028");
            }},
        {"presenter",
            [](Meeting &m) {
                m.items[0].presenter.clear();
            }},
        {"responsible",
            [](Meeting &m) {
                m.items[0].responsible = QStringLiteral("BB");
            }},
        {"item text",
            [](Meeting &m) {
                m.items[0].body = QStringLiteral("Annan text");
            }},
        {"deferral",
            [](Meeting &m) {
                m.items[1].deferredTo = QDate();
            }},
        {"decision text",
            [](Meeting &m) {
                m.items[0].decisions[0].text += QLatin1Char('!');
            }},
        {"decision number",
            [](Meeting &m) {
                m.items[0].decisions[0].number = 2;
            }},
        {"assignment text",
            [](Meeting &m) {
                m.items[0].actions[0].text = QStringLiteral("X");
            }},
        {"assignee",
            [](Meeting &m) {
                m.items[0].actions[0].assignee.clear();
            }},
        {"due date",
            [](Meeting &m) {
                m.items[0].actions[0].due = QDate(2024, 10, 1);
            }},
        {"sub-item title",
            [](Meeting &m) {
                m.items[0].children[0].title = QStringLiteral("Info");
            }},
        {"sub-item made top-level",
            [](Meeting &m) {
                m.items.insert(1, m.items[0].children.takeFirst());
            }},
        {"items' order",
            [](Meeting &m) {
                std::swap(m.items[0], m.items[1]);
            }},
        {"a correction listed",
            [](Meeting &m) {
                Amendment a;
                a.approvalVersion = 2;
                a.recordedAt = QDateTime(QDate(2024, 2, 20), QTime(9, 0), Qt::UTC);
                a.by = QStringLiteral("Eva Ek");
                a.reason = QStringLiteral("Fel");
                a.target = QStringLiteral("meeting:42:place");
                a.oldText = QStringLiteral("Jupiter");
                a.newText = QStringLiteral("Lärarrummet");
                m.amendments = {a};
            }},
        {"a field's text moved into the next",
            [](Meeting &m) {
                m.place = QStringLiteral("Lärarrummet\tEva Ek");
                m.minuteTaker.clear();
            }},
    };
    for (const auto &[what, change] : changes) {
        Meeting m = sample();
        change(m);
        EXPECT_NE(MeetingFingerprint::of(m), original) << what;
    }
}

TEST(MeetingFingerprint, FollowUpAndHowTextWasTypedDoNotChangeIt)
{
    const QString original = MeetingFingerprint::of(sample());
    Meeting m = sample();
    m.items[0].actions[0].status = ActionStatus::Open;
    m.items[0].actions[0].statusDate = QDate();
    m.id = 99;
    m.body.id = 1;
    m.approval.fingerprint = QStringLiteral("anything");
    m.approval.version = 3;
    // "ä" typed as a + combining diaeresis, Windows line ends, spaces at line ends.
    m.place = QStringLiteral("La\u0308rarrummet ");
    m.notes = QStringLiteral("Rad ett\nRad två\t(tab)\r\n\r\n");
    EXPECT_EQ(MeetingFingerprint::of(m), original);
}

TEST(MeetingFingerprint, GroupedForPrinting)
{
    const QString hex = QStringLiteral("3f9a1c07bb2e");
    EXPECT_EQ(MeetingFingerprint::grouped(hex), QStringLiteral("3f9a 1c07 bb2e"));
    EXPECT_EQ(MeetingFingerprint::grouped(hex, 2), QStringLiteral("3f9a 1c07 …"));
    EXPECT_EQ(MeetingFingerprint::grouped(hex, 3), QStringLiteral("3f9a 1c07 bb2e"));
}

TEST(MeetingRules, ApprovalWarningsNameWhatMayBeMissing)
{
    Meeting m = sample();
    EXPECT_TRUE(MeetingRules::approvalWarnings(m).isEmpty());
    m.items[0].children[0].title = QStringLiteral("  ");
    m.items[0].actions[0].assignee.clear();
    ActionItem undated;
    undated.text
        = QStringLiteral("Boka lokal för vårens konferens med alla rektorer och förskolechefer");
    undated.assignee = QStringLiteral("Bo Berg");
    m.items[1].actions = {undated};
    const QStringList warnings = MeetingRules::approvalWarnings(m);
    ASSERT_EQ(warnings.size(), 3) << warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(warnings.at(0),
        QStringLiteral("Item 1: the assignment “Ta fram en plan” has nobody responsible."));
    EXPECT_EQ(warnings.at(1), QStringLiteral("Item 1.1 has no title."));
    EXPECT_EQ(warnings.at(2),
        QStringLiteral("Item 2: the assignment “Boka lokal för vårens konferens med…” has "
                       "no due date."));
}

TEST(MinutesMail, AddressesSubjectAndTheCommandLine)
{
    Meeting m = sample();
    m.attendees[0].person.email = QStringLiteral("anna@example.org");
    m.attendees[2].person.email = QStringLiteral("cecilia@example.org"); // absent: sent too
    m.attendees[3].person.email = QStringLiteral("ANNA@example.org"); // the same address
    m.attendees[1].person.email = QStringLiteral("bo.berg"); // not an address
    m.approval.version = 1;
    m.approval.fingerprint = QStringLiteral("abc123");
    EXPECT_EQ(MinutesMail::recipients(m),
        QStringList({QStringLiteral("anna@example.org"), QStringLiteral("cecilia@example.org")}));
    EXPECT_EQ(MinutesMail::subject(m), QStringLiteral("Minutes LG 2024-02-06"));
    const QStringList args = MinutesMail::xdgEmailArguments(m, QStringLiteral("/tmp/a b.pdf"));
    EXPECT_EQ(args.mid(0, 3),
        QStringList({QStringLiteral("--utf8"), QStringLiteral("--subject"),
            QStringLiteral("Minutes LG 2024-02-06")}));
    EXPECT_EQ(args.at(5), QStringLiteral("--attach"));
    EXPECT_EQ(args.at(6), QStringLiteral("/tmp/a b.pdf"));
    EXPECT_TRUE(args.at(4).contains(QStringLiteral("abc123")));
    EXPECT_EQ(args.mid(7), MinutesMail::recipients(m));
    EXPECT_TRUE(Person::isEmailAddress(QString()));
    EXPECT_TRUE(Person::isEmailAddress(QStringLiteral("a.b-c@skola.nacka.se")));
    EXPECT_FALSE(Person::isEmailAddress(QStringLiteral("a@b")));
    EXPECT_FALSE(Person::isEmailAddress(QStringLiteral("a b@c.se")));
    EXPECT_FALSE(Person::isEmailAddress(QStringLiteral("@c.se")));
}
