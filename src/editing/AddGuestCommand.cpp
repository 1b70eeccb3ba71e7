#include "AddGuestCommand.h"

#include "MeetingSession.h"

namespace minutebook {

AddGuestCommand::AddGuestCommand(
    MeetingSession &session, Attendance guest, std::optional<Attendance> before)
    : SessionCommand(session, MeetingSession::tr("Add guest %1").arg(guest.person.name))
    , m_guest(std::move(guest))
    , m_before(std::move(before))
{ }

Status AddGuestCommand::apply()
{
    // The person is created on the first redo; later ones reuse the id.
    return session().setAttendanceNow(m_guest);
}

Status AddGuestCommand::revert()
{
    if (m_before)
        return session().setAttendanceNow(*m_before);
    return session().removeAttendanceNow(m_guest.person.id);
}

} // namespace minutebook
