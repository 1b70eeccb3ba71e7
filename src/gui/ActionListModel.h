#pragma once

// Every assignment of every meeting as a table (assignee, assignment, due date, status, the
// meeting it came from), read a page at a time; overdue open assignments are marked. Marking
// one done goes through setStatus, which saves at once (SetActionStatusCommand makes it
// undoable).

#include "PagedTableModel.h"
#include "RecordEdits.h"
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

    /// Saves the status with the day it was set (RecordEdits::setActionStatus) and shows it;
    /// the row stays where it is until the next reload.
    Status setStatus(qint64 actionId, ActionStatus status, const QDate &date);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// Saving a status failed; the message is for the user.
    void saveFailed(const QString &message);

protected:
    int countRows(QString *error) const override;
    int readPage(int offset, int limit, QString *error) override;
    void appendPage() override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return int(m_rows.size()); }

private:
    bool isOverdue(const ActionRecord &a) const;
    QVariant displayText(const ActionRecord &a, int column) const;

    RegisterRepository m_repository;
    RecordEdits m_edits;
    RegisterFilter m_filter;
    QDate m_today;
    QVector<ActionRecord> m_rows;
    QVector<ActionRecord> m_page;
};

} // namespace minutebook
