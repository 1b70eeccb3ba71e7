#include "MeetingListModel.h"

#include "DateText.h"

namespace minutebook {

MeetingListModel::MeetingListModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(database)
{
    reload();
}

void MeetingListModel::setFilter(const MeetingFilter &filter)
{
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = -1;
    reload();
}

void MeetingListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_cursorDate = QDate();
    m_cursorId = 0;
    const Result<int> total = m_repository.count(m_filter);
    m_total = total.ok() ? total.value() : 0;
    m_atEnd = m_total == 0;
    // Nothing is fetched while the reset is announced: rows inserted from inside a modelReset
    // handler would reach the listeners connected after it before their reset.
    m_busy = true;
    endResetModel();
    m_busy = false;
    if (!total.ok())
        emit loadFailed(total.error());
    emit totalCountChanged(m_total);
}

qint64 MeetingListModel::meetingId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingSummary &meeting = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(meeting, index.column());
    case Qt::ToolTipRole:
        return toolTip(meeting);
    case MeetingIdRole:
        return meeting.id;
    default:
        return {};
    }
}

QString MeetingListModel::displayText(const MeetingSummary &meeting, int column) const
{
    switch (column) {
    case DateColumn:
        // ISO dates in the list: as Swedish offices write them, and they line up in a column.
        return meeting.date.toString(Qt::ISODate);
    case BodyColumn:
        return meeting.bodyShortName.isEmpty() ? meeting.bodyName : meeting.bodyShortName;
    case PlaceColumn:
        return meeting.place;
    case StatusColumn:
        return meeting.status == MeetingStatus::Approved ? tr("Approved") : tr("Draft");
    default:
        return {};
    }
}

QString MeetingListModel::toolTip(const MeetingSummary &meeting) const
{
    QStringList lines {meeting.bodyName,
        DateText::meetingTime(meeting.date, meeting.start, meeting.end, QLocale())};
    if (!meeting.place.isEmpty())
        lines.append(tr("Place: %1").arg(meeting.place));
    return lines.join(QLatin1Char('\n'));
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case BodyColumn:
        return tr("Group");
    case PlaceColumn:
        return tr("Place");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

bool MeetingListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void MeetingListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    MeetingFilter page = m_filter;
    // Continue after the last row loaded (keyset), so scrolling deep stays as fast as the top.
    // The cursor is the last row as it was loaded: an edit of that row's date in the editor
    // must not move the cursor.
    page.afterDate = m_cursorDate;
    page.afterId = m_cursorId;
    page.offset = 0;
    page.limit = pageSize;
    Result<QVector<MeetingSummary>> rows = m_repository.list(page);
    if (!rows.ok()) {
        // Stop here: a view would otherwise ask again at once and repeat the failure.
        m_atEnd = true;
        emit loadFailed(rows.error());
        return;
    }
    const QVector<MeetingSummary> &loaded = rows.value();
    const int first = int(m_rows.size());
    const bool atEnd = loaded.size() < pageSize || first + loaded.size() >= m_total;
    if (loaded.isEmpty()) {
        m_atEnd = true;
        return;
    }
    // Views and testers ask for more from inside the insert signals; one page at a time.
    m_busy = true;
    beginInsertRows({}, first, first + int(loaded.size()) - 1);
    m_rows.append(loaded);
    m_cursorDate = loaded.constLast().date;
    m_cursorId = loaded.constLast().id;
    m_atEnd = atEnd;
    endInsertRows();
    m_busy = false;
}

namespace {
// The list's order, as MeetingRepository::list gives it: newest first, the later-created
// first on the same day (an invalid date, like SQL's NULL, last).
bool comesBefore(const MeetingSummary &a, const MeetingSummary &b)
{
    if (a.date != b.date)
        return a.date > b.date;
    return a.id > b.id;
}
} // namespace

void MeetingListModel::updateMeeting(const MeetingSummary &meeting)
{
    int row = -1;
    for (int r = 0; r < m_rows.size() && row < 0; ++r) {
        if (m_rows.at(r).id == meeting.id)
            row = r;
    }
    if (row < 0)
        return;
    m_rows[row] = meeting;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (m_filter.year > 0 && meeting.date.year() != m_filter.year) {
        // Moved out of the year the list shows.
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        --m_total;
        emit totalCountChanged(m_total);
    } else {
        // A new date moves the row to its place in the order; the rows below the loaded ones
        // are not known, so a place after all of them is left to the next page (also when the
        // row was the last one: the next page starts after the new last row and brings it).
        int place = 0; // among the other rows
        for (int r = 0; r < m_rows.size(); ++r) {
            if (r != row && comesBefore(m_rows.at(r), meeting))
                ++place;
        }
        const int others = int(m_rows.size()) - 1;
        if (place == others && !m_atEnd) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else if (place != row) {
            beginMoveRows({}, row, row, {}, place > row ? place + 1 : place);
            m_rows.move(row, place);
            endMoveRows();
        }
    }
    if (!m_rows.isEmpty()) {
        m_cursorDate = m_rows.constLast().date;
        m_cursorId = m_rows.constLast().id;
    }
}

} // namespace minutebook
