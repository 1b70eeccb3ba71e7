#include "AddRosterMemberCommand.h"

#include "AttendanceModel.h"
#include "MeetingSession.h"

namespace minutebook {

AddRosterMemberCommand::AddRosterMemberCommand(MeetingSession &session, RosterEntry entry)
    : SessionCommand(session, MeetingSession::tr("Add %1 to the roster").arg(entry.person.name))
    , m_entry(std::move(entry))
{ }

Status AddRosterMemberCommand::apply()
{
    RosterEntry e = m_entry;
    e.person.id = 0;
    if (Status s = session().addToRosterNow(e); !s)
        return s;
    m_entry.person = e.person;
    const Attendance *listed = session().attendance()->attendance(e.person.id);
    m_before = listed ? std::optional(*listed) : std::nullopt;
    Attendance present;
    present.person = e.person;
    present.groupLabel = e.groupLabel;
    return session().setAttendanceNow(present);
}

Status AddRosterMemberCommand::revert()
{
    if (Status s = session().removeFromRosterNow(m_entry.person.id); !s)
        return s;
    if (m_before)
        return session().setAttendanceNow(*m_before);
    return session().removeAttendanceNow(m_entry.person.id);
}

} // namespace minutebook
