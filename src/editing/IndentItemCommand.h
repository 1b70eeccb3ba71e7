#pragma once

// Indents an agenda item (it becomes the last sub-item of the item above) or outdents it (it
// becomes the next item after its parent). Check canApply() first: the first item of a level
// cannot be indented, a top-level item cannot be outdented.

#include "MoveItemCommand.h"

namespace minutebook {

class IndentItemCommand : public MoveItemCommand
{
public:
    enum Direction { Indent, Outdent };

    IndentItemCommand(MeetingSession &session, qint64 itemId, Direction direction);
    static bool canApply(const MeetingSession &session, qint64 itemId, Direction direction);

private:
    static AgendaPlace target(const MeetingSession &session, qint64 itemId, Direction direction);
};

} // namespace minutebook
