#include "AgendaModel.h"

#include "Colours.h"
#include "Numbering.h"

#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

namespace minutebook {

namespace {
const char mimeType[] = "application/x-minutebook-agenda-item";
} // namespace

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

AgendaModel::~AgendaModel() = default;

void AgendaModel::setItems(const QVector<AgendaItem> &items)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    addChildren(m_root.get(), items);
    endResetModel();
}

void AgendaModel::addChildren(Node *parent, const QVector<AgendaItem> &items)
{
    for (const AgendaItem &item : items) {
        auto child = std::make_unique<Node>();
        child->item = item;
        child->item.children.clear();
        child->parent = parent;
        addChildren(child.get(), item.children);
        parent->children.push_back(std::move(child));
    }
}

AgendaItem AgendaModel::toItem(const Node *n) const
{
    AgendaItem out = n->item;
    for (const auto &child : n->children)
        out.children.append(toItem(child.get()));
    return out;
}

QVector<AgendaItem> AgendaModel::items() const
{
    return toItem(m_root.get()).children;
}

AgendaModel::Node *AgendaModel::find(const Node *from, qint64 id) const
{
    for (const auto &child : from->children) {
        if (child->item.id == id)
            return child.get();
        if (Node *found = find(child.get(), id))
            return found;
    }
    return nullptr;
}

AgendaModel::Node *AgendaModel::node(qint64 id) const
{
    return id == 0 ? m_root.get() : find(m_root.get(), id);
}

AgendaModel::Node *AgendaModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

const AgendaItem *AgendaModel::item(qint64 id) const
{
    const Node *n = id == 0 ? nullptr : node(id);
    return n ? &n->item : nullptr;
}

AgendaItem AgendaModel::subtree(qint64 id) const
{
    const Node *n = node(id);
    return n && n != m_root.get() ? toItem(n) : AgendaItem();
}

int AgendaModel::rowOf(const Node *n) const
{
    if (!n || !n->parent)
        return -1;
    const auto &siblings = n->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == n)
            return int(i);
    }
    return -1;
}

QModelIndex AgendaModel::indexOf(const Node *n) const
{
    if (!n || n == m_root.get())
        return {};
    return createIndex(rowOf(n), 0, const_cast<Node *>(n));
}

QModelIndex AgendaModel::indexOf(qint64 id) const
{
    return id == 0 ? QModelIndex() : indexOf(node(id));
}

qint64 AgendaModel::itemId(const QModelIndex &index) const
{
    return index.isValid() ? node(index)->item.id : 0;
}

QString AgendaModel::number(qint64 id) const
{
    QVector<int> rows;
    for (const Node *n = node(id); n && n->parent; n = n->parent)
        rows.prepend(rowOf(n));
    QString number;
    for (int row : std::as_const(rows))
        number = itemNumber(number, row);
    return number;
}

qint64 AgendaModel::parentId(qint64 id) const
{
    const Node *n = node(id);
    return n && n->parent ? n->parent->item.id : 0;
}

int AgendaModel::row(qint64 id) const
{
    return rowOf(node(id));
}

int AgendaModel::childCount(qint64 parentId) const
{
    const Node *n = node(parentId);
    return n ? int(n->children.size()) : 0;
}

qint64 AgendaModel::childId(qint64 parentId, int row) const
{
    const Node *n = node(parentId);
    if (!n || row < 0 || row >= int(n->children.size()))
        return 0;
    return n->children[size_t(row)]->item.id;
}

void AgendaModel::renumbered(const Node *parent, int fromRow)
{
    // Numbers are derived from rows: everything from `fromRow` on (with what is under it)
    // shows a new one.
    const int count = int(parent->children.size());
    if (fromRow >= count)
        return;
    const QModelIndex p = indexOf(parent);
    emit dataChanged(index(fromRow, 0, p), index(count - 1, 0, p), {Qt::DisplayRole, NumberRole});
    for (int i = fromRow; i < count; ++i)
        renumbered(parent->children[size_t(i)].get(), 0);
}

void AgendaModel::insertItem(qint64 parentId, int row, const AgendaItem &item)
{
    Node *parent = node(parentId);
    if (!parent)
        return;
    row = qBound(0, row, int(parent->children.size()));
    beginInsertRows(indexOf(parent), row, row);
    auto child = std::make_unique<Node>();
    child->item = item;
    child->item.children.clear();
    child->parent = parent;
    addChildren(child.get(), item.children);
    parent->children.insert(parent->children.begin() + row, std::move(child));
    endInsertRows();
    renumbered(parent, row + 1);
}

void AgendaModel::removeItem(qint64 id)
{
    Node *n = node(id);
    if (!n || n == m_root.get())
        return;
    Node *parent = n->parent;
    const int row = rowOf(n);
    beginRemoveRows(indexOf(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    renumbered(parent, row);
}

void AgendaModel::moveItem(qint64 id, qint64 parentId, int row)
{
    Node *n = node(id);
    Node *to = node(parentId);
    if (!n || !to || n == m_root.get())
        return;
    for (const Node *up = to; up; up = up->parent) {
        if (up == n)
            return;
    }
    Node *from = n->parent;
    const int fromRow = rowOf(n);
    const int siblings = int(to->children.size()) - (from == to ? 1 : 0);
    row = qBound(0, row, siblings);
    if (from == to && row == fromRow)
        return;
    // beginMoveRows counts the destination before the move.
    const int destination = (from == to && row > fromRow) ? row + 1 : row;
    if (!beginMoveRows(indexOf(from), fromRow, fromRow, indexOf(to), destination))
        return;
    std::unique_ptr<Node> moving = std::move(from->children[size_t(fromRow)]);
    from->children.erase(from->children.begin() + fromRow);
    moving->parent = to;
    to->children.insert(to->children.begin() + row, std::move(moving));
    endMoveRows();
    renumbered(from, qMin(fromRow, from == to ? row : fromRow));
    if (from != to)
        renumbered(to, row);
}

void AgendaModel::updateItem(const AgendaItem &item)
{
    Node *n = node(item.id);
    if (!n || n == m_root.get())
        return;
    n->item = item;
    n->item.children.clear();
    const QModelIndex at = indexOf(n);
    emit dataChanged(at, at);
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *p = node(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(node(child)->parent);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = node(index);
    const bool untitled = n->item.title.trimmed().isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        // The number is drawn by the view's delegate (NumberRole): it changes when rows move,
        // and a display text that changes with its neighbours confuses views and proxies.
        return untitled ? tr("(no title)") : n->item.title;
    case DeferredRole:
        return n->item.deferredTo;
    case Qt::ToolTipRole:
        return untitled ? tr("This item has no title yet.") : n->item.title;
    case Qt::FontRole:
        if (untitled) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return untitled ? QBrush(Colours::muted()) : QVariant();
    case ItemIdRole:
        return n->item.id;
    case NumberRole:
        return number(n->item.id);
    case TitleRole:
        return n->item.title;
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (m_editable) {
        f |= Qt::ItemIsDropEnabled;
        if (index.isValid())
            f |= Qt::ItemIsDragEnabled;
    }
    return f;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {QLatin1String(mimeType)};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(mimeType), QByteArray::number(itemId(indexes.constFirst())));
    return data;
}

bool AgendaModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (!m_editable || action != Qt::MoveAction || !data->hasFormat(QLatin1String(mimeType)))
        return false;
    const qint64 id = data->data(QLatin1String(mimeType)).toLongLong();
    for (const Node *up = node(parent); up; up = up->parent) {
        if (up->item.id == id && up != m_root.get())
            return false;
    }
    return true;
}

bool AgendaModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 id = data->data(QLatin1String(mimeType)).toLongLong();
    const Node *to = node(parent);
    if (row < 0)
        row = int(to->children.size());
    const Node *moving = node(id);
    if (moving && moving->parent == to && rowOf(moving) < row)
        --row;
    emit moveRequested(id, to->item.id, row);
    // The move itself happens through the session; the view must not delete the source row.
    return false;
}

} // namespace minutebook
