#include "AgendaEdits.h"

#include "ApprovedRule.h"
#include "Numbering.h"
#include "RecordEdits.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QHash>
#include <QSqlError>

namespace minutebook {

namespace {
// `parent_id IS NOT DISTINCT FROM ?` matches NULL for top-level items as well as a parent id.
QVariant parentValue(qint64 parentId)
{
    return sql::id(parentId);
}

Status runAll(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db);
    return sql::exec(q, statement, values);
}
} // namespace

AgendaEdits::AgendaEdits(const Database &database)
    : m_database(database)
    , m_rule(database)
{ }

AgendaEdits::~AgendaEdits() = default;

Result<QSqlQuery *> AgendaEdits::prepared(
    std::unique_ptr<QSqlQuery> &slot, const QString &statement)
{
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        if (!query->prepare(statement))
            return Result<QSqlQuery *>::failure(Database::describe(*query));
        slot = std::move(query);
    }
    return slot.get();
}

Result<int> AgendaEdits::childCount(qint64 meetingId, qint64 parentId) const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT count(*) FROM agenda_items WHERE meeting_id = ? "
                           "AND parent_id IS NOT DISTINCT FROM ?"),
            {meetingId, parentValue(parentId)});
        !s)
        return s;
    q.next();
    return q.value(0).toInt();
}

Result<ItemPlacement> AgendaEdits::placement(qint64 itemId) const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT parent_id, position FROM agenda_items WHERE id = ?"), {itemId});
        !s)
        return s;
    if (!q.next())
        return Result<ItemPlacement>::failure(
            tr("There is no agenda item with id %1.").arg(itemId));
    return ItemPlacement {q.value(0).toLongLong(), q.value(1).toInt()};
}

Status AgendaEdits::renumberInTransaction(qint64 meetingId)
{
    struct Row
    {
        qint64 id, parent;
        int position;
        QString number;
    };
    QVector<Row> rows;
    QHash<qint64, QVector<int>> children;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT id, coalesce(parent_id, 0), position, number "
                           "FROM agenda_items WHERE meeting_id = ? ORDER BY position, id"),
            {meetingId});
        !s)
        return s;
    while (q.next()) {
        children[q.value(1).toLongLong()].append(int(rows.size()));
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
            q.value(3).toString()});
    }
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE agenda_items SET position = ?, number = ? WHERE id = ?"));
    // Top down, so a parent's number is known before its children's.
    QVector<QPair<qint64, QString>> pending {{0, QString()}};
    while (!pending.isEmpty()) {
        const auto [parent, parentNumber] = pending.takeLast();
        const QVector<int> &list = children.value(parent);
        for (int i = 0; i < list.size(); ++i) {
            const Row &row = rows.at(list.at(i));
            const QString number = itemNumber(parentNumber, i);
            if (row.position != i || row.number != number) {
                sql::bind(update, {i, number, row.id});
                if (Status s = sql::exec(update); !s)
                    return s;
            }
            pending.append({row.id, number});
        }
    }
    return {};
}

Status AgendaEdits::insertItemInTransaction(
    qint64 meetingId, qint64 parentId, int position, AgendaItem &item, int *nextDecision)
{
    if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Meeting, meetingId);
        !meeting)
        return meeting.status();
    if (parentId != 0) {
        const Result<qint64> parentMeeting = m_rule.check(ApprovedRule::Row::Item, parentId);
        if (!parentMeeting)
            return parentMeeting.status();
        if (parentMeeting.value() != meetingId)
            return Status::failure(
                tr("The agenda item %1 belongs to another meeting.").arg(parentId));
    }
    int localNext = 0;
    if (!nextDecision) {
        const Result<int> next = RecordEdits(m_database).nextDecisionNumberInTransaction(meetingId);
        if (!next)
            return next.status();
        localNext = next.value();
        nextDecision = &localNext;
    }
    return insertTree(meetingId, parentId, position, item, nextDecision);
}

Status AgendaEdits::insertTree(
    qint64 meetingId, qint64 parentId, int position, AgendaItem &item, int *nextDecision)
{
    const Result<int> count = childCount(meetingId, parentId);
    if (!count)
        return count.status();
    if (position < 0 || position > count.value())
        position = count.value();
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral(
                "UPDATE agenda_items SET position = position + 1 "
                "WHERE meeting_id = ? AND parent_id IS NOT DISTINCT FROM ? AND position >= ?"),
            {meetingId, parentValue(parentId), position});
        !s)
        return s;
    const Result<qint64> id = sql::insertRow(m_database.connection(),
        QStringLiteral("agenda_items"),
        {QStringLiteral("meeting_id"), QStringLiteral("parent_id"), QStringLiteral("position"),
            QStringLiteral("title"), QStringLiteral("presenter"), QStringLiteral("responsible"),
            QStringLiteral("body"), QStringLiteral("deferred_to"),
            QStringLiteral("deferred_from_item_id")},
        {meetingId, parentValue(parentId), position, item.title, item.presenter, item.responsible,
            item.body, sql::date(item.deferredTo), sql::id(item.deferredFromItemId)},
        item.id);
    if (!id)
        return id.status();
    item.id = id.value();
    RecordEdits records(m_database);
    for (Decision &d : item.decisions) {
        if (d.number == 0)
            d.number = (*nextDecision)++;
        if (Status s = records.insertDecisionInTransaction(item.id, d); !s)
            return s;
    }
    for (int i = 0; i < item.actions.size(); ++i) {
        if (Status s = records.insertActionInTransaction(item.id, item.actions[i], i); !s)
            return s;
    }
    for (int i = 0; i < item.children.size(); ++i) {
        if (Status s = insertTree(meetingId, item.id, i, item.children[i], nextDecision); !s)
            return s;
    }
    return {};
}

Status AgendaEdits::addItem(qint64 meetingId, qint64 parentId, int position, AgendaItem &item)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        if (Status s = insertItemInTransaction(meetingId, parentId, position, item); !s)
            return s;
        return renumberInTransaction(meetingId);
    });
}

Status AgendaEdits::removeItemInTransaction(qint64 itemId)
{
    const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Item, itemId);
    if (!meeting)
        return meeting.status();
    if (Status s = runAll(m_database.connection(),
            QStringLiteral("DELETE FROM agenda_items WHERE id = ?"), {itemId});
        !s)
        return s;
    return renumberInTransaction(meeting.value());
}

Status AgendaEdits::removeItem(qint64 itemId)
{
    return Transaction::run(
        m_database.connection(), [&] { return removeItemInTransaction(itemId); });
}

Status AgendaEdits::setDeferredToInTransaction(qint64 itemId, const QDate &date)
{
    if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Item, itemId); !meeting)
        return meeting.status();
    return runAll(m_database.connection(),
        QStringLiteral("UPDATE agenda_items SET deferred_to = ? WHERE id = ?"),
        {sql::date(date), itemId});
}

Status AgendaEdits::orderTopLevelInTransaction(qint64 meetingId, const QVector<qint64> &itemIds)
{
    if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Meeting, meetingId);
        !meeting)
        return meeting.status();
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT id FROM agenda_items WHERE meeting_id = ? "
                           "AND parent_id IS NULL ORDER BY position, id"),
            {meetingId});
        !s)
        return s;
    QVector<qint64> order = itemIds;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!order.contains(id))
            order.append(id);
    }
    q.prepare(QStringLiteral("UPDATE agenda_items SET position = ? WHERE id = ? AND meeting_id = ? "
                             "AND parent_id IS NULL"));
    for (int i = 0; i < order.size(); ++i) {
        sql::bind(q, {i, order.at(i), meetingId});
        if (Status s = sql::exec(q); !s)
            return s;
    }
    return renumberInTransaction(meetingId);
}

Status AgendaEdits::moveInTransaction(qint64 itemId, qint64 parentId, int position)
{
    const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Item, itemId);
    if (!meeting)
        return meeting.status();
    // The new parent may be neither the item itself nor anything under it.
    for (qint64 ancestor = parentId; ancestor != 0;) {
        if (ancestor == itemId)
            return Status::failure(tr("An agenda item cannot be moved under itself."));
        const Result<ItemPlacement> up = placement(ancestor);
        if (!up)
            return up.status();
        ancestor = up->parentId;
    }
    const Result<ItemPlacement> from = placement(itemId);
    if (!from)
        return from.status();
    const QSqlDatabase db = m_database.connection();
    if (Status s = runAll(db,
            QStringLiteral(
                "UPDATE agenda_items SET position = position - 1 "
                "WHERE meeting_id = ? AND parent_id IS NOT DISTINCT FROM ? AND position > ?"),
            {meeting.value(), parentValue(from->parentId), from->position});
        !s)
        return s;
    // Out of every sibling list while the others make room.
    if (Status s = runAll(
            db, QStringLiteral("UPDATE agenda_items SET position = -1 WHERE id = ?"), {itemId});
        !s)
        return s;
    const Result<int> count = childCount(meeting.value(), parentId);
    if (!count)
        return count.status();
    const int siblings = count.value() - (from->parentId == parentId ? 1 : 0);
    if (position < 0 || position > siblings)
        position = siblings;
    if (Status s = runAll(db,
            QStringLiteral(
                "UPDATE agenda_items SET position = position + 1 "
                "WHERE meeting_id = ? AND parent_id IS NOT DISTINCT FROM ? AND position >= ?"),
            {meeting.value(), parentValue(parentId), position});
        !s)
        return s;
    if (Status s = runAll(db,
            QStringLiteral("UPDATE agenda_items SET parent_id = ?, position = ? WHERE id = ?"),
            {parentValue(parentId), position, itemId});
        !s)
        return s;
    return renumberInTransaction(meeting.value());
}

Status AgendaEdits::moveItem(qint64 itemId, qint64 parentId, int position)
{
    return Transaction::run(
        m_database.connection(), [&] { return moveInTransaction(itemId, parentId, position); });
}

Status AgendaEdits::indentItem(qint64 itemId)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Item, itemId);
        if (!meeting)
            return meeting.status();
        const Result<ItemPlacement> at = placement(itemId);
        if (!at)
            return at.status();
        if (at->position == 0)
            return Status::failure(tr("The first item of a level cannot be indented."));
        QSqlQuery q(m_database.connection());
        if (Status s = sql::exec(q,
                QStringLiteral("SELECT id FROM agenda_items WHERE meeting_id = ? "
                               "AND parent_id IS NOT DISTINCT FROM ? AND position = ?"),
                {meeting.value(), parentValue(at->parentId), at->position - 1});
            !s)
            return s;
        if (!q.next())
            return Status::failure(tr("The item above could not be found."));
        return moveInTransaction(itemId, q.value(0).toLongLong(), -1);
    });
}

Status AgendaEdits::outdentItem(qint64 itemId)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Item, itemId); !meeting)
            return meeting.status();
        const Result<ItemPlacement> at = placement(itemId);
        if (!at)
            return at.status();
        if (at->parentId == 0)
            return Status::failure(tr("A top-level item cannot be outdented."));
        const Result<ItemPlacement> parent = placement(at->parentId);
        if (!parent)
            return parent.status();
        return moveInTransaction(itemId, parent->parentId, parent->position + 1);
    });
}

Status AgendaEdits::saveFields(const Meeting *header, const QVector<AgendaItem> &items)
{
    if (header && !header->date.isValid())
        return Status::failure(tr("A meeting needs a date."));
    // The autosave runs while the secretary types: the approved rule rides in each UPDATE as a
    // condition, and only a row the UPDATE left alone is asked about (for the message).
    return Transaction::run(m_database.connection(), [&]() -> Status {
        if (header) {
            const Result<QSqlQuery *> q = prepared(m_saveHeader,
                QStringLiteral("UPDATE meetings SET title = ?, meeting_date = ?, start_time = ?, "
                               "end_time = ?, place = ?, minute_taker = ?, notes = ? "
                               "WHERE id = ? AND ")
                    + ApprovedRule::draftCondition(QStringLiteral("meetings.id")));
            if (!q)
                return q.status();
            sql::bind(*q.value(),
                {header->title, sql::date(header->date), sql::time(header->start),
                    sql::time(header->end), header->place, header->minuteTaker, header->notes,
                    header->id});
            if (Status s = sql::exec(*q.value()); !s)
                return s;
            const int changed = q.value()->numRowsAffected();
            q.value()->finish();
            if (changed != 1)
                return m_rule.refusal(ApprovedRule::Row::Meeting, header->id);
        }
        if (items.isEmpty())
            return {};
        const Result<QSqlQuery *> q = prepared(m_saveItem,
            QStringLiteral("UPDATE agenda_items SET title = ?, presenter = ?, responsible = ?, "
                           "body = ? WHERE id = ? AND ")
                + ApprovedRule::draftCondition(QStringLiteral("agenda_items.meeting_id")));
        if (!q)
            return q.status();
        for (const AgendaItem &item : items) {
            sql::bind(
                *q.value(), {item.title, item.presenter, item.responsible, item.body, item.id});
            if (Status s = sql::exec(*q.value()); !s)
                return s;
            const int changed = q.value()->numRowsAffected();
            q.value()->finish();
            if (changed != 1)
                return m_rule.refusal(ApprovedRule::Row::Item, item.id);
        }
        return {};
    });
}

} // namespace minutebook
