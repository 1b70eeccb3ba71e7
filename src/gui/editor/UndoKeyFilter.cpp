#include "UndoKeyFilter.h"

#include <QKeyEvent>

namespace minutebook {

void UndoKeyFilter::install(QObject *widget)
{
    widget->installEventFilter(new UndoKeyFilter(widget));
}

bool UndoKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
            // Not accepted as an override: the window's shortcut runs. A key press that still
            // arrives never reaches the widget's own undo, which would bypass the meeting's.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace minutebook
