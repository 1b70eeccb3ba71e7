#include "TypingCommand.h"

namespace minutebook {

namespace {
// Longer than a pause to think of the next word, shorter than moving on to the next point.
constexpr qint64 mergeWindowMs = 3000;
} // namespace

TypingCommand::TypingCommand(MeetingSession &session, const QString &text, CommandId id, int field,
    qint64 target, QVariant before, QVariant after)
    : SessionCommand(session, text)
    , m_id(id)
    , m_field(field)
    , m_target(target)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    m_lastEdit.start();
}

Status TypingCommand::apply()
{
    set(m_after);
    return {};
}

Status TypingCommand::revert()
{
    set(m_before);
    return {};
}

bool TypingCommand::mergeWith(const QUndoCommand *other)
{
    // Same id means the same subclass (CommandId is one per class).
    const auto *next = static_cast<const TypingCommand *>(other);
    if (next->m_field != m_field || next->m_target != m_target
        || m_lastEdit.elapsed() > mergeWindowMs)
        return false;
    m_after = next->m_after;
    m_lastEdit.restart();
    setObsolete(m_after == m_before);
    return true;
}

} // namespace minutebook
