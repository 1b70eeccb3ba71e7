#pragma once

// The decisions and assignments of the agenda item being edited, one table: decisions first
// ("§3" and text), then assignments (text, assignee, due date, done). Edits in the table are
// only asked for (editRequested); MeetingSession makes them undoable, saved edits.

#include "Meeting.h"

#include <QAbstractTableModel>

namespace minutebook {

class ItemRecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, TextColumn, AssigneeColumn, DueColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, IsDecisionRole };

    explicit ItemRecordsModel(QObject *parent = nullptr);

    void setItem(const AgendaItem &item);
    void setEditable(bool editable) { m_editable = editable; }
    /// Rows compare due dates with this day ("due date in the past").
    void setToday(const QDate &today) { m_today = today; }
    qint64 itemId() const { return m_item.id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void decisionEditRequested(const Decision &before, const Decision &after);
    void actionEditRequested(const ActionItem &before, const ActionItem &after);

private:
    bool isDecision(int row) const { return row < m_item.decisions.size(); }
    const ActionItem &action(int row) const
    {
        return m_item.actions.at(row - int(m_item.decisions.size()));
    }
    QVariant decisionData(const Decision &decision, int column, int role) const;
    QVariant actionData(const ActionItem &action, int column, int role) const;

    AgendaItem m_item;
    QDate m_today;
    bool m_editable = true;
};

} // namespace minutebook
