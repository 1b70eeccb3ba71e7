#include "ItemRecordsModel.h"

#include "Colours.h"
#include "MeetingRules.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace minutebook {

ItemRecordsModel::ItemRecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{ }

void ItemRecordsModel::setItem(const AgendaItem &item)
{
    const bool sameShape = item.id == m_item.id && item.decisions.size() == m_item.decisions.size()
        && item.actions.size() == m_item.actions.size();
    if (sameShape) {
        m_item = item;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_item = item;
    m_item.children.clear();
    endResetModel();
}

int ItemRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_item.decisions.size() + m_item.actions.size());
}

int ItemRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemRecordsModel::decisionData(const Decision &d, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (column == KindColumn)
        return tr("Decision §%1").arg(d.number);
    if (column == TextColumn) {
        if (role == Qt::ToolTipRole && d.text.trimmed().isEmpty())
            return tr("Type the decision here.");
        return d.text;
    }
    return {};
}

QVariant ItemRecordsModel::actionData(const ActionItem &a, int column, int role) const
{
    const bool pastDue = MeetingRules::isOverdue(a, m_today);
    switch (column) {
    case KindColumn:
        if (role == Qt::DisplayRole)
            return tr("Assignment");
        if (role == Qt::CheckStateRole)
            return a.status == ActionStatus::Done ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Checked when the assignment is done.");
        return {};
    case TextColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(a.text) : QVariant();
    case AssigneeColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(a.assignee) : QVariant();
    case DueColumn:
        if (role == Qt::DisplayRole)
            return a.due.isValid() ? QLocale().toString(a.due, QLocale::ShortFormat) : QString();
        if (role == Qt::EditRole)
            return a.due.isValid() ? a.due : MeetingRules::defaultDueDate(m_today);
        if (role == Qt::ForegroundRole && pastDue)
            return QBrush(Colours::warning());
        if (role == Qt::ToolTipRole && pastDue)
            return tr("The due date is in the past.");
        return {};
    default:
        return {};
    }
}

QVariant ItemRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == IsDecisionRole)
        return isDecision(index.row());
    if (role == RecordIdRole)
        return isDecision(index.row()) ? m_item.decisions.at(index.row()).id
                                       : action(index.row()).id;
    if (isDecision(index.row()))
        return decisionData(m_item.decisions.at(index.row()), index.column(), role);
    return actionData(action(index.row()), index.column(), role);
}

QVariant ItemRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Text");
    case AssigneeColumn:
        return tr("Assignee");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

bool ItemRecordsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || !index.isValid())
        return false;
    if (isDecision(index.row())) {
        if (role != Qt::EditRole || index.column() != TextColumn)
            return false;
        const Decision before = m_item.decisions.at(index.row());
        Decision after = before;
        after.text = value.toString();
        if (after.text != before.text)
            emit decisionEditRequested(before, after);
        return true;
    }
    const ActionItem before = action(index.row());
    ActionItem after = before;
    if (index.column() == KindColumn && role == Qt::CheckStateRole)
        after.status = value.toInt() == Qt::Checked ? ActionStatus::Done : ActionStatus::Open;
    else if (index.column() == TextColumn && role == Qt::EditRole)
        after.text = value.toString();
    else if (index.column() == AssigneeColumn && role == Qt::EditRole)
        after.assignee = value.toString().trimmed();
    else if (index.column() == DueColumn && role == Qt::EditRole)
        after.due = value.toDate();
    else
        return false;
    if (after.text != before.text || after.assignee != before.assignee || after.due != before.due
        || after.status != before.status)
        emit actionEditRequested(before, after);
    return true;
}

Qt::ItemFlags ItemRecordsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_editable)
        return f;
    if (isDecision(index.row())) {
        if (index.column() == TextColumn)
            f |= Qt::ItemIsEditable;
    } else if (index.column() == KindColumn) {
        f |= Qt::ItemIsUserCheckable;
    } else {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

} // namespace minutebook
