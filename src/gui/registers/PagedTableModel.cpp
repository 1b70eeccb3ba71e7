#include "PagedTableModel.h"

#include <functional>

namespace minutebook {

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PagedTableModel::reload()
{
    beginResetModel();
    clearRows();
    QString error;
    m_total = qMax(0, countRows(&error));
    m_atEnd = m_total == 0;
    // Nothing is fetched while the reset is announced: rows inserted from inside a modelReset
    // handler would reach the listeners connected after it before their reset.
    m_busy = true;
    endResetModel();
    m_busy = false;
    if (!error.isEmpty())
        emit loadFailed(error);
    emit totalCountChanged(m_total);
}

void PagedTableModel::refreshMeeting(qint64 meetingId)
{
    MeetingRows rows;
    QString error;
    if (!refreshMeetingRows(meetingId, &rows, &error)) {
        emit loadFailed(error);
        return;
    }
    if (rows.added && m_atEnd) {
        reload();
        return;
    }
    for (int row : std::as_const(rows.changed))
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    removeLoadedRows(rows.gone);
}

void PagedTableModel::removeLoadedRows(QVector<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        eraseRow(row);
        --m_total;
        endRemoveRows();
    }
    if (!rows.isEmpty())
        emit totalCountChanged(m_total);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRows();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int first = loadedRows();
    QString error;
    const int loaded = readPage(first, pageSize, &error);
    if (loaded < 0) {
        // Stop here: a view would otherwise ask again at once and repeat the failure.
        m_atEnd = true;
        emit loadFailed(error);
        return;
    }
    if (loaded == 0) {
        m_atEnd = true;
        return;
    }
    // Views and testers ask for more from inside the insert signals; one page at a time.
    m_busy = true;
    beginInsertRows({}, first, first + loaded - 1);
    appendPage();
    m_atEnd = loaded < pageSize || first + loaded >= m_total;
    endInsertRows();
    m_busy = false;
}

} // namespace minutebook
