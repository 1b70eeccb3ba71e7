#include "EditCommand.h"

namespace minutebook {

EditCommand::EditCommand(const QString &text, Step redo, Step undo, Report report)
    : m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_report(std::move(report))
{
    setText(text);
}

void EditCommand::redo()
{
    if (Status s = m_redo(); !s) {
        setObsolete(true);
        m_report(s.error());
    }
}

void EditCommand::undo()
{
    if (Status s = m_undo(); !s) {
        setObsolete(true);
        m_report(s.error());
    }
}

} // namespace minutebook
