#pragma once

// Every assignment of every meeting as a table (assignee, assignment, due date, status, the
// meeting it came from), read a page at a time; overdue open assignments are marked. Read only:
// marking one done is an edit of its meeting (MeetingSessions::setActionStatus), which the
// model shows when the session says it was written.

#include "PagedTableModel.h"
#include "RegisterRepository.h"

#include <QDate>

namespace minutebook {

class ActionListModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { AssigneeColumn, TextColumn, DueColumn, StatusColumn, MeetingColumn, ColumnCount };
    enum Role { MeetingIdRole = Qt::UserRole + 1, ItemIdRole, ActionIdRole, OverdueRole };

    explicit ActionListModel(const Database &database, QObject *parent = nullptr);

    /// Its offset, limit and sort are the model's own business and ignored.
    void setFilter(const RegisterFilter &filter);
    const RegisterFilter &filter() const { return m_filter; }
    /// The day against which "overdue" is judged (today unless a test says otherwise).
    void setToday(const QDate &today);
    /// Every row the filter selects in the current order, loaded or not (for export).
    Result<QVector<ActionRecord>> allRows() const;
    const ActionRecord *record(int row) const;
    int rowOf(qint64 actionId) const;

    /// Shows a status written elsewhere (MeetingSessions::actionStatusChanged); the row stays
    /// where it is until the next reload.
    void showStatus(qint64 actionId, ActionStatus status, const QDate &date);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    int countRows(QString *error) const override;
    int readPage(int offset, int limit, QString *error) override;
    void appendPage() override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return int(m_rows.size()); }
    bool refreshMeetingRows(qint64 meetingId, MeetingRows *out, QString *error) override;
    void eraseRow(int row) override { m_rows.removeAt(row); }

private:
    bool isOverdue(const ActionRecord &a) const;
    QVariant displayText(const ActionRecord &a, int column) const;

    RegisterRepository m_repository;
    RegisterFilter m_filter;
    QDate m_today;
    QVector<ActionRecord> m_rows;
    QVector<ActionRecord> m_page;
};

} // namespace minutebook
