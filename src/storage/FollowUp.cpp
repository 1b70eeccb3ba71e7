#include "FollowUp.h"

#include "AgendaEdits.h"
#include "ApprovedRule.h"
#include "AttendanceEdits.h"
#include "MeetingRepository.h"
#include "MeetingRules.h"
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
                           "start_time, end_time, prepared_from_id FROM meetings WHERE id = ?"),
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
    h.start = sql::toTime(q.value(5));
    h.end = sql::toTime(q.value(6));
    h.preparedFromId = q.value(7).toLongLong();
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
        MeetingStatus status = MeetingStatus::Draft;
        if (fromString(q.value(1).toString(), status) && MeetingRules::isFrozen(status))
            return Result<qint64>::failure(
                tr("The meeting of %1 is already approved and cannot take more items.")
                    .arg(QLocale().toString(date, QLocale::ShortFormat)));
        return q.value(0).toLongLong();
    }
    Meeting draft;
    draft.body.id = like.bodyId;
    draft.title = like.title;
    draft.date = date;
    draft.start = like.start;
    draft.end = like.end;
    draft.place = like.place;
    draft.minuteTaker = like.minuteTaker;
    if (Status s = MeetingRepository(m_database).insertInTransaction(draft); !s)
        return s;
    *created = true;
    return draft.id;
}

Result<Deferral> FollowUp::deferItem(qint64 itemId, const QDate &date)
{
    if (!date.isValid())
        return Result<Deferral>::failure(tr("Choose the date to defer the item to."));
    return Transaction::run(m_database.connection(), [&]() -> Result<Deferral> {
        const Result<qint64> source
            = ApprovedRule(m_database).check(ApprovedRule::Row::Item, itemId);
        if (!source)
            return source.status();
        QSqlQuery q(m_database.connection());
        if (Status s = sql::exec(q,
                QStringLiteral("SELECT i.title, i.presenter, i.responsible, i.deferred_to, "
                               "EXISTS (SELECT 1 FROM agenda_items c "
                               "WHERE c.deferred_from_item_id = i.id) "
                               "FROM agenda_items i WHERE i.id = ?"),
                {itemId});
            !s)
            return s;
        if (!q.next())
            return Result<Deferral>::failure(tr("There is no agenda item with id %1.").arg(itemId));
        Deferral d;
        d.itemId = itemId;
        d.date = date;
        d.previousDate = sql::toDate(q.value(3));
        AgendaItem copy;
        copy.title = q.value(0).toString();
        copy.presenter = q.value(1).toString();
        copy.responsible = q.value(2).toString();
        copy.deferredFromItemId = itemId;
        if (q.value(4).toBool())
            return Result<Deferral>::failure(tr("This item has already been deferred."));
        const Result<Header> from = header(source.value());
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
        AgendaEdits agenda(m_database);
        if (Status s = agenda.insertItemInTransaction(d.meetingId, 0, -1, copy); !s)
            return s;
        d.copyId = copy.id;
        if (Status s = agenda.setDeferredToInTransaction(itemId, date); !s)
            return s;
        if (Status s = agenda.renumberInTransaction(d.meetingId); !s)
            return s;
        return d;
    });
}

Status FollowUp::undoDeferral(const Deferral &d)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        AgendaEdits agenda(m_database);
        if (Status s = agenda.removeItemInTransaction(d.copyId); !s)
            return s;
        if (Status s = agenda.setDeferredToInTransaction(d.itemId, d.previousDate); !s)
            return s;
        if (!d.createdMeeting)
            return {};
        // Only while nothing else has been written into it.
        QSqlQuery q(m_database.connection());
        if (Status s = sql::exec(q,
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM agenda_items WHERE meeting_id = ?) "
                               "OR EXISTS (SELECT 1 FROM attendance WHERE meeting_id = ?)"),
                {d.meetingId, d.meetingId});
            !s)
            return s;
        if (q.next() && q.value(0).toBool())
            return {};
        return MeetingRepository(m_database).removeInTransaction(d.meetingId);
    });
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
                           "AND a.status = ? AND NOT EXISTS "
                           "(SELECT 1 FROM actions c WHERE c.origin_action_id = a.id) "
                           "ORDER BY m.meeting_date, m.id, i.position, a.position, a.id"),
            {bodyId, meetingId, sql::date(date), toString(ActionStatus::Open)});
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
    // newly deferred items, closing items. Items go in last, so after the opening items and
    // the follow-up the others keep the order they stand in.
    AgendaEdits agenda(m_database);
    for (AgendaItem &item : after) {
        if (Status s = agenda.insertItemInTransaction(meetingId, 0, -1, item); !s)
            return s;
    }
    QVector<qint64> first;
    for (const AgendaItem &item : before)
        first.append(item.id);
    if (followUpId != 0)
        first.append(followUpId);
    return agenda.orderTopLevelInTransaction(meetingId, first);
}

Result<qint64> FollowUp::createFromPrevious(qint64 previousMeetingId, const QDate &date)
{
    if (!date.isValid())
        return Result<qint64>::failure(tr("Choose the date of the new meeting."));
    return Transaction::run(m_database.connection(), [&]() -> Result<qint64> {
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
            // A draft made by deferrals is completed; one this function prepared is not
            // prepared twice. Known by what it records, whatever the language of its titles.
            const Result<Header> existing = header(id);
            if (!existing)
                return existing.status();
            if (existing->preparedFromId != 0)
                return Result<qint64>::failure(
                    tr("There already is a meeting of the body on %1.")
                        .arg(QLocale().toString(date, QLocale::ShortFormat)));
        }
        if (Status s
            = MeetingRepository(m_database).setPreparedFromInTransaction(id, previousMeetingId);
            !s)
            return s;
        if (Status s = AttendanceEdits(m_database)
                           .takeAttendanceInTransaction(id, previousMeetingId, previous->bodyId);
            !s)
            return s;
        if (Status s = addStandardItems(id, previous.value(), date); !s)
            return s;
        return id;
    });
}

Status FollowUp::addStandardItems(qint64 meetingId, const Header &previous, const QDate &date)
{
    AgendaEdits agenda(m_database);
    QVector<AgendaItem> opening;
    for (const QString &title : openingTitles()) {
        opening.append(AgendaItem {});
        opening.last().title = title;
    }
    for (AgendaItem &item : opening) {
        if (Status s = agenda.insertItemInTransaction(meetingId, 0, -1, item); !s)
            return s;
    }
    Result<AgendaItem> followUp = openAssignments(previous.bodyId, meetingId, date);
    if (!followUp)
        return followUp.status();
    if (!followUp->actions.isEmpty()) {
        if (Status s = agenda.insertItemInTransaction(meetingId, 0, -1, followUp.value()); !s)
            return s;
    }
    Result<QVector<AgendaItem>> after = deferredItems(previous.bodyId, meetingId, date);
    if (!after)
        return after.status();
    for (const QString &title : closingTitles()) {
        after->append(AgendaItem {});
        after->last().title = title;
    }
    return placeItems(meetingId, opening, after.value(), followUp->id);
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
