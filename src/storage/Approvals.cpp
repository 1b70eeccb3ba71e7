#include "Approvals.h"

#include "StatementCache.h"

#include "AmendmentTarget.h"
#include "MeetingFingerprint.h"
#include "MeetingRepository.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace minutebook {

namespace {
const QString approvalColumns
    = QStringLiteral("version, approved_by, approved_on, fingerprint, fingerprint_version");

Approval readApproval(const QSqlQuery &q)
{
    Approval a;
    a.version = q.value(0).toInt();
    a.by = q.value(1).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    a.date = sql::toDate(q.value(2));
    a.fingerprint = q.value(3).toString();
    a.fingerprintVersion = q.value(4).toInt();
    return a;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// The approvers as the meeting's attendance names them; a failure names who attended.
Result<QStringList> approvers(const Meeting &meeting, const QStringList &given)
{
    QStringList out;
    for (const QString &name : given) {
        const QString n = name.simplified();
        if (!n.isEmpty() && !out.contains(n, Qt::CaseInsensitive))
            out.append(n);
    }
    if (out.isEmpty())
        return Result<QStringList>::failure(Approvals::tr("Say who approved the minutes."));
    if (out.size() > 2)
        return Result<QStringList>::failure(
            Approvals::tr("Minutes are approved by one or two persons, not %1.").arg(out.size()));
    QStringList attended;
    for (const Attendance &a : meeting.attendees) {
        if (a.status != AttendanceStatus::Absent)
            attended.append(a.person.name);
    }
    if (attended.isEmpty())
        return out; // attendance not recorded: nobody to compare with
    for (QString &n : out) {
        const auto found = std::find_if(attended.cbegin(), attended.cend(),
            [&](const QString &a) { return a.compare(n, Qt::CaseInsensitive) == 0; });
        if (found == attended.cend())
            return Result<QStringList>::failure(
                Approvals::tr("%1 did not attend the meeting. Those who did: %2.")
                    .arg(n, attended.join(QStringLiteral(", "))));
        n = *found;
    }
    return out;
}
} // namespace

Approvals::Approvals(const Database &database)
    : m_database(database)
{ }

QString Approvals::loginName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

Result<Approval> Approvals::latest(const Database &database, qint64 meetingId)
{
    auto run = database.statements().run(QStringLiteral("SELECT %1 FROM approvals WHERE "
                                                        "meeting_id = ? ORDER BY version DESC "
                                                        "LIMIT 1")
                                             .arg(approvalColumns),
        {meetingId});
    if (!run)
        return run.status();
    QSqlQuery &q = run.value().query();
    return q.next() ? readApproval(q) : Approval();
}

Result<Approval> Approvals::approve(qint64 meetingId, const ApprovalRequest &request)
{
    return Transaction::run(
        m_database.connection(), [&] { return approveInTransaction(meetingId, request); });
}

Result<Approval> Approvals::approveInTransaction(qint64 meetingId, const ApprovalRequest &request)
{
    MeetingRepository meetings(m_database);
    auto loaded = meetings.load(meetingId);
    if (!loaded)
        return loaded.status();
    Meeting meeting = loaded.value();
    const bool recordingOld = meeting.status == MeetingStatus::Approved;
    if (recordingOld && meeting.approval.isRecorded())
        return Result<Approval>::failure(tr("These minutes are already approved (by %1 on %2).")
                                             .arg(meeting.approval.by.join(QStringLiteral(", ")),
                                                 meeting.approval.date.toString(Qt::ISODate)));
    const auto by = approvers(meeting, request.by);
    if (!by)
        return by.status();
    const QDate date = request.date.isValid() ? request.date : QDate::currentDate();
    if (meeting.date.isValid() && date < meeting.date)
        return Result<Approval>::failure(tr("Minutes cannot be approved before the meeting (%1).")
                                             .arg(meeting.date.toString(Qt::ISODate)));
    const auto previous = latest(m_database, meetingId);
    if (!previous)
        return previous.status();
    Approval approval;
    approval.version = previous.value().version + 1;
    approval.by = by.value();
    approval.date = date;
    const auto recorded = record(meeting, approval);
    if (!recorded)
        return recorded;
    approval = recorded.value();
    const QString actor = request.recordedBy.isEmpty() ? approval.by.join(QStringLiteral(", "))
                                                       : request.recordedBy;
    if (Status s = addLog(meetingId,
            recordingOld ? QStringLiteral("approval-recorded") : QStringLiteral("approved"), actor,
            QString(), approval.version);
        !s)
        return s;
    if (!recordingOld) {
        if (Status s = meetings.setStatusInTransaction(meetingId, MeetingStatus::Approved); !s)
            return s;
    }
    return approval;
}

Result<Approval> Approvals::record(Meeting meeting, Approval approval)
{
    approval.fingerprintVersion = MeetingFingerprint::currentVersion;
    meeting.status = MeetingStatus::Approved;
    meeting.approval = approval;
    approval.fingerprint = MeetingFingerprint::of(meeting, approval.fingerprintVersion);
    QVariant document(QMetaType(QMetaType::QByteArray));
    if (m_renderer) {
        // The document as approved: it says so, by whom, and carries the fingerprint.
        meeting.approval = approval;
        const Result<QByteArray> rendered = m_renderer(meeting);
        if (!rendered)
            return Result<Approval>::failure(
                tr("The archival copy could not be made: %1").arg(rendered.error()));
        document = rendered.value();
    }
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("INSERT INTO approvals (meeting_id, %1, recorded_at, document) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(approvalColumns),
            {meeting.id, approval.version, approval.by.join(QLatin1Char('\n')),
                sql::date(approval.date), approval.fingerprint, approval.fingerprintVersion, now(),
                document});
        !s)
        return s;
    return approval;
}

Result<Approval> Approvals::correct(qint64 meetingId, const CorrectionRequest &request)
{
    return Transaction::run(
        m_database.connection(), [&] { return correctInTransaction(meetingId, request); });
}

Result<Approval> Approvals::correctInTransaction(qint64 meetingId, const CorrectionRequest &request)
{
    MeetingRepository meetings(m_database);
    auto loaded = meetings.load(meetingId);
    if (!loaded)
        return loaded.status();
    const Meeting &meeting = loaded.value();
    if (meeting.status != MeetingStatus::Approved)
        return Result<Approval>::failure(
            tr("Only approved minutes are corrected; a draft is simply changed."));
    if (!meeting.approval.isRecorded())
        return Result<Approval>::failure(
            tr("Record who approved these minutes first; then they can be corrected."));
    const std::optional<AmendmentTarget> target = AmendmentTarget::fromKey(request.target);
    const std::optional<QString> old = target ? target->text(meeting) : std::nullopt;
    if (!old)
        return Result<Approval>::failure(
            tr("“%1” is not a field of these minutes.").arg(request.target));
    if (request.reason.trimmed().isEmpty())
        return Result<Approval>::failure(tr("Say why the minutes are corrected."));
    if (request.by.trimmed().isEmpty())
        return Result<Approval>::failure(tr("Say who corrects the minutes."));
    if (request.newText.trimmed() == old->trimmed())
        return Result<Approval>::failure(tr("The new text is the same as the old one."));
    // A column of our own whitelist (AmendmentTarget::fields), never user text.
    static const char *const tables[] = {"meetings", "agenda_items", "decisions", "actions"};
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                .arg(QLatin1String(tables[int(target->record)]), target->field),
            {request.newText, target->id});
        !s)
        return s;
    Approval approval = meeting.approval;
    approval.version += 1;
    if (Status s = sql::exec(q,
            QStringLiteral("INSERT INTO amendments (meeting_id, approval_version, recorded_at, "
                           "actor, reason, target, old_text, new_text) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {meetingId, approval.version, now(), request.by.trimmed(), request.reason.trimmed(),
                target->key(), old.value(), request.newText});
        !s)
        return s;
    // The minutes as corrected, with their corrections (this one included), make the new
    // version.
    auto corrected = meetings.load(meetingId);
    if (!corrected)
        return corrected.status();
    const auto recorded = record(corrected.value(), approval);
    if (!recorded)
        return recorded;
    if (Status s = addLog(meetingId, QStringLiteral("corrected"), request.by.trimmed(),
            request.reason.trimmed(), approval.version);
        !s)
        return s;
    return recorded;
}

Status Approvals::reopen(qint64 meetingId, const QString &actor, const QString &reason)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        if (reason.trimmed().isEmpty())
            return Status::failure(tr("Say why the minutes are reopened."));
        MeetingRepository meetings(m_database);
        auto meeting = meetings.load(meetingId);
        if (!meeting)
            return meeting.status();
        if (meeting.value().status != MeetingStatus::Approved)
            return Status::failure(
                tr("These minutes are not approved; there is nothing to reopen."));
        if (Status s = addLog(meetingId, QStringLiteral("reopened"), actor.trimmed(),
                reason.trimmed(), meeting.value().approval.version);
            !s)
            return s;
        return meetings.setStatusInTransaction(meetingId, MeetingStatus::Draft);
    });
}

Result<Verification> Approvals::verify(qint64 meetingId) const
{
    auto meeting = MeetingRepository(m_database).load(meetingId);
    if (!meeting)
        return meeting.status();
    Verification out;
    const Meeting &m = meeting.value();
    out.approval = m.approval;
    if (m.status != MeetingStatus::Approved) {
        out.state = Verification::State::Draft;
        return out;
    }
    if (!m.approval.isRecorded()) {
        out.state = Verification::State::NotRecorded;
        return out;
    }
    if (!MeetingFingerprint::isKnown(m.approval.fingerprintVersion)) {
        out.state = Verification::State::UnknownVersion;
        return out;
    }
    out.fingerprint = MeetingFingerprint::of(m, m.approval.fingerprintVersion);
    out.state = out.fingerprint == m.approval.fingerprint ? Verification::State::Matches
                                                          : Verification::State::Differs;
    return out;
}

Result<QByteArray> Approvals::storedDocument(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT a.document FROM approvals a JOIN meetings m ON m.id = "
                           "a.meeting_id WHERE a.meeting_id = ? AND m.status = ? "
                           "ORDER BY a.version DESC LIMIT 1"),
            {meetingId, toString(MeetingStatus::Approved)});
        !s)
        return s;
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Result<QHash<qint64, QByteArray>> Approvals::storedDocuments(const QVector<Meeting> &meetings) const
{
    QHash<qint64, QByteArray> out;
    for (const Meeting &m : meetings) {
        if (m.status != MeetingStatus::Approved || !m.approval.isRecorded())
            continue;
        const Result<QByteArray> document = storedDocument(m.id);
        if (!document)
            return document.status();
        if (!document.value().isEmpty())
            out.insert(m.id, document.value());
    }
    return out;
}

Result<QVector<Approval>> Approvals::history(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT %1 FROM approvals WHERE meeting_id = ? ORDER BY version")
                .arg(approvalColumns),
            {meetingId});
        !s)
        return s;
    QVector<Approval> out;
    while (q.next())
        out.append(readApproval(q));
    return out;
}

Result<QVector<MeetingLogEntry>> Approvals::log(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT recorded_at, event, actor, reason, approval_version "
                           "FROM meeting_log WHERE meeting_id = ? ORDER BY id"),
            {meetingId});
        !s)
        return s;
    QVector<MeetingLogEntry> out;
    while (q.next()) {
        MeetingLogEntry e;
        e.recordedAt = sql::toDateTime(q.value(0));
        e.event = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.reason = q.value(3).toString();
        e.approvalVersion = q.value(4).toInt();
        out.append(e);
    }
    return out;
}

Status Approvals::addLog(qint64 meetingId, const QString &event, const QString &actor,
    const QString &reason, int approvalVersion)
{
    QSqlQuery q(m_database.connection());
    return sql::exec(q,
        QStringLiteral("INSERT INTO meeting_log (meeting_id, recorded_at, event, actor, reason, "
                       "approval_version) VALUES (?, ?, ?, ?, ?, ?)"),
        {meetingId, now(), event, actor, reason, sql::id(approvalVersion)});
}

} // namespace minutebook
