#include "AttendanceEdits.h"

#include "ApprovedRule.h"
#include "PersonRepository.h"
#include "SqlValues.h"
#include "Transaction.h"

namespace minutebook {

AttendanceEdits::AttendanceEdits(const Database &database)
    : m_database(database)
    , m_rule(database)
{ }

Status AttendanceEdits::setAttendance(qint64 meetingId, Attendance &attendance)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Meeting, meetingId);
            !meeting)
            return meeting.status();
        PersonRepository persons(m_database);
        if (Status s = persons.ensureInTransaction(attendance.person); !s)
            return s;
        QSqlQuery q(m_database.connection());
        return sql::exec(q,
            QStringLiteral(
                "INSERT INTO attendance (meeting_id, person_id, group_label, status, note, "
                "position) VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 "
                "FROM attendance WHERE meeting_id = ?)) "
                "ON CONFLICT (meeting_id, person_id) DO UPDATE SET "
                "group_label = excluded.group_label, status = excluded.status, "
                "note = excluded.note"),
            {meetingId, attendance.person.id, attendance.groupLabel, toString(attendance.status),
                attendance.note, meetingId});
    });
}

Status AttendanceEdits::removeAttendance(qint64 meetingId, qint64 personId)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Meeting, meetingId);
            !meeting)
            return meeting.status();
        QSqlQuery q(m_database.connection());
        return sql::exec(q,
            QStringLiteral("DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?"),
            {meetingId, personId});
    });
}

Status AttendanceEdits::takeAttendanceInTransaction(
    qint64 meetingId, qint64 previousMeetingId, qint64 bodyId)
{
    if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Meeting, meetingId);
        !meeting)
        return meeting.status();
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(
            q, QStringLiteral("SELECT count(*) FROM attendance WHERE meeting_id = ?"), {meetingId});
        !s)
        return s;
    if (q.next() && q.value(0).toInt() > 0)
        return {};
    if (Status s
        = sql::exec(q, QStringLiteral("SELECT count(*) FROM roster WHERE body_id = ?"), {bodyId});
        !s)
        return s;
    const bool hasRoster = q.next() && q.value(0).toInt() > 0;
    const QString fromRoster = QStringLiteral(
        "INSERT INTO attendance (meeting_id, person_id, group_label, status, note, position) "
        "SELECT ?, person_id, group_label, ?, '', position FROM roster WHERE body_id = ?");
    const QString fromPrevious = QStringLiteral(
        "INSERT INTO attendance (meeting_id, person_id, group_label, status, note, position) "
        "SELECT ?, person_id, group_label, ?, '', position FROM attendance "
        "WHERE meeting_id = ? AND status <> ?");
    const QString present = toString(AttendanceStatus::Present);
    if (hasRoster)
        return sql::exec(q, fromRoster, {meetingId, present, bodyId});
    return sql::exec(q, fromPrevious,
        {meetingId, present, previousMeetingId, toString(AttendanceStatus::Guest)});
}

} // namespace minutebook
