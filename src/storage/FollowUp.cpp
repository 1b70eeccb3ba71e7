#include "FollowUp.h"

#include "MeetingEdits.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QLocale>

namespace minutebook {

FollowUp::FollowUp(const Database &database)
    : m_database(database)
{ }

QStringList FollowUp::openingTitles()
{
    return {tr("Opening of the meeting"), tr("Minutes of the previous meeting")};
}

QStringList FollowUp::closingTitles()
{
    return {tr("Any other business"), tr("Closing of the meeting")};
}

QString FollowUp::followUpTitle()
{
    return tr("Follow-up of assignments");
}

Result<FollowUp::Header> FollowUp::header(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT body_id, title, place, minute_taker, meeting_date, "
                           "start_time, end_time FROM meetings WHERE id = ?"),
            {meetingId});
        !s)
        return s;
    if (!q.next())
        return Result<Header>::failure(tr("There is no meeting with id %1.").arg(meetingId));
    Header h;
    h.bodyId = q.value(0).toLongLong();
    h.title = q.value(1).toString();
    h.place = q.value(2).toString();
    h.minuteTaker = q.value(3).toString();
    h.date = sql::toDate(q.value(4));
    h.start = q.value(5);
    h.end = q.value(6);
    return h;
}

Result<qint64> FollowUp::meetingOn(const Header &like, const QDate &date, bool *created)
{
    *created = false;
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT id, status FROM meetings WHERE body_id = ? AND meeting_date = ? "
                           "ORDER BY id LIMIT 1"),
            {like.bodyId, sql::date(date)});
        !s)
        return s;
    if (q.next()) {
        if (q.value(1).toString() == toString(MeetingStatus::Approved))
            return Result<qint64>::failure(
                tr("The meeting of %1 is already approved and cannot take more items.")
                    .arg(QLocale().toString(date, QLocale::ShortFormat)));
        return q.value(0).toLongLong();
    }
    if (Status s = sql::exec(q,
            QStringLiteral("INSERT INTO meetings (body_id, title, meeting_date, start_time, "
                           "end_time, place, minute_taker, status) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 'draft')"),
            {like.bodyId, like.title, sql::date(date), like.start, like.end, like.place,
                like.minuteTaker});
        !s)
        return s;
    *created = true;
    return q.lastInsertId().toLongLong();
}

Result<Deferral> FollowUp::deferItem(qint64 itemId, const QDate &date)
{
    if (!date.isValid())
        return Result<Deferral>::failure(tr("Choose the date to defer the item to."));
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT i.meeting_id, i.title, i.presenter, i.responsible, "
                           "i.deferred_to, m.status, "
                           "EXISTS (SELECT 1 FROM agenda_items c "
                           "WHERE c.deferred_from_item_id = i.id) "
                           "FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
                           "WHERE i.id = ?"),
            {itemId});
        !s)
        return s;
    if (!q.next())
        return Result<Deferral>::failure(tr("There is no agenda item with id %1.").arg(itemId));
    Deferral d;
    d.itemId = itemId;
    d.date = date;
    d.previousDate = sql::toDate(q.value(4));
    const qint64 source = q.value(0).toLongLong();
    AgendaItem copy;
    copy.title = q.value(1).toString();
    copy.presenter = q.value(2).toString();
    copy.responsible = q.value(3).toString();
    copy.deferredFromItemId = itemId;
    if (q.value(5).toString() == toString(MeetingStatus::Approved))
        return Result<Deferral>::failure(
            tr("These minutes are approved and can no longer be changed."));
    if (q.value(6).toBool())
        return Result<Deferral>::failure(tr("This item has already been deferred."));
    const Result<Header> from = header(source);
    if (!from)
        return from.status();
    if (date <= from->date)
        return Result<Deferral>::failure(
            tr("An item can only be deferred to a date after the meeting (%1).")
                .arg(QLocale().toString(from->date, QLocale::ShortFormat)));
    const Result<qint64> target = meetingOn(from.value(), date, &d.createdMeeting);
    if (!target)
        return target.status();
    d.meetingId = target.value();
    MeetingEdits edits(m_database);
    if (Status s = edits.insertItemInTransaction(d.meetingId, 0, -1, copy); !s)
        return s;
    d.copyId = copy.id;
    if (Status s
        = sql::exec(q, QStringLiteral("UPDATE agenda_items SET deferred_to = ? WHERE id = ?"),
            {sql::date(date), itemId});
        !s)
        return s;
    if (Status s = edits.renumberInTransaction(d.meetingId); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    return d;
}

Status FollowUp::undoDeferral(const Deferral &d)
{
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (Status s
        = sql::exec(q, QStringLiteral("DELETE FROM agenda_items WHERE id = ?"), {d.copyId});
        !s)
        return s;
    if (Status s
        = sql::exec(q, QStringLiteral("UPDATE agenda_items SET deferred_to = ? WHERE id = ?"),
            {sql::date(d.previousDate), d.itemId});
        !s)
        return s;
    if (d.createdMeeting) {
        // Only while nothing else has been written into it.
        if (Status s = sql::exec(q,
                QStringLiteral("DELETE FROM meetings WHERE id = ? AND NOT EXISTS "
                               "(SELECT 1 FROM agenda_items WHERE meeting_id = ?) AND NOT EXISTS "
                               "(SELECT 1 FROM attendance WHERE meeting_id = ?)"),
                {d.meetingId, d.meetingId, d.meetingId});
            !s)
            return s;
    } else if (Status s = MeetingEdits(m_database).renumberInTransaction(d.meetingId); !s) {
        return s;
    }
    return transaction.commit();
}

Status FollowUp::addAttendance(qint64 meetingId, qint64 previousMeetingId, qint64 bodyId)
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(
            q, QStringLiteral("SELECT count(*) FROM attendance WHERE meeting_id = ?"), {meetingId});
        !s)
        return s;
    if (q.next() && q.value(0).toInt() > 0)
        return {};
    if (Status s
        = sql::exec(q, QStringLiteral("SELECT count(*) FROM roster WHERE body_id = ?"), {bodyId});
        !s)
        return s;
    const bool hasRoster = q.next() && q.value(0).toInt() > 0;
    // Everybody on the roster, present until the secretary says otherwise; without a roster
    // (imported minutes), the members of the previous meeting.
    const QString fromRoster = QStringLiteral(
        "INSERT INTO attendance (meeting_id, person_id, group_label, status, note, position) "
        "SELECT ?, person_id, group_label, 'present', '', position FROM roster "
        "WHERE body_id = ?");
    const QString fromPrevious = QStringLiteral(
        "INSERT INTO attendance (meeting_id, person_id, group_label, status, note, position) "
        "SELECT ?, person_id, group_label, 'present', '', position FROM attendance "
        "WHERE meeting_id = ? AND status <> 'guest'");
    return sql::exec(q, hasRoster ? fromRoster : fromPrevious,
        {meetingId, hasRoster ? bodyId : previousMeetingId});
}

Result<AgendaItem> FollowUp::openAssignments(
    qint64 bodyId, qint64 meetingId, const QDate &date) const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT a.id, a.text, a.assignee, a.due_date FROM actions a "
                           "JOIN agenda_items i ON i.id = a.item_id "
                           "JOIN meetings m ON m.id = i.meeting_id "
                           "WHERE m.body_id = ? AND m.id <> ? AND m.meeting_date < ? "
                           "AND a.status = 'open' AND NOT EXISTS "
                           "(SELECT 1 FROM actions c WHERE c.origin_action_id = a.id) "
                           "ORDER BY m.meeting_date, m.id, i.position, a.position, a.id"),
            {bodyId, meetingId, sql::date(date)});
        !s)
        return s;
    AgendaItem item;
    item.title = followUpTitle();
    while (q.next()) {
        ActionItem a;
        a.originActionId = q.value(0).toLongLong();
        a.text = q.value(1).toString();
        a.assignee = q.value(2).toString();
        a.due = sql::toDate(q.value(3));
        item.actions.append(a);
    }
    return item;
}

Result<QVector<AgendaItem>> FollowUp::deferredItems(
    qint64 bodyId, qint64 meetingId, const QDate &date) const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT i.id, i.title, i.presenter, i.responsible "
                           "FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
                           "WHERE m.body_id = ? AND m.id <> ? AND i.deferred_to = ? "
                           "AND NOT EXISTS (SELECT 1 FROM agenda_items c "
                           "WHERE c.deferred_from_item_id = i.id) "
                           "ORDER BY m.meeting_date, m.id, i.number"),
            {bodyId, meetingId, sql::date(date)});
        !s)
        return s;
    QVector<AgendaItem> out;
    while (q.next()) {
        AgendaItem item;
        item.deferredFromItemId = q.value(0).toLongLong();
        item.title = q.value(1).toString();
        item.presenter = q.value(2).toString();
        item.responsible = q.value(3).toString();
        out.append(item);
    }
    return out;
}

Status FollowUp::placeItems(qint64 meetingId, const QVector<AgendaItem> &before,
    QVector<AgendaItem> &after, qint64 followUpId)
{
    // Final order: opening items, follow-up, what the meeting already held (deferred items),
    // newly deferred items, closing items.
    QVector<qint64> order;
    for (const AgendaItem &item : before)
        order.append(item.id);
    if (followUpId != 0)
        order.append(followUpId);
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT id FROM agenda_items WHERE meeting_id = ? "
                           "AND parent_id IS NULL ORDER BY position, id"),
            {meetingId});
        !s)
        return s;
    QVector<qint64> existing;
    while (q.next())
        existing.append(q.value(0).toLongLong());
    MeetingEdits edits(m_database);
    for (AgendaItem &item : after) {
        if (Status s = edits.insertItemInTransaction(meetingId, 0, -1, item); !s)
            return s;
    }
    for (qint64 id : existing) {
        if (!order.contains(id))
            order.append(id);
    }
    for (const AgendaItem &item : after) {
        if (!order.contains(item.id))
            order.append(item.id);
    }
    q.prepare(QStringLiteral("UPDATE agenda_items SET position = ? WHERE id = ?"));
    for (int i = 0; i < order.size(); ++i) {
        sql::bind(q, {i, order.at(i)});
        if (Status s = sql::exec(q); !s)
            return s;
    }
    return edits.renumberInTransaction(meetingId);
}

Result<qint64> FollowUp::createFromPrevious(qint64 previousMeetingId, const QDate &date)
{
    if (!date.isValid())
        return Result<qint64>::failure(tr("Choose the date of the new meeting."));
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const Result<Header> previous = header(previousMeetingId);
    if (!previous)
        return previous.status();
    if (date == previous->date)
        return Result<qint64>::failure(
            tr("The new meeting needs a date other than the previous one's."));
    bool created = false;
    const Result<qint64> target = meetingOn(previous.value(), date, &created);
    if (!target)
        return target.status();
    const qint64 id = target.value();
    if (!created) {
        QSqlQuery q(m_database.connection());
        if (Status s = sql::exec(q,
                QStringLiteral("SELECT 1 FROM agenda_items WHERE meeting_id = ? AND title = ?"),
                {id, openingTitles().constFirst()});
            !s)
            return s;
        if (q.next())
            return Result<qint64>::failure(
                tr("There already is a meeting of the body on %1.")
                    .arg(QLocale().toString(date, QLocale::ShortFormat)));
    }
    if (Status s = addAttendance(id, previousMeetingId, previous->bodyId); !s)
        return s;
    MeetingEdits edits(m_database);
    QVector<AgendaItem> opening;
    for (const QString &title : openingTitles()) {
        opening.append(AgendaItem {});
        opening.last().title = title;
    }
    for (AgendaItem &item : opening) {
        if (Status s = edits.insertItemInTransaction(id, 0, -1, item); !s)
            return s;
    }
    Result<AgendaItem> followUp = openAssignments(previous->bodyId, id, date);
    if (!followUp)
        return followUp.status();
    if (!followUp->actions.isEmpty()) {
        if (Status s = edits.insertItemInTransaction(id, 0, -1, followUp.value()); !s)
            return s;
    }
    Result<QVector<AgendaItem>> after = deferredItems(previous->bodyId, id, date);
    if (!after)
        return after.status();
    for (const QString &title : closingTitles()) {
        after->append(AgendaItem {});
        after->last().title = title;
    }
    if (Status s = placeItems(id, opening, after.value(), followUp->id); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    return id;
}

Result<QDate> FollowUp::proposedDate(qint64 previousMeetingId) const
{
    const Result<Header> previous = header(previousMeetingId);
    if (!previous)
        return previous.status();
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT meeting_date FROM meetings WHERE body_id = ? "
                           "AND meeting_date < ? ORDER BY meeting_date DESC LIMIT 1"),
            {previous->bodyId, sql::date(previous->date)});
        !s)
        return s;
    qint64 interval = 7;
    if (q.next()) {
        const qint64 days = sql::toDate(q.value(0)).daysTo(previous->date);
        if (days > 0 && days <= 62)
            interval = days;
    }
    return previous->date.addDays(interval);
}

} // namespace minutebook
