#include "SessionCommand.h"

#include "MeetingSession.h"

namespace minutebook {

SessionCommand::SessionCommand(MeetingSession &session, const QString &text)
    : m_session(session)
{
    setText(text);
}

void SessionCommand::redo()
{
    check(apply());
}

void SessionCommand::undo()
{
    check(revert());
}

void SessionCommand::check(const Status &status)
{
    m_error = status.ok() ? QString() : status.error();
    if (status.ok())
        return;
    setObsolete(true);
    m_session.commandFailed(status.error());
}

} // namespace minutebook
