#include "RemoveItemCommand.h"

#include "AgendaModel.h"
#include "MeetingSession.h"

namespace minutebook {

RemoveItemCommand::RemoveItemCommand(MeetingSession &session, qint64 itemId)
    : SessionCommand(
        session, MeetingSession::tr("Remove item %1").arg(session.agenda()->number(itemId)))
    , m_itemId(itemId)
    , m_parentId(session.agenda()->parentId(itemId))
    , m_row(session.agenda()->row(itemId))
{ }

Status RemoveItemCommand::apply()
{
    m_removed = session().agenda()->subtree(m_itemId);
    return session().removeItemNow(m_itemId);
}

Status RemoveItemCommand::revert()
{
    AgendaItem item = m_removed;
    return session().insertItemNow(m_parentId, m_row, item);
}

} // namespace minutebook
