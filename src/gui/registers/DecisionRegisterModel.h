#pragma once

// Every decision of every meeting as a table (reference, date, item, decision), newest first
// or as sorted, read a page at a time from RegisterRepository.

#include "PagedTableModel.h"
#include "RegisterRepository.h"

namespace minutebook {

class DecisionRegisterModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { ReferenceColumn, DateColumn, ItemColumn, TextColumn, ColumnCount };
    enum Role { MeetingIdRole = Qt::UserRole + 1, ItemIdRole, DecisionIdRole };

    explicit DecisionRegisterModel(const Database &database, QObject *parent = nullptr);

    /// Its offset, limit and sort are the model's own business and ignored.
    void setFilter(const RegisterFilter &filter);
    const RegisterFilter &filter() const { return m_filter; }
    /// Every row the filter selects in the current order, loaded or not (for export).
    Result<QVector<DecisionRecord>> allRows() const;
    const DecisionRecord *record(int row) const;

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
    RegisterRepository m_repository;
    RegisterFilter m_filter;
    QVector<DecisionRecord> m_rows;
    QVector<DecisionRecord> m_page;
};

} // namespace minutebook
