#pragma once

// Adds a guest and what they presented (a known name is that person, a new name a new person);
// undo takes the guest away again, or puts back what the person was in the list before.

#include "Meeting.h"
#include "SessionCommand.h"

#include <optional>

namespace minutebook {

class AddGuestCommand : public SessionCommand
{
public:
    /// `before`: the person's place in the attendance before (nullopt: not listed).
    AddGuestCommand(MeetingSession &session, Attendance guest, std::optional<Attendance> before);

protected:
    Status apply() override;
    Status revert() override;

private:
    Attendance m_guest;
    std::optional<Attendance> m_before;
};

} // namespace minutebook
