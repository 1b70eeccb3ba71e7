#include "FieldEditCommand.h"

namespace minutebook {

namespace {
// Longer than a pause to think of the next word, shorter than moving on to the next point.
constexpr qint64 mergeWindowMs = 3000;
} // namespace

FieldEditCommand::FieldEditCommand(
    const QString &text, int field, qint64 target, QVariant before, QVariant after, Apply apply)
    : m_field(field)
    , m_target(target)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{
    setText(text);
    m_lastEdit.start();
}

void FieldEditCommand::redo()
{
    m_apply(m_after);
}

void FieldEditCommand::undo()
{
    m_apply(m_before);
}

bool FieldEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FieldEditCommand *>(other);
    if (next->m_field != m_field || next->m_target != m_target
        || m_lastEdit.elapsed() > mergeWindowMs)
        return false;
    m_after = next->m_after;
    m_lastEdit.restart();
    setObsolete(m_after == m_before);
    return true;
}

} // namespace minutebook
