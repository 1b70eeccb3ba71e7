#pragma once

// One undoable edit of the meeting being edited: what to do and how to take it back, each a
// single saved write through MeetingSession. When the write fails the command makes itself
// obsolete (the stack drops it) and reports the message, so the stack never claims an edit
// the database does not hold.

#include "Result.h"

#include <QUndoCommand>

#include <functional>

namespace minutebook {

class EditCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using Report = std::function<void(const QString &)>;

    EditCommand(const QString &text, Step redo, Step undo, Report report);

    void redo() override;
    void undo() override;

private:
    Step m_redo;
    Step m_undo;
    Report m_report;
};

} // namespace minutebook
