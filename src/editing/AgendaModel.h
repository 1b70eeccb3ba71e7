#pragma once

// The agenda of the meeting being edited, as a tree: one row per item (the view shows
// "3.1  Title").
// Numbers are derived from the rows, so they always follow the order. The model holds the
// items; changes come from MeetingSession (which saves them), and a drag-and-drop move is only
// asked for (moveRequested), so that it becomes an undoable edit like any other.

#include "Meeting.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace minutebook {

class AgendaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { ItemIdRole = Qt::UserRole + 1, NumberRole, TitleRole, DeferredRole };

    explicit AgendaModel(QObject *parent = nullptr);
    ~AgendaModel() override;

    void setItems(const QVector<AgendaItem> &items);
    /// The tree as it stands, for saving and tests.
    QVector<AgendaItem> items() const;
    void setEditable(bool editable) { m_editable = editable; }

    /// nullptr when there is no such item. Children of the returned item are not filled in.
    const AgendaItem *item(qint64 id) const;
    /// With its children, decisions and assignments.
    AgendaItem subtree(qint64 id) const;
    QModelIndex indexOf(qint64 id) const;
    qint64 itemId(const QModelIndex &index) const;
    QString number(qint64 id) const;
    qint64 parentId(qint64 id) const;
    int row(qint64 id) const;
    int childCount(qint64 parentId) const;
    /// 0 when out of range.
    qint64 childId(qint64 parentId, int row) const;

    void insertItem(qint64 parentId, int row, const AgendaItem &item);
    void removeItem(qint64 id);
    /// `row` counts after the item has left its old place.
    void moveItem(qint64 id, qint64 parentId, int row);
    /// Replaces the item's own fields, decisions and assignments (not its children).
    void updateItem(const AgendaItem &item);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

signals:
    /// A drag asks to move the item; `row` counts after it has left its old place.
    void moveRequested(qint64 itemId, qint64 parentId, int row);

private:
    struct Node
    {
        AgendaItem item; ///< children kept in `children` below, not in item.children
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *node(qint64 id) const;
    Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    int rowOf(const Node *node) const;
    void addChildren(Node *parent, const QVector<AgendaItem> &items);
    AgendaItem toItem(const Node *node) const;
    void renumbered(const Node *parent, int fromRow);
    Node *find(const Node *from, qint64 id) const;

    std::unique_ptr<Node> m_root;
    bool m_editable = true;
};

} // namespace minutebook
