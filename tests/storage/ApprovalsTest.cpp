// Approval as storage records it: approving freezes the minutes and records who, when and the
// fingerprint; wrong approvers and dates are refused; reopening needs a reason and keeps the
// earlier approval; a change made to any frozen column behind the program's back (plain SQL on
// the archive) is caught by verify(), while follow-up (an assignment's status) is not a change;
// minutes approved before the program recorded approvals are said to be so and can have their
// approval recorded. On both backends.

#include "Approvals.h"
#include "AgendaEdits.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "MeetingRules.h"
#include "RecordEdits.h"
#include "TestBackend.h"

#include <QRegularExpression>
#include <QSqlError>

using namespace minutebook;
using namespace minutebook::test;

namespace {
class ApprovalsTest : public BackendTest
{
protected:
    /// The sample minutes as a new meeting (the archive gives the ids); their id.
    qint64 insertSample() const
    {
        Meeting m = sampleMeeting();
        m.id = 0;
        m.body.id = 0;
        for (Attendance &attendee : m.attendees)
            attendee.person.id = 0;
        const Status inserted = MeetingRepository(database()).insert(m);
        EXPECT_TRUE(inserted.ok()) << inserted.error().toStdString();
        return m.id;
    }
    /// Runs `change` behind the program's back; how many rows it changed (-1: it failed).
    int changeBehindTheBack(const QString &change) const
    {
        QSqlQuery q(database().connection());
        const bool ok = q.exec(change);
        EXPECT_TRUE(ok) << change.toStdString() << ": " << q.lastError().text().toStdString();
        return ok ? q.numRowsAffected() : -1;
    }
};

ApprovalRequest request(const QStringList &by, const QDate &date = QDate(2024, 2, 13))
{
    ApprovalRequest r;
    r.by = by;
    r.date = date;
    return r;
}

Verification::State verified(const Database &db, qint64 id)
{
    const auto v = Approvals(db).verify(id);
    EXPECT_TRUE(v.ok()) << v.error().toStdString();
    return v.ok() ? v.value().state : Verification::State::Draft;
}
} // namespace

TEST_P(ApprovalsTest, ApprovingFreezesTheMinutesAndRecordsWhoWhenAndWhat)
{
    const qint64 id = insertSample();
    Approvals approvals(database());
    EXPECT_EQ(verified(database(), id), Verification::State::Draft);
    // Names as typed (case, spaces) become the attendance's spelling.
    const auto approved = approvals.approve(
        id, request({QStringLiteral("lila  ericsson"), QStringLiteral("Maria Holm")}));
    ASSERT_TRUE(approved.ok()) << approved.error().toStdString();
    EXPECT_EQ(approved->version, 1);
    EXPECT_EQ(
        approved->by, QStringList({QStringLiteral("Lila Ericsson"), QStringLiteral("Maria Holm")}));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                    .match(approved->fingerprint)
                    .hasMatch());
    const Meeting loaded = MeetingRepository(database()).load(id).value();
    EXPECT_EQ(loaded.status, MeetingStatus::Approved);
    EXPECT_EQ(loaded.approval.by, approved->by);
    EXPECT_EQ(loaded.approval.date, QDate(2024, 2, 13));
    EXPECT_EQ(loaded.approval.fingerprint, approved->fingerprint);
    EXPECT_EQ(loaded.approval.fingerprintVersion, 1);
    EXPECT_EQ(verified(database(), id), Verification::State::Matches);
    const auto log = approvals.log(id);
    ASSERT_TRUE(log.ok());
    ASSERT_EQ(log->size(), 1);
    EXPECT_EQ(log->at(0).event, QStringLiteral("approved"));
    EXPECT_EQ(log->at(0).actor, QStringLiteral("Lila Ericsson, Maria Holm"));
    EXPECT_EQ(log->at(0).approvalVersion, 1);
    EXPECT_TRUE(log->at(0).recordedAt.isValid());

    // Frozen for every writer; the assignment's status is follow-up and still changes.
    const Status removed = AgendaEdits(database()).removeItem(loaded.items.at(1).id);
    EXPECT_EQ(removed.error(), MeetingRules::frozenMessage());
    const qint64 action = loaded.items.at(1).actions.at(0).id;
    EXPECT_TRUE(RecordEdits(database())
                    .setActionStatus(action, ActionStatus::Done, QDate(2024, 3, 2))
                    .ok());
    EXPECT_EQ(verified(database(), id), Verification::State::Matches);
    // Approved once: a second approval is refused.
    const auto again = approvals.approve(id, request({QStringLiteral("Maria Holm")}));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("already approved")))
        << again.error().toStdString();
}

TEST_P(ApprovalsTest, WrongApproversAndDatesAreRefusedAndNothingIsWritten)
{
    const qint64 id = insertSample();
    Approvals approvals(database());
    const auto refused = [&](const ApprovalRequest &r, const QString &says) {
        const auto result = approvals.approve(id, r);
        EXPECT_FALSE(result.ok());
        EXPECT_TRUE(result.error().contains(says)) << result.error().toStdString();
    };
    refused(request({}), QStringLiteral("Say who approved"));
    refused(request({QStringLiteral("  ")}), QStringLiteral("Say who approved"));
    refused(request({QStringLiteral("Lila Ericsson"), QStringLiteral("Maria Holm"),
                QStringLiteral("Antonio Alas")}),
        QStringLiteral("one or two persons"));
    // The absentee did not attend; the message names those who did.
    refused(request({QStringLiteral("Karin Gerken")}),
        QStringLiteral("Karin Gerken did not attend the meeting. Those who did: Lila Ericsson, "
                       "Maria Holm, Antonio Alas."));
    refused(request({QStringLiteral("Lila Ericsson")}, QDate(2024, 2, 5)),
        QStringLiteral("before the meeting (2024-02-06)"));
    EXPECT_EQ(MeetingRepository(database()).load(id)->status, MeetingStatus::Draft);
    EXPECT_TRUE(approvals.history(id)->isEmpty());
    EXPECT_TRUE(approvals.log(id)->isEmpty());
    // The same person twice is one approver; the meeting's own day is a valid date.
    const auto ok = approvals.approve(id,
        request(
            {QStringLiteral("Lila Ericsson"), QStringLiteral("LILA ERICSSON")}, QDate(2024, 2, 6)));
    ASSERT_TRUE(ok.ok()) << ok.error().toStdString();
    EXPECT_EQ(ok->by, QStringList {QStringLiteral("Lila Ericsson")});
}

TEST_P(ApprovalsTest, ReopeningNeedsAReasonAndKeepsTheEarlierApproval)
{
    const qint64 id = insertSample();
    Approvals approvals(database());
    const auto first = approvals.approve(id, request({QStringLiteral("Lila Ericsson")}));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(approvals.reopen(id, QStringLiteral("Eva"), QStringLiteral(" ")).error(),
        QStringLiteral("Say why the minutes are reopened."));
    EXPECT_EQ(MeetingRepository(database()).load(id)->status, MeetingStatus::Approved);
    ASSERT_TRUE(
        approvals.reopen(id, QStringLiteral("Eva"), QStringLiteral("Fel datum i punkt 2")).ok());
    Meeting draft = MeetingRepository(database()).load(id).value();
    EXPECT_EQ(draft.status, MeetingStatus::Draft);
    EXPECT_FALSE(draft.approval.isRecorded());
    EXPECT_EQ(verified(database(), id), Verification::State::Draft);
    EXPECT_FALSE(approvals.reopen(id, QStringLiteral("Eva"), QStringLiteral("igen")).ok());
    // Editable again; approving again makes version 2 and keeps version 1.
    AgendaItem renamed = draft.items.at(1);
    renamed.title = QStringLiteral("Betyg");
    ASSERT_TRUE(AgendaEdits(database()).saveFields(nullptr, {renamed}).ok());
    const auto second
        = approvals.approve(id, request({QStringLiteral("Maria Holm")}, QDate(2024, 2, 20)));
    ASSERT_TRUE(second.ok()) << second.error().toStdString();
    EXPECT_EQ(second->version, 2);
    EXPECT_NE(second->fingerprint, first->fingerprint);
    const auto history = approvals.history(id);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).fingerprint, first->fingerprint);
    EXPECT_EQ(history->at(0).by, QStringList {QStringLiteral("Lila Ericsson")});
    EXPECT_EQ(history->at(1).version, 2);
    const auto log = approvals.log(id).value();
    ASSERT_EQ(log.size(), 3);
    EXPECT_EQ(log.at(1).event, QStringLiteral("reopened"));
    EXPECT_EQ(log.at(1).actor, QStringLiteral("Eva"));
    EXPECT_EQ(log.at(1).reason, QStringLiteral("Fel datum i punkt 2"));
    EXPECT_EQ(log.at(1).approvalVersion, 1);
    EXPECT_EQ(log.at(2).event, QStringLiteral("approved"));
    EXPECT_EQ(verified(database(), id), Verification::State::Matches);
}

TEST_P(ApprovalsTest, AChangeBehindTheProgramsBackToAnyFrozenColumnIsFound)
{
    // Each statement changes one frozen column of the approved meeting (or adds or removes a
    // row); on the archive as approved each time (the change is rolled back after), verify()
    // must see it.
    const QStringList changes = {
        QStringLiteral("UPDATE meetings SET title = 'Extrainsatt möte'"),
        QStringLiteral("UPDATE meetings SET meeting_date = '2024-02-07'"),
        QStringLiteral("UPDATE meetings SET start_time = '13:00'"),
        QStringLiteral("UPDATE meetings SET end_time = NULL"),
        QStringLiteral("UPDATE meetings SET place = 'Aulan'"),
        QStringLiteral("UPDATE meetings SET minute_taker = 'Någon annan'"),
        QStringLiteral("UPDATE meetings SET notes = 'Tillagt i efterhand'"),
        QStringLiteral("UPDATE bodies SET name = 'Ledningsgruppen'"),
        QStringLiteral("UPDATE bodies SET short_name = 'LGR'"),
        QStringLiteral("UPDATE bodies SET organisation = ''"),
        QStringLiteral("UPDATE persons SET name = 'Lila Eriksson' WHERE name = 'Lila Ericsson'"),
        QStringLiteral("UPDATE attendance SET status = 'absent' WHERE status = 'present' AND "
                       "group_label = 'LG'"),
        QStringLiteral("UPDATE attendance SET group_label = 'SG' WHERE group_label = 'LG'"),
        QStringLiteral("UPDATE attendance SET note = 'Kom sent' WHERE status = 'present'"),
        QStringLiteral("UPDATE attendance SET position = 10 - position"),
        QStringLiteral("DELETE FROM attendance WHERE status = 'guest'"),
        QStringLiteral("UPDATE agenda_items SET title = 'Ny rubrik' WHERE title = 'Skolplikt'"),
        QStringLiteral("UPDATE agenda_items SET presenter = 'Ingen' WHERE presenter <> ''"),
        QStringLiteral("UPDATE agenda_items SET responsible = 'XY' WHERE responsible = 'LE'"),
        QStringLiteral("UPDATE agenda_items SET body = body || ' Tillägg.' WHERE body <> ''"),
        QStringLiteral("UPDATE agenda_items SET deferred_to = '2024-04-01' WHERE deferred_to IS "
                       "NOT NULL"),
        QStringLiteral("UPDATE agenda_items SET position = 5 - position WHERE parent_id IS NULL"),
        QStringLiteral("UPDATE agenda_items SET parent_id = NULL WHERE title = 'Skolplikt'"),
        QStringLiteral("DELETE FROM agenda_items WHERE title = 'Hackshield prisutdelning'"),
        QStringLiteral("UPDATE decisions SET text = 'Ledningsgruppen beslutar att avslå.'"),
        QStringLiteral("UPDATE decisions SET number = 2"),
        QStringLiteral("INSERT INTO decisions (item_id, number, text) SELECT item_id, 9, 'Nytt' "
                       "FROM decisions"),
        QStringLiteral("UPDATE actions SET text = 'Något annat.'"),
        QStringLiteral("UPDATE actions SET assignee = 'Maria Holm'"),
        QStringLiteral("UPDATE actions SET due_date = '2024-06-01'"),
        QStringLiteral("UPDATE approvals SET approved_by = 'Maria Holm'"),
        QStringLiteral("UPDATE approvals SET approved_on = '2024-02-14'"),
        QStringLiteral("UPDATE approvals SET fingerprint = '"
                       "0000000000000000000000000000000000000000000000000000000000000000'"),
    };
    const qint64 id = insertSample();
    ASSERT_TRUE(Approvals(database()).approve(id, request({QStringLiteral("Lila Ericsson")})).ok());
    for (const QString &change : changes) {
        SCOPED_TRACE(change.toStdString());
        ASSERT_EQ(verified(database(), id), Verification::State::Matches);
        ASSERT_TRUE(archive().exec(QStringLiteral("BEGIN")));
        ASSERT_GT(changeBehindTheBack(change), 0) << "the change must change something";
        const auto v = Approvals(database()).verify(id);
        ASSERT_TRUE(archive().exec(QStringLiteral("ROLLBACK")));
        ASSERT_TRUE(v.ok()) << v.error().toStdString();
        EXPECT_EQ(v->state, Verification::State::Differs);
    }
    EXPECT_EQ(verified(database(), id), Verification::State::Matches);
}

TEST_P(ApprovalsTest, FollowUpBehindTheProgramsBackIsNotAChange)
{
    const qint64 id = insertSample();
    ASSERT_TRUE(Approvals(database()).approve(id, request({QStringLiteral("Maria Holm")})).ok());
    ASSERT_TRUE(archive().exec(
        QStringLiteral("UPDATE actions SET status = 'done', status_date = '2024-03-01'")));
    // Persons' details the minutes do not show.
    ASSERT_TRUE(
        archive().exec(QStringLiteral("UPDATE persons SET initials = 'ZZ', title = 'Rektor'")));
    EXPECT_EQ(verified(database(), id), Verification::State::Matches);
}

TEST_P(ApprovalsTest, MinutesApprovedBeforeTheProgramRecordedApprovalsCanBeRecorded)
{
    const qint64 id = insertSample();
    ASSERT_TRUE(MeetingRepository(database()).setStatus(id, MeetingStatus::Approved).ok());
    Approvals approvals(database());
    EXPECT_EQ(verified(database(), id), Verification::State::NotRecorded);
    EXPECT_FALSE(MeetingRepository(database()).load(id)->approval.isRecorded());
    ApprovalRequest r = request({QStringLiteral("Lila Ericsson")});
    r.recordedBy = QStringLiteral("Admin");
    const auto recorded = approvals.approve(id, r);
    ASSERT_TRUE(recorded.ok()) << recorded.error().toStdString();
    EXPECT_EQ(recorded->version, 1);
    EXPECT_EQ(MeetingRepository(database()).load(id)->status, MeetingStatus::Approved);
    EXPECT_EQ(verified(database(), id), Verification::State::Matches);
    const auto log = approvals.log(id).value();
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.at(0).event, QStringLiteral("approval-recorded"));
    EXPECT_EQ(log.at(0).actor, QStringLiteral("Admin"));
}

TEST_P(ApprovalsTest, AMissingMeetingIsSaidSo)
{
    Approvals approvals(database());
    EXPECT_EQ(approvals.approve(99, request({QStringLiteral("A")})).error(),
        QStringLiteral("There is no meeting with id 99."));
    EXPECT_EQ(approvals.reopen(99, QString(), QStringLiteral("x")).error(),
        QStringLiteral("There is no meeting with id 99."));
    EXPECT_EQ(approvals.verify(99).error(), QStringLiteral("There is no meeting with id 99."));
}

TEST_P(ApprovalsTest, TheArchivalCopyIsRenderedOnceFromTheApprovedMinutesAndStored)
{
    const qint64 id = insertSample();
    Approvals approvals(database());
    Meeting rendered;
    int calls = 0;
    approvals.setDocumentRenderer([&](const Meeting &m) -> Result<QByteArray> {
        rendered = m;
        ++calls;
        return QByteArray("%PDF archival ") + m.approval.fingerprint.toLatin1();
    });
    const auto approved = approvals.approve(id, request({QStringLiteral("Maria Holm")}));
    ASSERT_TRUE(approved.ok()) << approved.error().toStdString();
    EXPECT_EQ(calls, 1);
    // The document is made of the minutes as approved: it says so, with the fingerprint.
    EXPECT_EQ(rendered.status, MeetingStatus::Approved);
    EXPECT_EQ(rendered.approval.fingerprint, approved->fingerprint);
    EXPECT_EQ(rendered.approval.by, QStringList {QStringLiteral("Maria Holm")});
    EXPECT_EQ(rendered.items.size(), 3);
    EXPECT_EQ(approvals.storedDocument(id).value(),
        QByteArray("%PDF archival ") + approved->fingerprint.toLatin1());
    // Reopened: no current copy (the old one stays with its approval).
    ASSERT_TRUE(approvals.reopen(id, QStringLiteral("Eva"), QStringLiteral("Fel")).ok());
    EXPECT_TRUE(approvals.storedDocument(id).value().isEmpty());
    // A copy that cannot be made stops the approval: nothing is half done.
    approvals.setDocumentRenderer(
        [](const Meeting &) { return Result<QByteArray>::failure(QStringLiteral("no fonts")); });
    const auto failed = approvals.approve(id, request({QStringLiteral("Maria Holm")}));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error(), QStringLiteral("The archival copy could not be made: no fonts"));
    EXPECT_EQ(MeetingRepository(database()).load(id)->status, MeetingStatus::Draft);
    EXPECT_EQ(approvals.history(id)->size(), 1);
}

TEST_P(ApprovalsTest, ACorrectionLeavesATraceANewFingerprintAndKeepsTheOldOnes)
{
    const qint64 id = insertSample();
    Approvals approvals(database());
    int rendered = 0;
    approvals.setDocumentRenderer([&](const Meeting &m) -> Result<QByteArray> {
        ++rendered;
        return QByteArray("%PDF v") + QByteArray::number(m.approval.version);
    });
    const auto first = approvals.approve(id, request({QStringLiteral("Lila Ericsson")}));
    ASSERT_TRUE(first.ok());
    const Meeting approved = MeetingRepository(database()).load(id).value();
    const qint64 decision = approved.items.at(1).decisions.at(0).id;
    CorrectionRequest correction;
    correction.target = QStringLiteral("decision:%1:text").arg(decision);
    correction.newText = QStringLiteral("Ledningsgruppen beslutar att följa upp i juni.");
    correction.reason = QStringLiteral("Fel månad i beslutet");
    correction.by = QStringLiteral("Maria Boman Hansson");
    const auto corrected = approvals.correct(id, correction);
    ASSERT_TRUE(corrected.ok()) << corrected.error().toStdString();
    EXPECT_EQ(corrected->version, 2);
    EXPECT_EQ(corrected->by, first->by); // the approval stands
    EXPECT_EQ(corrected->date, first->date);
    EXPECT_NE(corrected->fingerprint, first->fingerprint);
    EXPECT_EQ(rendered, 2);

    const Meeting m = MeetingRepository(database()).load(id).value();
    EXPECT_EQ(m.status, MeetingStatus::Approved);
    EXPECT_EQ(m.items.at(1).decisions.at(0).text, correction.newText);
    EXPECT_EQ(m.approval.version, 2);
    ASSERT_EQ(m.amendments.size(), 1);
    const Amendment &amendment = m.amendments.at(0);
    EXPECT_EQ(amendment.approvalVersion, 2);
    EXPECT_EQ(amendment.by, QStringLiteral("Maria Boman Hansson"));
    EXPECT_EQ(amendment.reason, QStringLiteral("Fel månad i beslutet"));
    EXPECT_EQ(amendment.target, correction.target);
    EXPECT_EQ(amendment.oldText, QStringLiteral("Ledningsgruppen beslutar att följa upp i maj."));
    EXPECT_EQ(amendment.newText, correction.newText);
    EXPECT_TRUE(amendment.recordedAt.isValid());
    // Verified against the new fingerprint; the old one and its copy are kept.
    EXPECT_EQ(verified(database(), id), Verification::State::Matches);
    const auto history = approvals.history(id).value();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).fingerprint, first->fingerprint);
    EXPECT_EQ(approvals.storedDocument(id).value(), QByteArray("%PDF v2"));
    EXPECT_EQ(archive()
                  .scalar(QStringLiteral("SELECT document FROM approvals WHERE version = 1"))
                  .toByteArray(),
        QByteArray("%PDF v1"));
    const auto log = approvals.log(id).value();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log.at(1).event, QStringLiteral("corrected"));
    EXPECT_EQ(log.at(1).reason, QStringLiteral("Fel månad i beslutet"));
    EXPECT_EQ(log.at(1).approvalVersion, 2);
    // The amendment is part of what the fingerprint covers.
    ASSERT_TRUE(archive().exec(QStringLiteral("UPDATE amendments SET reason = 'Annat'")));
    EXPECT_EQ(verified(database(), id), Verification::State::Differs);
}

TEST_P(ApprovalsTest, WrongCorrectionsAreRefusedAndChangeNothing)
{
    const qint64 id = insertSample();
    Approvals approvals(database());
    const Meeting draft = MeetingRepository(database()).load(id).value();
    CorrectionRequest c;
    c.target = QStringLiteral("meeting:%1:place").arg(id);
    c.newText = QStringLiteral("Saturnus");
    c.reason = QStringLiteral("Fel lokal");
    c.by = QStringLiteral("Eva");
    EXPECT_TRUE(approvals.correct(id, c).error().contains(QStringLiteral("Only approved")));
    ASSERT_TRUE(approvals.approve(id, request({QStringLiteral("Lila Ericsson")})).ok());
    const auto refused = [&](CorrectionRequest r, const QString &says) {
        const auto result = approvals.correct(id, r);
        EXPECT_FALSE(result.ok());
        EXPECT_TRUE(result.error().contains(says)) << result.error().toStdString();
    };
    CorrectionRequest r = c;
    r.reason = QStringLiteral(" ");
    refused(r, QStringLiteral("Say why"));
    r = c;
    r.by.clear();
    refused(r, QStringLiteral("Say who"));
    r = c;
    r.newText = QStringLiteral("Jupiter ");
    refused(r, QStringLiteral("the same as the old"));
    r = c;
    r.target = QStringLiteral("meeting:%1:status").arg(id); // not a text field
    refused(r, QStringLiteral("is not a field of these minutes"));
    r.target = QStringLiteral("item:99999:title"); // not in this meeting
    refused(r, QStringLiteral("is not a field of these minutes"));
    r.target = QStringLiteral("decision:1:text; DROP TABLE meetings");
    refused(r, QStringLiteral("is not a field of these minutes"));
    const Meeting after = MeetingRepository(database()).load(id).value();
    EXPECT_EQ(after.place, draft.place);
    EXPECT_TRUE(after.amendments.isEmpty());
    EXPECT_EQ(after.approval.version, 1);
    // Reopened and approved again: the corrections of the earlier approval are not listed.
    ASSERT_TRUE(approvals.correct(id, c).ok());
    ASSERT_EQ(MeetingRepository(database()).load(id)->amendments.size(), 1);
    ASSERT_TRUE(approvals.reopen(id, QStringLiteral("Eva"), QStringLiteral("Mer att ändra")).ok());
    ASSERT_TRUE(approvals.approve(id, request({QStringLiteral("Maria Holm")})).ok());
    const Meeting again = MeetingRepository(database()).load(id).value();
    EXPECT_EQ(again.approval.version, 3);
    EXPECT_TRUE(again.amendments.isEmpty());
    EXPECT_EQ(verified(database(), id), Verification::State::Matches);
}

MINUTEBOOK_ON_BOTH_BACKENDS(ApprovalsTest);
