#include "AgendaTreeView.h"

#include "AgendaModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QStyledItemDelegate>

namespace minutebook {

namespace {
// "3.1  Title  → 2024-03-05": the number and a deferral in front of and after the title.
class NumberedItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text
            = index.data(AgendaModel::NumberRole).toString() + QStringLiteral("  ") + option->text;
        const QDate deferred = index.data(AgendaModel::DeferredRole).toDate();
        if (deferred.isValid())
            option->text
                += QStringLiteral("  → ") + QLocale().toString(deferred, QLocale::ShortFormat);
    }
};
} // namespace

AgendaTreeView::AgendaTreeView(QWidget *parent)
    : QTreeView(parent)
{
    header()->hide();
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setTabKeyNavigation(false);
    setItemDelegate(new NumberedItemDelegate(this));
}

bool AgendaTreeView::focusNextPrevChild(bool next)
{
    // Tab belongs to indenting here; Ctrl+Tab still leaves the tree.
    Q_UNUSED(next);
    return false;
}

void AgendaTreeView::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit addRequested();
        return;
    case Qt::Key_Tab:
        emit indentRequested();
        return;
    case Qt::Key_Backtab:
        emit outdentRequested();
        return;
    case Qt::Key_Delete:
        emit removeRequested();
        return;
    case Qt::Key_Up:
        if (alt) {
            emit moveUpRequested();
            return;
        }
        break;
    case Qt::Key_Down:
        if (alt) {
            emit moveDownRequested();
            return;
        }
        break;
    default:
        break;
    }
    QTreeView::keyPressEvent(event);
}

} // namespace minutebook
