#include "AddItemCommand.h"

#include "MeetingSession.h"

namespace minutebook {

AddItemCommand::AddItemCommand(MeetingSession &session, qint64 parentId, int row, bool child)
    : SessionCommand(
        session, child ? MeetingSession::tr("Add sub-item") : MeetingSession::tr("Add item"))
    , m_parentId(parentId)
    , m_row(row)
{ }

Status AddItemCommand::apply()
{
    AgendaItem item;
    item.id = m_itemId; // the same id again on redo
    if (Status s = session().insertItemNow(m_parentId, m_row, item); !s)
        return s;
    m_itemId = item.id;
    return {};
}

Status AddItemCommand::revert()
{
    return session().removeItemNow(m_itemId);
}

} // namespace minutebook
