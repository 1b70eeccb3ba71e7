#include "MeetingEdits.h"

#include "Numbering.h"
#include "PersonRepository.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QHash>

namespace minutebook {

namespace {
// `parent_id IS ?` matches NULL for top-level items as well as a parent id.
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

MeetingEdits::MeetingEdits(const Database &database)
    : m_database(database)
{ }

Result<qint64> MeetingEdits::meetingOfItem(qint64 itemId) const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(
            q, QStringLiteral("SELECT meeting_id FROM agenda_items WHERE id = ?"), {itemId});
        !s)
        return s;
    if (!q.next())
        return Result<qint64>::failure(tr("There is no agenda item with id %1.").arg(itemId));
    return q.value(0).toLongLong();
}

Status MeetingEdits::failIfApproved(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    if (Status s
        = sql::exec(q, QStringLiteral("SELECT status FROM meetings WHERE id = ?"), {meetingId});
        !s)
        return s;
    if (!q.next())
        return Status::failure(tr("There is no meeting with id %1.").arg(meetingId));
    if (q.value(0).toString() == toString(MeetingStatus::Approved))
        return Status::failure(tr("These minutes are approved and can no longer be changed."));
    return {};
}

Result<int> MeetingEdits::childCount(qint64 meetingId, qint64 parentId) const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT count(*) FROM agenda_items WHERE meeting_id = ? "
                           "AND parent_id IS ?"),
            {meetingId, parentValue(parentId)});
        !s)
        return s;
    q.next();
    return q.value(0).toInt();
}

Result<ItemPlacement> MeetingEdits::placement(qint64 itemId) const
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

Status MeetingEdits::renumberInTransaction(qint64 meetingId)
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

Status MeetingEdits::insertItemInTransaction(
    qint64 meetingId, qint64 parentId, int position, AgendaItem &item, int *nextDecision)
{
    const Result<int> count = childCount(meetingId, parentId);
    if (!count)
        return count.status();
    if (position < 0 || position > count.value())
        position = count.value();
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("UPDATE agenda_items SET position = position + 1 "
                           "WHERE meeting_id = ? AND parent_id IS ? AND position >= ?"),
            {meetingId, parentValue(parentId), position});
        !s)
        return s;
    if (Status s = sql::exec(q,
            QStringLiteral("INSERT INTO agenda_items (id, meeting_id, parent_id, position, "
                           "title, presenter, responsible, body, deferred_to, "
                           "deferred_from_item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {sql::id(item.id), meetingId, parentValue(parentId), position, item.title,
                item.presenter, item.responsible, item.body, sql::date(item.deferredTo),
                sql::id(item.deferredFromItemId)});
        !s)
        return s;
    item.id = q.lastInsertId().toLongLong();
    int localNext = 0;
    if (!nextDecision) {
        if (Status s = sql::exec(q,
                QStringLiteral("SELECT coalesce(max(d.number), 0) + 1 FROM decisions d "
                               "JOIN agenda_items i ON i.id = d.item_id WHERE i.meeting_id = ?"),
                {meetingId});
            !s)
            return s;
        q.next();
        localNext = q.value(0).toInt();
        nextDecision = &localNext;
    }
    for (Decision &d : item.decisions) {
        if (d.number == 0)
            d.number = (*nextDecision)++;
        if (Status s = insertDecision(item.id, d); !s)
            return s;
    }
    for (int i = 0; i < item.actions.size(); ++i) {
        if (Status s = insertAction(item.id, item.actions[i], i); !s)
            return s;
    }
    for (int i = 0; i < item.children.size(); ++i) {
        if (Status s
            = insertItemInTransaction(meetingId, item.id, i, item.children[i], nextDecision);
            !s)
            return s;
    }
    return {};
}

Status MeetingEdits::addItem(qint64 meetingId, qint64 parentId, int position, AgendaItem &item)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = failIfApproved(meetingId); !s)
        return s;
    if (parentId != 0) {
        const Result<qint64> parentMeeting = meetingOfItem(parentId);
        if (!parentMeeting)
            return parentMeeting.status();
        if (parentMeeting.value() != meetingId)
            return Status::failure(
                tr("The agenda item %1 belongs to another meeting.").arg(parentId));
    }
    if (Status s = insertItemInTransaction(meetingId, parentId, position, item); !s)
        return s;
    if (Status s = renumberInTransaction(meetingId); !s)
        return s;
    return transaction.commit();
}

Status MeetingEdits::removeItem(qint64 itemId)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const Result<qint64> meeting = meetingOfItem(itemId);
    if (!meeting)
        return meeting.status();
    if (Status s = failIfApproved(meeting.value()); !s)
        return s;
    if (Status s = runAll(m_database.connection(),
            QStringLiteral("DELETE FROM agenda_items WHERE id = ?"), {itemId});
        !s)
        return s;
    if (Status s = renumberInTransaction(meeting.value()); !s)
        return s;
    return transaction.commit();
}

Status MeetingEdits::moveInTransaction(qint64 itemId, qint64 parentId, int position)
{
    const Result<qint64> meeting = meetingOfItem(itemId);
    if (!meeting)
        return meeting.status();
    if (Status s = failIfApproved(meeting.value()); !s)
        return s;
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
            QStringLiteral("UPDATE agenda_items SET position = position - 1 "
                           "WHERE meeting_id = ? AND parent_id IS ? AND position > ?"),
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
            QStringLiteral("UPDATE agenda_items SET position = position + 1 "
                           "WHERE meeting_id = ? AND parent_id IS ? AND position >= ?"),
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

Status MeetingEdits::moveItem(qint64 itemId, qint64 parentId, int position)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = moveInTransaction(itemId, parentId, position); !s)
        return s;
    return transaction.commit();
}

Status MeetingEdits::indentItem(qint64 itemId)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const Result<ItemPlacement> at = placement(itemId);
    if (!at)
        return at.status();
    if (at->position == 0)
        return Status::failure(tr("The first item of a level cannot be indented."));
    const Result<qint64> meeting = meetingOfItem(itemId);
    if (!meeting)
        return meeting.status();
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT id FROM agenda_items WHERE meeting_id = ? AND parent_id IS ? "
                           "AND position = ?"),
            {meeting.value(), parentValue(at->parentId), at->position - 1});
        !s)
        return s;
    if (!q.next())
        return Status::failure(tr("The item above could not be found."));
    const qint64 above = q.value(0).toLongLong();
    if (Status s = moveInTransaction(itemId, above, -1); !s)
        return s;
    return transaction.commit();
}

Status MeetingEdits::outdentItem(qint64 itemId)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const Result<ItemPlacement> at = placement(itemId);
    if (!at)
        return at.status();
    if (at->parentId == 0)
        return Status::failure(tr("A top-level item cannot be outdented."));
    const Result<ItemPlacement> parent = placement(at->parentId);
    if (!parent)
        return parent.status();
    if (Status s = moveInTransaction(itemId, parent->parentId, parent->position + 1); !s)
        return s;
    return transaction.commit();
}

Status MeetingEdits::saveFields(const Meeting *header, const QVector<AgendaItem> &items)
{
    if (header && !header->date.isValid())
        return Status::failure(tr("A meeting needs a date."));
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (header) {
        if (Status s = sql::exec(q,
                QStringLiteral("UPDATE meetings SET title = ?, meeting_date = ?, "
                               "start_time = ?, end_time = ?, place = ?, minute_taker = ?, "
                               "notes = ? WHERE id = ?"),
                {header->title, sql::date(header->date), sql::time(header->start),
                    sql::time(header->end), header->place, header->minuteTaker, header->notes,
                    header->id});
            !s)
            return s;
    }
    if (!items.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE agenda_items SET title = ?, presenter = ?, "
                                 "responsible = ?, body = ? WHERE id = ?"));
        for (const AgendaItem &item : items) {
            sql::bind(q, {item.title, item.presenter, item.responsible, item.body, item.id});
            if (Status s = sql::exec(q); !s)
                return s;
        }
    }
    return transaction.commit();
}

Status MeetingEdits::setAttendance(qint64 meetingId, Attendance &attendance)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = failIfApproved(meetingId); !s)
        return s;
    PersonRepository persons(m_database);
    if (Status s = persons.ensureInTransaction(attendance.person); !s)
        return s;
    if (Status s = runAll(m_database.connection(),
            QStringLiteral(
                "INSERT INTO attendance (meeting_id, person_id, group_label, status, note, "
                "position) VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 "
                "FROM attendance WHERE meeting_id = ?)) "
                "ON CONFLICT (meeting_id, person_id) DO UPDATE SET "
                "group_label = excluded.group_label, status = excluded.status, "
                "note = excluded.note"),
            {meetingId, attendance.person.id, attendance.groupLabel, toString(attendance.status),
                attendance.note, meetingId});
        !s)
        return s;
    return transaction.commit();
}

Status MeetingEdits::removeAttendance(qint64 meetingId, qint64 personId)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = failIfApproved(meetingId); !s)
        return s;
    if (Status s = runAll(m_database.connection(),
            QStringLiteral("DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?"),
            {meetingId, personId});
        !s)
        return s;
    return transaction.commit();
}

Result<Person> MeetingEdits::findPerson(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    // lower() folds ASCII only in SQLite; compare folded in C++ for å, ä, ö.
    if (Status s = sql::exec(
            q, QStringLiteral("SELECT id, name, initials, title FROM persons ORDER BY id"), {});
        !s)
        return s;
    const QString wanted = name.simplified();
    while (q.next()) {
        if (q.value(1).toString().simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            return Person {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString()};
    }
    return Person {};
}

Status MeetingEdits::addToRoster(qint64 bodyId, RosterEntry &entry)
{
    const QString name = entry.person.name.simplified();
    if (name.isEmpty())
        return Status::failure(tr("A person needs a name."));
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT p.name FROM roster r JOIN persons p ON p.id = r.person_id "
                           "WHERE r.body_id = ?"),
            {bodyId});
        !s)
        return s;
    while (q.next()) {
        if (q.value(0).toString().simplified().compare(name, Qt::CaseInsensitive) == 0)
            return Status::failure(tr("%1 is already on the roster.").arg(q.value(0).toString()));
    }
    if (entry.person.id == 0) {
        const Result<Person> known = findPerson(name);
        if (!known)
            return known.status();
        if (known->id != 0)
            entry.person = known.value();
    }
    entry.person.name = entry.person.id == 0 ? name : entry.person.name;
    PersonRepository persons(m_database);
    if (Status s = persons.ensureInTransaction(entry.person); !s)
        return s;
    if (Status s = sql::exec(q,
            QStringLiteral("INSERT INTO roster (body_id, person_id, group_label, position) "
                           "VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM roster "
                           "WHERE body_id = ?))"),
            {bodyId, entry.person.id, entry.groupLabel, bodyId});
        !s)
        return s;
    return transaction.commit();
}

Status MeetingEdits::removeFromRoster(qint64 bodyId, qint64 personId)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = runAll(m_database.connection(),
            QStringLiteral("DELETE FROM roster WHERE body_id = ? AND person_id = ?"),
            {bodyId, personId});
        !s)
        return s;
    return transaction.commit();
}

Status MeetingEdits::insertDecision(qint64 itemId, Decision &decision)
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("INSERT INTO decisions (id, item_id, number, text) VALUES (?, ?, ?, ?)"),
            {sql::id(decision.id), itemId, decision.number, decision.text});
        !s)
        return s;
    decision.id = q.lastInsertId().toLongLong();
    return {};
}

Status MeetingEdits::insertAction(qint64 itemId, ActionItem &action, int position)
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("INSERT INTO actions (id, item_id, position, text, assignee, "
                           "due_date, status, origin_action_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {sql::id(action.id), itemId, position, action.text, action.assignee,
                sql::date(action.due), toString(action.status), sql::id(action.originActionId)});
        !s)
        return s;
    action.id = q.lastInsertId().toLongLong();
    return {};
}

Status MeetingEdits::addDecision(qint64 itemId, Decision &decision)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const Result<qint64> meeting = meetingOfItem(itemId);
    if (!meeting)
        return meeting.status();
    if (Status s = failIfApproved(meeting.value()); !s)
        return s;
    if (decision.number == 0) {
        QSqlQuery q(m_database.connection());
        if (Status s = sql::exec(q,
                QStringLiteral("SELECT coalesce(max(d.number), 0) + 1 FROM decisions d "
                               "JOIN agenda_items i ON i.id = d.item_id WHERE i.meeting_id = ?"),
                {meeting.value()});
            !s)
            return s;
        q.next();
        decision.number = q.value(0).toInt();
    }
    if (Status s = insertDecision(itemId, decision); !s)
        return s;
    return transaction.commit();
}

Status MeetingEdits::updateDecision(const Decision &decision)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q, QStringLiteral("UPDATE decisions SET text = ? WHERE id = ?"),
            {decision.text, decision.id});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no decision with id %1.").arg(decision.id));
    return transaction.commit();
}

Status MeetingEdits::removeDecision(qint64 decisionId)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = runAll(m_database.connection(),
            QStringLiteral("DELETE FROM decisions WHERE id = ?"), {decisionId});
        !s)
        return s;
    return transaction.commit();
}

Status MeetingEdits::addAction(qint64 itemId, ActionItem &action, int position)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const Result<qint64> meeting = meetingOfItem(itemId);
    if (!meeting)
        return meeting.status();
    if (Status s = failIfApproved(meeting.value()); !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (Status s
        = sql::exec(q, QStringLiteral("SELECT count(*) FROM actions WHERE item_id = ?"), {itemId});
        !s)
        return s;
    q.next();
    const int count = q.value(0).toInt();
    if (position < 0 || position > count)
        position = count;
    if (Status s = sql::exec(q,
            QStringLiteral("UPDATE actions SET position = position + 1 "
                           "WHERE item_id = ? AND position >= ?"),
            {itemId, position});
        !s)
        return s;
    if (Status s = insertAction(itemId, action, position); !s)
        return s;
    return transaction.commit();
}

Status MeetingEdits::updateAction(const ActionItem &action)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("UPDATE actions SET text = ?, assignee = ?, due_date = ?, status = ? "
                           "WHERE id = ?"),
            {action.text, action.assignee, sql::date(action.due), toString(action.status),
                action.id});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no assignment with id %1.").arg(action.id));
    return transaction.commit();
}

Status MeetingEdits::removeAction(qint64 actionId)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = runAll(m_database.connection(),
            QStringLiteral("DELETE FROM actions WHERE id = ?"), {actionId});
        !s)
        return s;
    return transaction.commit();
}

} // namespace minutebook
