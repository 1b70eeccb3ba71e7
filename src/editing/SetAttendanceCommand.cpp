#include "SetAttendanceCommand.h"

#include "MeetingSession.h"

namespace minutebook {

SetAttendanceCommand::SetAttendanceCommand(
    MeetingSession &session, Attendance before, Attendance after)
    : SessionCommand(session,
        after.status == AttendanceStatus::Present
            ? MeetingSession::tr("Mark %1 present").arg(before.person.name)
            : MeetingSession::tr("Mark %1 absent").arg(before.person.name))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status SetAttendanceCommand::apply()
{
    return session().setAttendanceNow(m_after);
}

Status SetAttendanceCommand::revert()
{
    return session().setAttendanceNow(m_before);
}

} // namespace minutebook
