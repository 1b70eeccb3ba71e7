#include "SetActionStatusCommand.h"

#include "MeetingSession.h"

namespace minutebook {

SetActionStatusCommand::SetActionStatusCommand(
    MeetingSession &session, qint64 itemId, qint64 actionId, Change from, Change to)
    : SessionCommand(session,
        to.status == ActionStatus::Done ? MeetingSession::tr("Mark assignment done")
                                        : MeetingSession::tr("Mark assignment open"))
    , m_itemId(itemId)
    , m_actionId(actionId)
    , m_from(from)
    , m_to(to)
{ }

Status SetActionStatusCommand::set(const Change &change)
{
    return session().setActionStatusNow(m_itemId, m_actionId, change.status, change.date);
}

} // namespace minutebook
