#pragma once

// A new, empty agenda item at a place; undo removes it, redo puts it back with the same id.

#include "SessionCommand.h"

namespace minutebook {

class AddItemCommand : public SessionCommand
{
public:
    /// `child`: a sub-item ("Add sub-item"), else the next item of its level.
    AddItemCommand(MeetingSession &session, qint64 parentId, int row, bool child);
    /// The new item's id once redo() has run (0 when it failed).
    qint64 itemId() const { return m_itemId; }

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_parentId;
    int m_row;
    qint64 m_itemId = 0;
};

} // namespace minutebook
