#include "MeetingRepository.h"

#include "Approvals.h"
#include "ApprovedRule.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace minutebook {

namespace {
QString listSql(
    const SqlDialect &d, const MeetingFilter &filter, bool countOnly, QVariantList *values)
{
    QString s = countOnly
        ? QStringLiteral("SELECT count(*) FROM meetings m ")
        : QStringLiteral("SELECT m.id, m.body_id, b.name, b.short_name, m.title, "
                         "m.meeting_date, m.start_time, m.end_time, m.place, m.status "
                         "FROM meetings m ");
    s += QStringLiteral("JOIN bodies b ON b.id = m.body_id WHERE 1 = 1");
    if (filter.bodyId != 0) {
        s += QStringLiteral(" AND m.body_id = ?");
        values->append(filter.bodyId);
    }
    s += sql::bodyCondition(filter.body, values);
    if (filter.year != 0) {
        // A range on the indexed text column, not strftime(), so the index is used.
        s += QStringLiteral(" AND m.meeting_date >= ? AND m.meeting_date < ?");
        values->append(QStringLiteral("%1-01-01").arg(filter.year, 4, 10, QLatin1Char('0')));
        values->append(QStringLiteral("%1-01-01").arg(filter.year + 1, 4, 10, QLatin1Char('0')));
    }
    if (!filter.text.trimmed().isEmpty()) {
        // Bound as a LIKE pattern with the wildcards of the typed text escaped.
        QString pattern = filter.text.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        s += QStringLiteral(" AND (%1 OR %2 OR %3 OR %4 OR %5)")
                 .arg(d.likeIgnoringCase(QStringLiteral("m.title")),
                     d.likeIgnoringCase(QStringLiteral("m.place")),
                     d.likeIgnoringCase(QStringLiteral("b.name")),
                     d.likeIgnoringCase(QStringLiteral("b.short_name")),
                     d.likeIgnoringCase(d.dateAsText(QStringLiteral("m.meeting_date"))));
        for (int i = 0; i < 5; ++i)
            values->append(pattern);
    }
    if (!countOnly && filter.afterId != 0) {
        // Row values compare in the list's order; the (meeting_date, id) indexes serve it.
        s += QStringLiteral(" AND (m.meeting_date, m.id) < (?, ?)");
        values->append(sql::date(filter.afterDate));
        values->append(filter.afterId);
    }
    if (!countOnly) {
        s += QStringLiteral(" ORDER BY m.meeting_date DESC, m.id DESC LIMIT ? OFFSET ?");
        values->append(sql::limit(filter.limit));
        values->append(filter.offset);
    }
    return s;
}
} // namespace

MeetingRepository::MeetingRepository(const Database &database)
    : m_database(database)
    , m_rule(database)
    , m_writer(database)
{ }

Result<QVector<MeetingSummary>> MeetingRepository::list(const MeetingFilter &filter) const
{
    QVariantList values;
    const QString statement = listSql(m_database.dialect(), filter, false, &values);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, statement, values); !s)
        return s;
    QVector<MeetingSummary> out;
    while (q.next()) {
        MeetingSummary m;
        m.id = q.value(0).toLongLong();
        m.bodyId = q.value(1).toLongLong();
        m.bodyName = q.value(2).toString();
        m.bodyShortName = q.value(3).toString();
        m.title = q.value(4).toString();
        m.date = sql::toDate(q.value(5));
        m.start = sql::toTime(q.value(6));
        m.end = sql::toTime(q.value(7));
        m.place = q.value(8).toString();
        (void)fromString(q.value(9).toString(), m.status);
        out.append(m);
    }
    return out;
}

Result<int> MeetingRepository::count(const MeetingFilter &filter) const
{
    QVariantList values;
    const QString statement = listSql(m_database.dialect(), filter, true, &values);
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q, statement, values); !s)
        return s;
    return q.next() ? q.value(0).toInt() : 0;
}

Result<std::pair<QDate, QDate>> MeetingRepository::dateRange() const
{
    // Two scalar subqueries, so each is a min()/max() the index answers with one step.
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT (SELECT min(meeting_date) FROM meetings), "
                           "(SELECT max(meeting_date) FROM meetings)"),
            {});
        !s)
        return s;
    if (!q.next())
        return std::pair<QDate, QDate>();
    return std::make_pair(sql::toDate(q.value(0)), sql::toDate(q.value(1)));
}

Result<bool> MeetingRepository::exists(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q, QStringLiteral("SELECT 1 FROM meetings WHERE id = ?"), {id}); !s)
        return s;
    return q.next();
}

Result<Meeting> MeetingRepository::load(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT m.id, b.id, b.name, b.short_name, b.organisation, m.title, "
                           "m.meeting_date, m.start_time, m.end_time, m.place, m.minute_taker, "
                           "m.status, m.notes, m.prepared_from_id FROM meetings m "
                           "JOIN bodies b ON b.id = m.body_id "
                           "WHERE m.id = ?"),
            {id});
        !s)
        return s;
    if (!q.next())
        return Result<Meeting>::failure(tr("There is no meeting with id %1.").arg(id));
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.body = {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString()};
    m.title = q.value(5).toString();
    m.date = sql::toDate(q.value(6));
    m.start = sql::toTime(q.value(7));
    m.end = sql::toTime(q.value(8));
    m.place = q.value(9).toString();
    m.minuteTaker = q.value(10).toString();
    (void)fromString(q.value(11).toString(), m.status);
    m.notes = q.value(12).toString();
    m.preparedFromId = q.value(13).toLongLong();

    if (Status s = sql::exec(q,
            QStringLiteral("SELECT p.id, p.name, p.initials, p.title, a.group_label, a.status, "
                           "a.note, p.email FROM attendance a JOIN persons p ON p.id = a.person_id "
                           "WHERE a.meeting_id = ? ORDER BY a.position, p.name"),
            {id});
        !s)
        return s;
    while (q.next()) {
        Attendance a;
        a.person = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(7).toString()};
        a.groupLabel = q.value(4).toString();
        (void)fromString(q.value(5).toString(), a.status);
        a.note = q.value(6).toString();
        m.attendees.append(a);
    }
    if (m.status == MeetingStatus::Approved) {
        auto approval = Approvals::latest(m_database.connection(), id);
        if (!approval)
            return approval.status();
        m.approval = approval.value();
        auto amendments = Approvals::amendments(m_database.connection(), id);
        if (!amendments)
            return amendments.status();
        m.amendments = amendments.value();
    }
    if (Status s = loadItems(m); !s)
        return s;
    return m;
}

namespace {
struct ItemRow
{
    AgendaItem item;
    qint64 parentId = 0;
};

QVector<AgendaItem> assembleItems(
    QVector<ItemRow> &rows, const QHash<qint64, QVector<int>> &childRows, qint64 parentId)
{
    QVector<AgendaItem> out;
    for (int index : childRows.value(parentId)) {
        AgendaItem item = std::move(rows[index].item);
        item.children = assembleItems(rows, childRows, item.id);
        out.append(std::move(item));
    }
    return out;
}
} // namespace

Status MeetingRepository::loadItems(Meeting &meeting) const
{
    using Row = ItemRow;
    QVector<Row> rows;
    QHash<qint64, int> indexOf;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT id, parent_id, title, presenter, responsible, body, "
                           "deferred_to, deferred_from_item_id FROM agenda_items "
                           "WHERE meeting_id = ? ORDER BY position, id"),
            {meeting.id});
        !s)
        return s;
    while (q.next()) {
        Row r;
        r.item.id = q.value(0).toLongLong();
        r.parentId = q.value(1).toLongLong();
        r.item.title = q.value(2).toString();
        r.item.presenter = q.value(3).toString();
        r.item.responsible = q.value(4).toString();
        r.item.body = q.value(5).toString();
        r.item.deferredTo = sql::toDate(q.value(6));
        r.item.deferredFromItemId = q.value(7).toLongLong();
        indexOf.insert(r.item.id, int(rows.size()));
        rows.append(r);
    }
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT d.item_id, d.id, d.number, d.text FROM decisions d "
                           "JOIN agenda_items i ON i.id = d.item_id WHERE i.meeting_id = ? "
                           "ORDER BY d.number"),
            {meeting.id});
        !s)
        return s;
    while (q.next()) {
        const int at = indexOf.value(q.value(0).toLongLong(), -1);
        if (at >= 0)
            rows[at].item.decisions.append(
                {q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString()});
    }
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT a.item_id, a.id, a.text, a.assignee, a.due_date, a.status, "
                           "a.origin_action_id, oi.meeting_id, a.status_date FROM actions a "
                           "JOIN agenda_items i ON i.id = a.item_id "
                           "LEFT JOIN actions o ON o.id = a.origin_action_id "
                           "LEFT JOIN agenda_items oi ON oi.id = o.item_id "
                           "WHERE i.meeting_id = ? ORDER BY a.position, a.id"),
            {meeting.id});
        !s)
        return s;
    while (q.next()) {
        const int at = indexOf.value(q.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        ActionItem a;
        a.id = q.value(1).toLongLong();
        a.text = q.value(2).toString();
        a.assignee = q.value(3).toString();
        a.due = sql::toDate(q.value(4));
        (void)fromString(q.value(5).toString(), a.status);
        a.originActionId = q.value(6).toLongLong();
        a.originMeetingId = q.value(7).toLongLong();
        a.statusDate = sql::toDate(q.value(8));
        rows[at].item.actions.append(a);
    }
    // Rows come in position order; group them by parent, then build the tree from the top.
    QHash<qint64, QVector<int>> childRows;
    for (int i = 0; i < rows.size(); ++i)
        childRows[rows.at(i).parentId].append(i);
    meeting.items = assembleItems(rows, childRows, 0);
    return {};
}

Status MeetingRepository::insert(Meeting &meeting)
{
    return Transaction::run(m_database.connection(), [&] { return insertInTransaction(meeting); });
}

Status MeetingRepository::insertInTransaction(Meeting &meeting)
{
    QVector<Meeting> one {meeting};
    if (Status s = m_writer.insert(one); !s)
        return s;
    meeting = one.constFirst();
    return {};
}

Status MeetingRepository::removeInTransaction(qint64 id)
{
    if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Meeting, id); !meeting)
        return meeting.status();
    QSqlQuery q(m_database.connection());
    return sql::exec(q, QStringLiteral("DELETE FROM meetings WHERE id = ?"), {id});
}

Status MeetingRepository::remove(qint64 id)
{
    return Transaction::run(m_database.connection(), [&] { return removeInTransaction(id); });
}

Status MeetingRepository::setStatus(qint64 id, MeetingStatus status)
{
    return Transaction::run(
        m_database.connection(), [&] { return setStatusInTransaction(id, status); });
}

Status MeetingRepository::setStatusInTransaction(qint64 id, MeetingStatus status)
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q, QStringLiteral("UPDATE meetings SET status = ? WHERE id = ?"),
            {toString(status), id});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no meeting with id %1.").arg(id));
    return {};
}

Status MeetingRepository::setPreparedFromInTransaction(qint64 id, qint64 previousId)
{
    if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Meeting, id); !meeting)
        return meeting.status();
    QSqlQuery q(m_database.connection());
    return sql::exec(q, QStringLiteral("UPDATE meetings SET prepared_from_id = ? WHERE id = ?"),
        {sql::id(previousId), id});
}

} // namespace minutebook
