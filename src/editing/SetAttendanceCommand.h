#pragma once

// Marks a person present or absent (Space in the attendance list); undo marks them back.

#include "Meeting.h"
#include "SessionCommand.h"

namespace minutebook {

class SetAttendanceCommand : public SessionCommand
{
public:
    SetAttendanceCommand(MeetingSession &session, Attendance before, Attendance after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Attendance m_before;
    Attendance m_after;
};

} // namespace minutebook
