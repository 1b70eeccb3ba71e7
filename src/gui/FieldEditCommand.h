#pragma once

// Typing into one field (a title, the item text, the place…) as one undoable edit: keystrokes
// that follow each other in the same field merge into one command, until a pause of a few
// seconds, so Ctrl+Z takes back a burst of typing rather than a letter. The value is applied
// at once; saving is the autosave's business.

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace minutebook {

class FieldEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QVariant &)>;

    /// `field` and `target` say which field of what (a header field, item 12's title).
    FieldEditCommand(const QString &text, int field, qint64 target, QVariant before, QVariant after,
        Apply apply);

    void redo() override;
    void undo() override;
    int id() const override { return 0x4d42; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    int m_field;
    qint64 m_target;
    QVariant m_before;
    QVariant m_after;
    Apply m_apply;
    QElapsedTimer m_lastEdit;
};

} // namespace minutebook
