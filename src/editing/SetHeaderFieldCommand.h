#pragma once

// Typing into a header field (title, date, times, place, minute-taker).

#include "MeetingSession.h"
#include "TypingCommand.h"

namespace minutebook {

class SetHeaderFieldCommand : public TypingCommand
{
public:
    SetHeaderFieldCommand(MeetingSession &session, MeetingSession::HeaderField field,
        QVariant before, QVariant after);

protected:
    void set(const QVariant &value) override;
};

} // namespace minutebook
