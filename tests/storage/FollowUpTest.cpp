#include "FollowUp.h"
#include "AgendaEdits.h"
#include "BodyRepository.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "RegisterRepository.h"
#include "TestBackend.h"

using namespace minutebook;
using namespace minutebook::test;

namespace {
QStringList titles(const QVector<AgendaItem> &items)
{
    QStringList out;
    for (const AgendaItem &item : items)
        out << item.title;
    return out;
}

class FollowUpTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        db = &database();
        Meeting m = smallMeeting(QStringLiteral("Budget"));
        m.items[0].actions = {ActionItem {0, QStringLiteral("Lila återkommer."),
                                  QStringLiteral("Lila Ericsson"), QDate(2024, 3, 1)},
            ActionItem {
                0, QStringLiteral("Redan klart."), QStringLiteral("KG"), {}, ActionStatus::Done}};
        AgendaItem later;
        later.title = QStringLiteral("Lokaler");
        later.presenter = QStringLiteral("Karin Gerken");
        m.items << later;
        ASSERT_TRUE(MeetingRepository(*db).insert(m).ok());
        previous = m;
    }
    Meeting load(qint64 id) const
    {
        const Result<Meeting> m = MeetingRepository(*db).load(id);
        EXPECT_TRUE(m.ok()) << m.error().toStdString();
        return m.ok() ? m.value() : Meeting();
    }

    Database *db = nullptr;
    Meeting previous;
};
} // namespace

TEST_P(FollowUpTest, DeferCreatesTheLaterMeetingAsADraftAndUndoRemovesIt)
{
    FollowUp followUp(*db);
    const QDate later(2024, 3, 5);
    const Result<Deferral> d = followUp.deferItem(previous.items.at(1).id, later);
    ASSERT_TRUE(d.ok()) << d.error().toStdString();
    EXPECT_TRUE(d->createdMeeting);
    const Meeting target = load(d->meetingId);
    EXPECT_EQ(target.date, later);
    EXPECT_EQ(target.status, MeetingStatus::Draft);
    EXPECT_EQ(target.body.id, previous.body.id);
    EXPECT_EQ(target.place, previous.place);
    ASSERT_EQ(target.items.size(), 1);
    EXPECT_EQ(target.items.at(0).title, QStringLiteral("Lokaler"));
    EXPECT_EQ(target.items.at(0).presenter, QStringLiteral("Karin Gerken"));
    EXPECT_EQ(target.items.at(0).deferredFromItemId, previous.items.at(1).id);
    EXPECT_EQ(load(previous.id).items.at(1).deferredTo, later);
    EXPECT_FALSE(followUp.deferItem(previous.items.at(1).id, later.addDays(7)).ok());

    ASSERT_TRUE(followUp.undoDeferral(d.value()).ok());
    EXPECT_FALSE(MeetingRepository(*db).exists(d->meetingId).value());
    EXPECT_FALSE(load(previous.id).items.at(1).deferredTo.isValid());
}

TEST_P(FollowUpTest, DeferJoinsAnExistingMeetingAndRefusesEarlierDates)
{
    FollowUp followUp(*db);
    const Result<Deferral> first = followUp.deferItem(previous.items.at(0).id, QDate(2024, 3, 5));
    ASSERT_TRUE(first.ok());
    const Result<Deferral> second = followUp.deferItem(previous.items.at(1).id, QDate(2024, 3, 5));
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second->createdMeeting);
    EXPECT_EQ(second->meetingId, first->meetingId);
    EXPECT_EQ(titles(load(first->meetingId).items),
        (QStringList {QStringLiteral("Budget"), QStringLiteral("Lokaler")}));
    const Result<Deferral> earlier = followUp.deferItem(previous.items.at(1).id, previous.date);
    EXPECT_FALSE(earlier.ok());
    EXPECT_FALSE(earlier.error().isEmpty());
    // Undo of the second keeps the meeting, which still holds the first.
    ASSERT_TRUE(followUp.undoDeferral(second.value()).ok());
    EXPECT_EQ(titles(load(first->meetingId).items), QStringList {QStringLiteral("Budget")});
}

TEST_P(FollowUpTest, NewMeetingFromPreviousCarriesRosterOpenAssignmentsAndDeferredItems)
{
    RosterEntry member;
    member.person.name = QStringLiteral("Karin Gerken");
    member.groupLabel = QStringLiteral("Styrgruppen");
    ASSERT_TRUE(BodyRepository(*db).addToRoster(previous.body.id, member).ok());
    FollowUp followUp(*db);
    const QDate next(2024, 2, 13);
    // An item deferred to that date before the meeting existed, written as an import would:
    // the previous meeting comes in whole with the deferral in it.
    ASSERT_TRUE(MeetingRepository(*db).remove(previous.id).ok());
    previous.items[1].deferredTo = next;
    ASSERT_TRUE(MeetingRepository(*db).insert(previous).ok());

    const Result<qint64> created = followUp.createFromPrevious(previous.id, next);
    ASSERT_TRUE(created.ok()) << created.error().toStdString();
    const Meeting m = load(created.value());
    EXPECT_EQ(m.date, next);
    EXPECT_EQ(m.status, MeetingStatus::Draft);
    EXPECT_EQ(m.place, previous.place);
    EXPECT_EQ(m.start, previous.start);
    EXPECT_EQ(m.end, previous.end);
    ASSERT_EQ(m.attendees.size(), 1);
    EXPECT_EQ(m.attendees.at(0).person.name, QStringLiteral("Karin Gerken"));
    EXPECT_EQ(m.attendees.at(0).groupLabel, QStringLiteral("Styrgruppen"));
    QStringList expected = FollowUp::openingTitles();
    expected << FollowUp::followUpTitle() << QStringLiteral("Lokaler") << FollowUp::closingTitles();
    EXPECT_EQ(titles(m.items), expected);
    const AgendaItem &follow = m.items.at(2);
    ASSERT_EQ(follow.actions.size(), 1);
    EXPECT_EQ(follow.actions.at(0).text, QStringLiteral("Lila återkommer."));
    EXPECT_EQ(follow.actions.at(0).originActionId, previous.items.at(0).actions.at(0).id);
    EXPECT_EQ(m.items.at(3).deferredFromItemId, previous.items.at(1).id);

    // The register lists the carried assignment once, as its latest copy.
    RegisterFilter open;
    open.openOnly = true;
    const auto actions = RegisterRepository(*db).actions(open);
    ASSERT_TRUE(actions.ok());
    ASSERT_EQ(actions->size(), 1);
    EXPECT_EQ(actions->at(0).meetingId, m.id);
    EXPECT_EQ(m.preparedFromId, previous.id);
    // The same date again is refused instead of doubling the standard items.
    EXPECT_FALSE(followUp.createFromPrevious(previous.id, next).ok());
}

TEST_P(FollowUpTest, APreparedMeetingIsKnownByDataWhateverTheLanguageOfItsTitles)
{
    FollowUp followUp(*db);
    const QDate next(2024, 2, 13);
    const Result<qint64> created = followUp.createFromPrevious(previous.id, next);
    ASSERT_TRUE(created.ok()) << created.error().toStdString();
    // The program ran in another language then: the standard items carry other titles.
    Meeting m = load(created.value());
    QVector<AgendaItem> renamed;
    for (AgendaItem item : m.items) {
        item.title = QStringLiteral("Punkt på ett annat språk");
        renamed << item;
    }
    ASSERT_TRUE(AgendaEdits(*db).saveFields(nullptr, renamed).ok());
    const Result<qint64> again = followUp.createFromPrevious(previous.id, next);
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(load(created.value()).items.size(), m.items.size());
}

TEST_P(FollowUpTest, NewMeetingCompletesTheDraftADeferralMade)
{
    FollowUp followUp(*db);
    const QDate next(2024, 2, 20);
    const Result<Deferral> d = followUp.deferItem(previous.items.at(1).id, next);
    ASSERT_TRUE(d.ok());
    const Result<qint64> created = followUp.createFromPrevious(previous.id, next);
    ASSERT_TRUE(created.ok()) << created.error().toStdString();
    EXPECT_EQ(created.value(), d->meetingId);
    const Meeting m = load(created.value());
    // Without a roster, the members of the previous meeting.
    ASSERT_EQ(m.attendees.size(), 1);
    EXPECT_EQ(m.attendees.at(0).person.name, QStringLiteral("Lila Ericsson"));
    QStringList expected = FollowUp::openingTitles();
    expected << FollowUp::followUpTitle() << QStringLiteral("Lokaler") << FollowUp::closingTitles();
    EXPECT_EQ(titles(m.items), expected);
    EXPECT_EQ(m.items.at(3).id, d->copyId);
}

TEST_P(FollowUpTest, ProposesTheBodysUsualInterval)
{
    FollowUp followUp(*db);
    EXPECT_EQ(followUp.proposedDate(previous.id).value(), previous.date.addDays(7));
    Meeting earlier = smallMeeting();
    earlier.date = previous.date.addDays(-14);
    ASSERT_TRUE(MeetingRepository(*db).insert(earlier).ok());
    EXPECT_EQ(followUp.proposedDate(previous.id).value(), previous.date.addDays(14));
    EXPECT_FALSE(followUp.proposedDate(999).ok());
}

MINUTEBOOK_ON_BOTH_BACKENDS(FollowUpTest);
