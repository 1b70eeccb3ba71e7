#include "DecisionRegisterModel.h"

namespace minutebook {

DecisionRegisterModel::DecisionRegisterModel(const Database &database, QObject *parent)
    : PagedTableModel(parent)
    , m_repository(database)
{
    reload();
}

void DecisionRegisterModel::setFilter(const RegisterFilter &filter)
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

Result<QVector<DecisionRecord>> DecisionRegisterModel::allRows() const
{
    return m_repository.decisions(m_filter);
}

bool DecisionRegisterModel::refreshMeetingRows(qint64 meetingId, MeetingRows *out, QString *error)
{
    RegisterFilter stored;
    stored.meetingId = meetingId;
    RegisterFilter selected = m_filter;
    selected.meetingId = meetingId;
    selected.offset = 0;
    selected.limit = -1;
    const Result<QVector<DecisionRecord>> all = m_repository.decisions(stored);
    const Result<QVector<DecisionRecord>> chosen = m_repository.decisions(selected);
    if (!all || !chosen) {
        *error = all ? chosen.error() : all.error();
        return false;
    }
    compareRows(m_rows, all.value(), chosen.value(), meetingId, &DecisionRecord::decisionId, out);
    return true;
}

const DecisionRecord *DecisionRegisterModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DecisionRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DecisionRecord &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReferenceColumn:
            return d.reference;
        case DateColumn:
            return d.date.toString(Qt::ISODate);
        case ItemColumn:
            return d.itemTitle;
        case TextColumn:
            return d.text.simplified();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? d.text : d.bodyName;
    case MeetingIdRole:
        return d.meetingId;
    case ItemIdRole:
        return d.itemId;
    case DecisionIdRole:
        return d.decisionId;
    default:
        return {};
    }
}

QVariant DecisionRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case DateColumn:
        return tr("Date");
    case ItemColumn:
        return tr("Item");
    case TextColumn:
        return tr("Decision");
    default:
        return {};
    }
}

void DecisionRegisterModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case ReferenceColumn:
        m_filter.sort = RegisterSort::Reference;
        break;
    case DateColumn:
        m_filter.sort = RegisterSort::Date;
        break;
    case ItemColumn:
        m_filter.sort = RegisterSort::Title;
        break;
    default:
        m_filter.sort = RegisterSort::Default;
        break;
    }
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

int DecisionRegisterModel::countRows(QString *error) const
{
    const Result<int> count = m_repository.decisionCount(m_filter);
    if (!count.ok())
        *error = count.error();
    return count.ok() ? count.value() : 0;
}

int DecisionRegisterModel::readPage(int offset, int limit, QString *error)
{
    RegisterFilter page = m_filter;
    page.offset = offset;
    page.limit = limit;
    Result<QVector<DecisionRecord>> rows = m_repository.decisions(page);
    if (!rows.ok()) {
        *error = rows.error();
        return -1;
    }
    m_page = rows.value();
    return int(m_page.size());
}

void DecisionRegisterModel::appendPage()
{
    m_rows.append(m_page);
    m_page.clear();
}

} // namespace minutebook
