// The decision and assignment registers on both backends: references, order, filters, counts
// and paging (the text filter is full-text search, on the local file only until the server's
// search is done).

#include "RegisterRepository.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "RecordEdits.h"
#include "TestBackend.h"

using namespace minutebook;
using namespace minutebook::test;

namespace {
Meeting meetingWith(const QDate &date, int decisions, const QString &assignee, ActionStatus status)
{
    Meeting m = smallMeeting();
    m.date = date;
    for (int i = 0; i < decisions; ++i)
        m.items[0].decisions.append({0, 0, QStringLiteral("Beslut %1").arg(i + 1)});
    ActionItem a;
    a.text = QStringLiteral("Uppdrag till %1").arg(assignee);
    a.assignee = assignee;
    a.due = date.addDays(30);
    a.status = status;
    m.items[0].actions = {a};
    return m;
}

class RegisterRepositoryTest : public BackendTest
{
protected:
    /// Two meetings of two bodies: SG 2024-02-06 (one decision, Tony Mufic's open assignment,
    /// item "Skolvalet") and LG 2024-03-12 (two decisions, the second about "Öppet hus", Åsa
    /// Berg's assignment done).
    void insertTwoBodiesMeetings() const
    {
        MeetingRepository meetings(database());
        Meeting a
            = meetingWith(QDate(2024, 2, 6), 1, QStringLiteral("Tony Mufic"), ActionStatus::Open);
        a.items[0].title = QStringLiteral("Skolvalet");
        a.body.shortName = QStringLiteral("SG");
        a.body.name = QStringLiteral("Styrgruppen");
        Meeting b
            = meetingWith(QDate(2024, 3, 12), 2, QStringLiteral("Åsa Berg"), ActionStatus::Done);
        b.items[0].decisions[1].text = QStringLiteral("Ärendet om Öppet hus bordläggs.");
        ASSERT_TRUE(meetings.insert(a).ok());
        ASSERT_TRUE(meetings.insert(b).ok());
    }
};
} // namespace

TEST_P(RegisterRepositoryTest, DecisionsAreCitableAndNewestFirst)
{
    MeetingRepository meetings(database());
    Meeting older = meetingWith(QDate(2024, 2, 6), 1, QStringLiteral("A"), ActionStatus::Open);
    Meeting newer = meetingWith(QDate(2024, 3, 12), 2, QStringLiteral("B"), ActionStatus::Done);
    ASSERT_TRUE(meetings.insert(older).ok());
    ASSERT_TRUE(meetings.insert(newer).ok());
    RegisterRepository registers(database());
    auto rows = registers.decisions();
    ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(0).reference, QStringLiteral("LG 2024-03-12 §1:1"));
    EXPECT_EQ(rows->at(1).reference, QStringLiteral("LG 2024-03-12 §1:2"));
    EXPECT_EQ(rows->at(2).reference, QStringLiteral("LG 2024-02-06 §1"));
    EXPECT_EQ(rows->at(2).itemTitle, QStringLiteral("Budget 2025"));
    RegisterFilter from;
    from.from = QDate(2024, 3, 1);
    EXPECT_EQ(registers.decisions(from)->size(), 2);
}

TEST_P(RegisterRepositoryTest, ActionsFilterByStatusAndAssignee)
{
    MeetingRepository meetings(database());
    Meeting a
        = meetingWith(QDate(2024, 2, 6), 0, QStringLiteral("Lila Ericsson"), ActionStatus::Open);
    Meeting b
        = meetingWith(QDate(2024, 3, 12), 0, QStringLiteral("Tony Mufic"), ActionStatus::Done);
    ASSERT_TRUE(meetings.insert(a).ok());
    ASSERT_TRUE(meetings.insert(b).ok());
    RegisterRepository registers(database());
    EXPECT_EQ(registers.actions()->size(), 2);
    RegisterFilter open;
    open.openOnly = true;
    auto rows = registers.actions(open);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).assignee, QStringLiteral("Lila Ericsson"));
    EXPECT_EQ(rows->at(0).due, QDate(2024, 3, 7));
    RegisterFilter who;
    who.assignee = QStringLiteral("Tony Mufic");
    EXPECT_EQ(registers.actions(who)->size(), 1);
}

TEST_P(RegisterRepositoryTest, CarriedForwardAssignmentAppearsOnceAsItsLatestCopy)
{
    MeetingRepository meetings(database());
    Meeting first
        = meetingWith(QDate(2024, 2, 6), 0, QStringLiteral("Lila Ericsson"), ActionStatus::Open);
    ASSERT_TRUE(meetings.insert(first).ok());
    Meeting next = smallMeeting(QStringLiteral("Uppföljning av uppdrag"));
    next.date = QDate(2024, 3, 12);
    ActionItem carried = first.items.at(0).actions.at(0);
    carried.id = 0;
    carried.originActionId = first.items.at(0).actions.at(0).id;
    next.items[0].actions = {carried};
    ASSERT_TRUE(meetings.insert(next).ok());
    auto rows = RegisterRepository(database()).actions();
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).meetingId, next.id);
    auto loaded = meetings.load(next.id);
    EXPECT_EQ(loaded->items.at(0).actions.at(0).originMeetingId, first.id);
}

TEST_P(RegisterRepositoryTest, SortsPagesAndCounts)
{
    ASSERT_NO_FATAL_FAILURE(insertTwoBodiesMeetings());
    RegisterRepository registers(database());
    EXPECT_EQ(registers.decisionCount().value(), 3);
    EXPECT_EQ(registers.actionCount().value(), 2);

    RegisterFilter oldest;
    oldest.sort = RegisterSort::Date;
    EXPECT_EQ(registers.decisions(oldest)->at(0).date, QDate(2024, 2, 6));
    oldest.descending = true;
    EXPECT_EQ(registers.decisions(oldest)->at(0).date, QDate(2024, 3, 12));
    RegisterFilter byReference;
    byReference.sort = RegisterSort::Reference;
    EXPECT_EQ(registers.decisions(byReference)->at(0).bodyShortName, QStringLiteral("LG"));
    byReference.descending = true;
    EXPECT_EQ(registers.decisions(byReference)->at(0).bodyShortName, QStringLiteral("SG"));

    RegisterFilter byAssignee;
    byAssignee.sort = RegisterSort::Assignee;
    EXPECT_EQ(registers.actions(byAssignee)->at(0).assignee, QStringLiteral("Tony Mufic"));
    byAssignee.descending = true;
    EXPECT_EQ(registers.actions(byAssignee)->at(0).assignee, QStringLiteral("Åsa Berg"));
    RegisterFilter done;
    done.doneOnly = true;
    EXPECT_EQ(registers.actionCount(done).value(), 1);
    EXPECT_EQ(registers.assignees().value(),
        QStringList({QStringLiteral("Tony Mufic"), QStringLiteral("Åsa Berg")}));

    RegisterFilter page;
    page.limit = 1;
    page.offset = 2;
    ASSERT_EQ(registers.decisions(page)->size(), 1);
    EXPECT_EQ(registers.decisions(page)->at(0).date, QDate(2024, 2, 6));
}

TEST_P(RegisterRepositoryTest, FiltersByWords)
{
    ASSERT_NO_FATAL_FAILURE(insertTwoBodiesMeetings());
    RegisterRepository registers(database());
    // Word starts, Swedish letters and case; decision text or item title.
    RegisterFilter words;
    words.text = QStringLiteral("öppet");
    auto found = registers.decisions(words);
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->at(0).reference, QStringLiteral("LG 2024-03-12 §1:2"));
    EXPECT_EQ(registers.decisionCount(words).value(), 1);
    words.text = QStringLiteral("skolv");
    EXPECT_EQ(registers.decisions(words)->size(), 1) << "item title, word start";
    words.text = QStringLiteral("\" OR (");
    EXPECT_TRUE(registers.decisions(words).ok());

    RegisterFilter actionWords;
    actionWords.text = QStringLiteral("åsa");
    EXPECT_EQ(registers.actions(actionWords)->size(), 1) << "assignee is searchable";
}

TEST_P(RegisterRepositoryTest, AStatusSetByRecordEditsIsListedWithItsDayAndUnknownIdsAreRefused)
{
    MeetingRepository meetings(database());
    Meeting a = meetingWith(QDate(2024, 2, 6), 0, QStringLiteral("Tony Mufic"), ActionStatus::Open);
    ASSERT_TRUE(meetings.insert(a).ok());
    RegisterRepository registers(database());
    RecordEdits edits(database());
    const qint64 id = registers.actions()->at(0).actionId;
    ASSERT_TRUE(edits.setActionStatus(id, ActionStatus::Done, QDate(2024, 2, 20)).ok());
    EXPECT_EQ(registers.actions()->at(0).status, ActionStatus::Done);
    EXPECT_EQ(registers.actions()->at(0).statusDate, QDate(2024, 2, 20));
    EXPECT_EQ(meetings.load(a.id)->items.at(0).actions.at(0).status, ActionStatus::Done);
    RegisterFilter done;
    done.doneOnly = true;
    EXPECT_EQ(registers.actions(done)->size(), 1);
    ASSERT_TRUE(edits.setActionStatus(id, ActionStatus::Open, QDate()).ok());
    RegisterFilter open;
    open.openOnly = true;
    EXPECT_EQ(registers.actions(open)->size(), 1);
    EXPECT_FALSE(registers.actions(open)->at(0).statusDate.isValid());
    const Status missing = edits.setActionStatus(id + 1000, ActionStatus::Done, QDate());
    EXPECT_FALSE(missing.ok());
    EXPECT_FALSE(missing.error().isEmpty());
}

MINUTEBOOK_ON_BOTH_BACKENDS(RegisterRepositoryTest);
