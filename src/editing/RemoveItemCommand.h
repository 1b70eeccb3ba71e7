#pragma once

// Removes an agenda item with everything under it; undo puts it all back with the same ids.

#include "Meeting.h"
#include "SessionCommand.h"

namespace minutebook {

class RemoveItemCommand : public SessionCommand
{
public:
    RemoveItemCommand(MeetingSession &session, qint64 itemId);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_itemId;
    qint64 m_parentId = 0;
    int m_row = 0;
    AgendaItem m_removed; ///< the subtree as it was, filled in by apply()
};

} // namespace minutebook
