#pragma once

// Typing into one field as one undoable edit: keystrokes that follow each other in the same
// field merge into one command until a pause of a few seconds, so Ctrl+Z takes back a burst of
// typing rather than a letter. The value is applied at once; writing it is the autosave's work
// (MeetingSession::flush), so applying cannot fail.

#include "CommandId.h"
#include "SessionCommand.h"

#include <QElapsedTimer>
#include <QVariant>

namespace minutebook {

class TypingCommand : public SessionCommand
{
public:
    int id() const override { return int(m_id); }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    /// `field` and `target` say which field of what (a header field, item 12's title).
    TypingCommand(MeetingSession &session, const QString &text, CommandId id, int field,
        qint64 target, QVariant before, QVariant after);
    Status apply() override;
    Status revert() override;
    virtual void set(const QVariant &value) = 0;
    int field() const { return m_field; }
    qint64 target() const { return m_target; }

private:
    CommandId m_id;
    int m_field;
    qint64 m_target;
    QVariant m_before;
    QVariant m_after;
    QElapsedTimer m_lastEdit;
};

} // namespace minutebook
