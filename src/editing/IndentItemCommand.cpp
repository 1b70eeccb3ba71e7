#include "IndentItemCommand.h"

#include "AgendaModel.h"
#include "MeetingSession.h"

namespace minutebook {

IndentItemCommand::IndentItemCommand(MeetingSession &session, qint64 itemId, Direction direction)
    : MoveItemCommand(session,
        direction == Indent ? MeetingSession::tr("Indent item")
                            : MeetingSession::tr("Outdent item"),
        itemId, target(session, itemId, direction))
{ }

bool IndentItemCommand::canApply(const MeetingSession &session, qint64 itemId, Direction direction)
{
    const AgendaModel *agenda = session.agenda();
    if (!agenda->item(itemId))
        return false;
    return direction == Indent ? agenda->row(itemId) > 0 : agenda->parentId(itemId) != 0;
}

AgendaPlace IndentItemCommand::target(
    const MeetingSession &session, qint64 itemId, Direction direction)
{
    const AgendaModel *agenda = session.agenda();
    const qint64 parent = agenda->parentId(itemId);
    if (direction == Indent) {
        const qint64 above = agenda->childId(parent, agenda->row(itemId) - 1);
        return {above, agenda->childCount(above)};
    }
    return {agenda->parentId(parent), agenda->row(parent) + 1};
}

} // namespace minutebook
