#pragma once

// Approval ("justering") of a meeting's minutes, the one writer of the approvals, the meeting
// log and a meeting's status. Approving records who approved and when with the fingerprint of
// what they approved (MeetingFingerprint) and freezes the meeting (ApprovedRule); reopening
// needs a reason and keeps every earlier approval; verify() tells whether the stored minutes
// still match their fingerprint, so a change made behind the program's back is found.

#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace minutebook {

struct ApprovalRequest
{
    QStringList by; ///< one or two approvers; attendees of the meeting when it has any
    QDate date; ///< invalid: today
    /// Who records it (the log's actor); empty: the approvers.
    QString recordedBy;
};

/// A correction of approved minutes: one field (AmendmentTarget::key()), its new text, why and
/// by whom.
struct CorrectionRequest
{
    QString target;
    QString newText;
    QString reason;
    QString by;
};

/// What verify() found.
struct Verification
{
    enum class State {
        Draft, ///< not approved (maybe approved earlier and reopened)
        NotRecorded, ///< approved before the program recorded approvals: nothing to check
        Matches, ///< the stored minutes are what was approved
        Differs, ///< the stored minutes changed after approval
        UnknownVersion, ///< the fingerprint is of a version this program does not know
    };
    State state = State::Draft;
    Approval approval; ///< the current approval (when recorded)
    QString fingerprint; ///< the stored minutes' fingerprint now (when it could be computed)
};

/// One entry of a meeting's log.
struct MeetingLogEntry
{
    QDateTime recordedAt; ///< UTC
    QString event; ///< "approved", "approval-recorded", "reopened", "corrected"
    QString actor;
    QString reason;
    int approvalVersion = 0;
};

class Approvals
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::Approvals)

public:
    explicit Approvals(const Database &database);

    /// Renders the archival PDF/A of approved minutes (the meeting as approved, with its
    /// approval and fingerprint). The layers that can render (the window, minutebook-export)
    /// set it; approval then stores the document with the approval, in the same transaction.
    using DocumentRenderer = std::function<Result<QByteArray>(const Meeting &)>;
    void setDocumentRenderer(DocumentRenderer renderer) { m_renderer = std::move(renderer); }

    /// Approves a draft, or records the approval of a meeting approved before the program
    /// recorded approvals. Refuses an approval already recorded, approvers who did not attend,
    /// more than two, none, and a date before the meeting. The approval made.
    Result<Approval> approve(qint64 meetingId, const ApprovalRequest &request);
    /// Corrects one field of approved minutes: the minutes stay approved, the correction is
    /// kept as an amendment (who, when, why, old → new) and makes the next approval version,
    /// with a new fingerprint and a new archival copy; the earlier ones are kept.
    Result<Approval> correct(qint64 meetingId, const CorrectionRequest &request);
    /// Makes an approved meeting a draft again; `reason` is required and logged with `actor`.
    Status reopen(qint64 meetingId, const QString &actor, const QString &reason);
    Result<Verification> verify(qint64 meetingId) const;
    /// Every approval of the meeting, first first (the current one last while approved).
    Result<QVector<Approval>> history(qint64 meetingId) const;
    /// The meeting's log, oldest first.
    Result<QVector<MeetingLogEntry>> log(qint64 meetingId) const;

    /// The archival copy stored with the current approval of approved minutes; empty for a
    /// draft and when none was stored.
    Result<QByteArray> storedDocument(qint64 meetingId) const;
    /// The stored copies of those of `meetings` that are approved and have one, by id.
    Result<QHash<qint64, QByteArray>> storedDocuments(const QVector<Meeting> &meetings) const;

    /// Who is at the keyboard (the login name), for the log when nobody else is named.
    static QString loginName();

    /// The latest approval of the meeting (version 0 when none), read through the archive's kept
    /// statements.
    static Result<Approval> latest(const Database &database, qint64 meetingId);

private:
    Result<Approval> approveInTransaction(qint64 meetingId, const ApprovalRequest &request);
    Result<Approval> correctInTransaction(qint64 meetingId, const CorrectionRequest &request);
    /// Writes approval `approval` (fingerprint of `meeting` as approved, with its archival copy).
    Result<Approval> record(Meeting meeting, Approval approval);
    Status addLog(qint64 meetingId, const QString &event, const QString &actor,
        const QString &reason, int approvalVersion);

    const Database &m_database;
    DocumentRenderer m_renderer;
};

} // namespace minutebook
