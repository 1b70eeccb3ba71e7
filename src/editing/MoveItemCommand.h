#pragma once

// Moves an agenda item (with what is under it) to another place: a drag, Alt+Up/Down. Undo
// moves it back. Numbers follow the order.

#include "SessionCommand.h"

namespace minutebook {

/// Where an item stands: under which parent (0: top level), at which row.
struct AgendaPlace
{
    qint64 parentId = 0;
    int row = 0;
};

class MoveItemCommand : public SessionCommand
{
public:
    /// `to.row` counts after the item has left its old place.
    MoveItemCommand(MeetingSession &session, qint64 itemId, AgendaPlace to);

protected:
    MoveItemCommand(MeetingSession &session, const QString &text, qint64 itemId, AgendaPlace to);
    Status apply() override;
    Status revert() override;

private:
    qint64 m_itemId;
    AgendaPlace m_from;
    AgendaPlace m_to;
};

} // namespace minutebook
