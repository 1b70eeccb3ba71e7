#pragma once

// Who attended a meeting, as the secretary records it and as a new meeting takes it over: the
// one writer of the attendance table, each change one transaction. Every writer refuses
// approved minutes (ApprovedRule).

#include "ApprovedRule.h"
#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>

namespace minutebook {

class AttendanceEdits
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::AttendanceEdits)

public:
    explicit AttendanceEdits(const Database &database);

    /// Creates or replaces the attendance row of the person (found or created by name when
    /// its id is 0; filled in).
    Status setAttendance(qint64 meetingId, Attendance &attendance);
    Status removeAttendance(qint64 meetingId, qint64 personId);

    /// For FollowUp, inside its transaction: when the meeting has no attendance yet, everybody
    /// on the body's roster, present until the secretary says otherwise; without a roster
    /// (imported minutes), the members (not the guests) of `previousMeetingId`.
    Status takeAttendanceInTransaction(qint64 meetingId, qint64 previousMeetingId, qint64 bodyId);

private:
    const Database &m_database;
    ApprovedRule m_rule;
};

} // namespace minutebook
