#pragma once

// Marks an assignment done (or open again) with the day it was set; undo restores the status
// and day it had. Follow-up work, so it is allowed in approved minutes too. Wherever it is
// made (the editor, the assignment list), it goes on the undo stack of the assignment's meeting.

#include "Meeting.h"
#include "SessionCommand.h"

namespace minutebook {

class SetActionStatusCommand : public SessionCommand
{
public:
    /// A status and the day it was set.
    struct Change
    {
        ActionStatus status = ActionStatus::Open;
        QDate date;
    };

    SetActionStatusCommand(
        MeetingSession &session, qint64 itemId, qint64 actionId, Change from, Change to);

protected:
    Status apply() override { return set(m_to); }
    Status revert() override { return set(m_from); }

private:
    Status set(const Change &change);

    qint64 m_itemId;
    qint64 m_actionId;
    Change m_from;
    Change m_to;
};

} // namespace minutebook
