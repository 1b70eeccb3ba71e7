#pragma once

// Puts a new person on the body's roster and marks them present at this meeting; undo takes
// them off the roster and puts their attendance back as it was.

#include "Meeting.h"
#include "SessionCommand.h"

#include <optional>

namespace minutebook {

class AddRosterMemberCommand : public SessionCommand
{
public:
    AddRosterMemberCommand(MeetingSession &session, RosterEntry entry);

protected:
    Status apply() override;
    Status revert() override;

private:
    RosterEntry m_entry;
    std::optional<Attendance> m_before;
};

} // namespace minutebook
