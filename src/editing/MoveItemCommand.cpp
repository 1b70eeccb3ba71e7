#include "MoveItemCommand.h"

#include "AgendaModel.h"
#include "MeetingSession.h"

namespace minutebook {

MoveItemCommand::MoveItemCommand(MeetingSession &session, qint64 itemId, AgendaPlace to)
    : MoveItemCommand(session, MeetingSession::tr("Move item"), itemId, to)
{ }

MoveItemCommand::MoveItemCommand(
    MeetingSession &session, const QString &text, qint64 itemId, AgendaPlace to)
    : SessionCommand(session, text)
    , m_itemId(itemId)
    , m_from {session.agenda()->parentId(itemId), session.agenda()->row(itemId)}
    , m_to(to)
{ }

Status MoveItemCommand::apply()
{
    return session().moveItemNow(m_itemId, m_to.parentId, m_to.row);
}

Status MoveItemCommand::revert()
{
    return session().moveItemNow(m_itemId, m_from.parentId, m_from.row);
}

} // namespace minutebook
