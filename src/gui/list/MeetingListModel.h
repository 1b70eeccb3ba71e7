#pragma once

// The meetings of a database as a table, newest first, loaded a page at a time as the view
// scrolls (canFetchMore/fetchMore): a database of thousands of meetings opens as fast as one
// of ten, and only what has been looked at is held in memory.

#include "MeetingRepository.h"

#include <QAbstractTableModel>

namespace minutebook {

class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, BodyColumn, PlaceColumn, StatusColumn, ColumnCount };
    enum Role { MeetingIdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 200;

    explicit MeetingListModel(const Database &database, QObject *parent = nullptr);

    /// Shows the meetings `filter` selects, from the first page (its offset and limit are the
    /// model's own business and ignored).
    void setFilter(const MeetingFilter &filter);
    const MeetingFilter &filter() const { return m_filter; }
    /// Forgets what was loaded and starts again, e.g. after meetings were added.
    void reload();
    /// How many meetings the filter selects, loaded or not.
    int totalCount() const { return m_total; }
    /// 0 when `row` is not loaded.
    qint64 meetingId(int row) const;
    /// Shows the meeting's new header where its row is loaded (the editor changed it); a new
    /// date moves the row to its place in the order (persistent indexes, and so the selection,
    /// go with it), or out of the list when the year filter no longer selects it.
    void updateMeeting(const MeetingSummary &meeting);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// Reading from the database failed; the message is for the user.
    void loadFailed(const QString &message);
    void totalCountChanged(int count);

private:
    QString displayText(const MeetingSummary &meeting, int column) const;
    QString toolTip(const MeetingSummary &meeting) const;

    MeetingRepository m_repository;
    MeetingFilter m_filter;
    QVector<MeetingSummary> m_rows;
    QDate m_cursorDate; ///< keyset paging: the last row loaded
    qint64 m_cursorId = 0;
    int m_total = 0;
    bool m_atEnd = true;
    bool m_busy = false; ///< inside a reset or an insert: no fetching from signal handlers
};

} // namespace minutebook
