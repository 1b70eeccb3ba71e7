#include "ActionListModel.h"

#include "Colours.h"
#include "MeetingRules.h"
#include "Numbering.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace minutebook {

ActionListModel::ActionListModel(const Database &database, QObject *parent)
    : PagedTableModel(parent)
    , m_repository(database)
    , m_today(QDate::currentDate())
{
    m_filter.openOnly = true;
    reload();
}

void ActionListModel::setFilter(const RegisterFilter &filter)
{
    const RegisterSort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    m_filter.offset = 0;
    m_filter.limit = -1;
    reload();
}

void ActionListModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

Result<QVector<ActionRecord>> ActionListModel::allRows() const
{
    return m_repository.actions(m_filter);
}

const ActionRecord *ActionListModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ActionListModel::rowOf(qint64 actionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).actionId == actionId)
            return i;
    }
    return -1;
}

void ActionListModel::showStatus(qint64 actionId, ActionStatus status, const QDate &date)
{
    const int row = rowOf(actionId);
    if (row < 0)
        return;
    m_rows[row].status = status;
    m_rows[row].statusDate = date;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ActionListModel::refreshMeetingRows(qint64 meetingId, MeetingRows *out, QString *error)
{
    RegisterFilter stored;
    stored.meetingId = meetingId;
    RegisterFilter selected = m_filter;
    selected.meetingId = meetingId;
    selected.offset = 0;
    selected.limit = -1;
    const Result<QVector<ActionRecord>> all = m_repository.actions(stored);
    const Result<QVector<ActionRecord>> chosen = m_repository.actions(selected);
    if (!all || !chosen) {
        *error = all ? chosen.error() : all.error();
        return false;
    }
    compareRows(m_rows, all.value(), chosen.value(), meetingId, &ActionRecord::actionId, out);
    return true;
}

bool ActionListModel::isOverdue(const ActionRecord &a) const
{
    return MeetingRules::isOverdue(a.status, a.due, m_today);
}

int ActionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionListModel::displayText(const ActionRecord &a, int column) const
{
    switch (column) {
    case AssigneeColumn:
        return a.assignee;
    case TextColumn:
        return a.text.simplified();
    case DueColumn:
        return a.due.isValid() ? a.due.toString(Qt::ISODate) : QString();
    case StatusColumn:
        if (a.status == ActionStatus::Done)
            return tr("Done");
        return isOverdue(a) ? tr("Overdue") : tr("Open");
    case MeetingColumn:
        return itemReference(a.bodyShortName, a.date, a.itemNumber);
    default:
        return {};
    }
}

QVariant ActionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionRecord &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(a, index.column());
    case Qt::ToolTipRole:
        if (isOverdue(a))
            return tr("Overdue: due %1").arg(a.due.toString(Qt::ISODate));
        if (index.column() == StatusColumn && a.status == ActionStatus::Done
            && a.statusDate.isValid())
            return tr("Marked done on %1").arg(a.statusDate.toString(Qt::ISODate));
        return index.column() == MeetingColumn ? a.bodyName + QStringLiteral(": ") + a.itemTitle
                                               : a.text;
    case Qt::ForegroundRole:
        if (isOverdue(a) && (index.column() == DueColumn || index.column() == StatusColumn))
            return QBrush(Colours::warning());
        if (a.status == ActionStatus::Done)
            return QBrush(Colours::muted());
        return {};
    case Qt::FontRole:
        if (isOverdue(a) && index.column() == StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case MeetingIdRole:
        return a.meetingId;
    case ItemIdRole:
        return a.itemId;
    case ActionIdRole:
        return a.actionId;
    case OverdueRole:
        return isOverdue(a);
    default:
        return {};
    }
}

QVariant ActionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AssigneeColumn:
        return tr("Assignee");
    case TextColumn:
        return tr("Assignment");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case MeetingColumn:
        return tr("Meeting");
    default:
        return {};
    }
}

void ActionListModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case AssigneeColumn:
        m_filter.sort = RegisterSort::Assignee;
        break;
    case DueColumn:
        m_filter.sort = RegisterSort::Due;
        break;
    case StatusColumn:
        m_filter.sort = RegisterSort::Status;
        break;
    case MeetingColumn:
        m_filter.sort = RegisterSort::Date;
        break;
    default:
        m_filter.sort = RegisterSort::Default;
        break;
    }
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

int ActionListModel::countRows(QString *error) const
{
    const Result<int> count = m_repository.actionCount(m_filter);
    if (!count.ok())
        *error = count.error();
    return count.ok() ? count.value() : 0;
}

int ActionListModel::readPage(int offset, int limit, QString *error)
{
    RegisterFilter page = m_filter;
    page.offset = offset;
    page.limit = limit;
    Result<QVector<ActionRecord>> rows = m_repository.actions(page);
    if (!rows.ok()) {
        *error = rows.error();
        return -1;
    }
    m_page = rows.value();
    return int(m_page.size());
}

void ActionListModel::appendPage()
{
    m_rows.append(m_page);
    m_page.clear();
}

} // namespace minutebook
