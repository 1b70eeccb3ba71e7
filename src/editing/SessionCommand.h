#pragma once

// The base of every undoable edit of a meeting: it writes through storage (one transaction) and
// then changes the session's models, which tell every view. When the write fails, the command
// reports why and makes itself obsolete, so the stack drops it and never claims an edit the
// database does not hold.

#include "Result.h"

#include <QUndoCommand>

namespace minutebook {

class MeetingSession;

class SessionCommand : public QUndoCommand
{
public:
    explicit SessionCommand(MeetingSession &session, const QString &text = {});

    void redo() final;
    void undo() final;
    /// The message of the last failed step; empty when it worked.
    const QString &error() const { return m_error; }

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    MeetingSession &session() const { return m_session; }

private:
    void check(const Status &status);

    MeetingSession &m_session;
    QString m_error;
};

} // namespace minutebook
