#pragma once

// Typing into a field of one agenda item (title, presenter, responsible, text).

#include "MeetingSession.h"
#include "TypingCommand.h"

namespace minutebook {

class SetItemFieldCommand : public TypingCommand
{
public:
    SetItemFieldCommand(MeetingSession &session, qint64 itemId, MeetingSession::ItemField field,
        QString before, QString after);

protected:
    void set(const QVariant &value) override;
};

} // namespace minutebook
