#include "SetActionStatusCommand.h"

#include "ActionListModel.h"

#include <QCoreApplication>

namespace minutebook {

SetActionStatusCommand::SetActionStatusCommand(ActionListModel *model, qint64 actionId, Change from,
    Change to, bool applied, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_actionId(actionId)
    , m_from(from)
    , m_to(to)
    , m_skipRedo(applied)
{
    setText(to.status == ActionStatus::Done
            ? QCoreApplication::translate("minutebook::SetActionStatusCommand", "Mark done")
            : QCoreApplication::translate("minutebook::SetActionStatusCommand", "Mark open"));
}

void SetActionStatusCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(m_to);
}

void SetActionStatusCommand::undo()
{
    apply(m_from);
}

void SetActionStatusCommand::apply(const Change &change)
{
    m_error.clear();
    if (!m_model)
        return;
    const Status saved = m_model->setStatus(m_actionId, change.status, change.date);
    if (!saved)
        m_error = saved.error();
}

} // namespace minutebook
