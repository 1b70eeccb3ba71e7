#pragma once

// Marks an assignment done (or open again) as one undoable edit; each redo and undo is saved
// at once through ActionListModel::setStatus.

#include "Meeting.h"

#include <QPointer>
#include <QUndoCommand>

namespace minutebook {

class ActionListModel;

class SetActionStatusCommand : public QUndoCommand
{
public:
    /// A status and the day it was set.
    struct Change
    {
        ActionStatus status = ActionStatus::Open;
        QDate date;
    };

    /// `applied`: the change is already saved, so the first redo() (from QUndoStack::push)
    /// does nothing.
    SetActionStatusCommand(ActionListModel *model, qint64 actionId, Change from, Change to,
        bool applied = false, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    /// The message of the last failed save; empty when it worked.
    QString error() const { return m_error; }

private:
    void apply(const Change &change);

    QPointer<ActionListModel> m_model;
    qint64 m_actionId;
    Change m_from;
    Change m_to;
    bool m_skipRedo;
    QString m_error;
};

} // namespace minutebook
