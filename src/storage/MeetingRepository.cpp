#include "MeetingRepository.h"

#include "Approvals.h"
#include "ApprovedRule.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "StatementCache.h"
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
    auto run = m_database.statements().run(statement, values);
    if (!run)
        return run.status();
    QSqlQuery &q = run.value().query();
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
    auto run = m_database.statements().run(statement, values);
    if (!run)
        return run.status();
    QSqlQuery &q = run.value().query();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<std::pair<QDate, QDate>> MeetingRepository::dateRange() const
{
    // Two scalar subqueries, so each is a min()/max() the index answers with one step.
    auto run = m_database.statements().run(
        QStringLiteral("SELECT (SELECT min(meeting_date) FROM meetings), "
                       "(SELECT max(meeting_date) FROM meetings)"),
        {});
    if (!run)
        return run.status();
    QSqlQuery &q = run.value().query();
    if (!q.next())
        return std::pair<QDate, QDate>();
    return std::make_pair(sql::toDate(q.value(0)), sql::toDate(q.value(1)));
}

Result<bool> MeetingRepository::exists(qint64 id) const
{
    auto run
        = m_database.statements().run(QStringLiteral("SELECT 1 FROM meetings WHERE id = ?"), {id});
    if (!run)
        return run.status();
    return run.value()->next();
}

namespace {
// Loading a meeting is one statement on both backends. Each part of a meeting (the meeting, its
// latest approval and the corrections made since, attendance, items, decisions, assignments)
// is a SELECT into the same columns, tagged with its part, and the parts are one UNION ALL in
// the order they are read. On the server every statement is a round trip: seven of them made
// loading a meeting five times slower than from the file.
enum class Part { Meeting, Approval, Amendment, Attendee, Item, Decision, Action };
enum Column {
    PartOf,
    Id, ///< the row's id (ordering ties within a part)
    Ref1, ///< ids and integers: what each part needs
    Ref2,
    Ref3,
    Order, ///< position within the part
    OrderText, ///< then by this text
    Date1,
    Date2,
    Time1,
    Time2,
    Instant,
    Text1,
    Text2,
    Text3,
    Text4,
    Text5,
    Text6,
    Text7,
    Text8,
    Text9,
    Text10,
    ColumnCount
};

QString columnType(int column)
{
    if (column <= Order)
        return QStringLiteral("INTEGER");
    if (column == Date1 || column == Date2)
        return QStringLiteral("{date}");
    if (column == Time1 || column == Time2)
        return QStringLiteral("{time}");
    if (column == Instant)
        return QStringLiteral("{timestamp}");
    return QStringLiteral("TEXT");
}

// One part: `values` fills its columns, the rest are NULL of the column's type (typed, so that
// PostgreSQL can match the parts' columns whatever the first part leaves empty).
QString partSelect(
    Part part, std::initializer_list<std::pair<Column, const char *>> values, const char *from)
{
    QStringList columns;
    for (int c = 0; c < ColumnCount; ++c)
        columns << QStringLiteral("CAST(NULL AS %1)").arg(columnType(c));
    columns[PartOf] = QString::number(int(part));
    for (const auto &[column, expression] : values)
        columns[column] = QLatin1String(expression);
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QLatin1Char(' ')
        + QLatin1String(from);
}

// The statement, with one placeholder per part for the meeting's id (two and three where a part
// needs it again).
QString loadStatement(const SqlDialect &dialect)
{
    const QStringList parts {
        partSelect(Part::Meeting,
            {{Id, "m.id"}, {Ref1, "b.id"}, {Ref2, "m.prepared_from_id"}, {Date1, "m.meeting_date"},
                {Time1, "m.start_time"}, {Time2, "m.end_time"}, {Text1, "b.name"},
                {Text2, "b.short_name"}, {Text3, "b.organisation"}, {Text4, "m.title"},
                {Text5, "m.place"}, {Text6, "m.minute_taker"}, {Text7, "m.status"},
                {Text8, "m.notes"}},
            "FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ?"),
        // The latest approval.
        partSelect(Part::Approval,
            {{Id, "id"}, {Ref1, "version"}, {Ref2, "fingerprint_version"}, {Date1, "approved_on"},
                {Text1, "approved_by"}, {Text2, "fingerprint"}},
            "FROM approvals WHERE meeting_id = ? AND version = "
            "(SELECT max(version) FROM approvals WHERE meeting_id = ?)"),
        // The corrections made since the minutes were last approved (or reopened and approved
        // again): the approval versions made by approving are those no amendment made.
        partSelect(Part::Amendment,
            {{Id, "id"}, {Ref1, "approval_version"}, {Order, "id"}, {Instant, "recorded_at"},
                {Text1, "actor"}, {Text2, "reason"}, {Text3, "target"}, {Text4, "old_text"},
                {Text5, "new_text"}},
            "FROM amendments WHERE meeting_id = ? AND approval_version > "
            "(SELECT COALESCE(MAX(p.version), 0) FROM approvals p WHERE p.meeting_id = ? "
            "AND p.version NOT IN (SELECT approval_version FROM amendments WHERE "
            "meeting_id = ?))"),
        partSelect(Part::Attendee,
            {{Id, "p.id"}, {Order, "a.position"}, {OrderText, "p.name"}, {Text1, "p.name"},
                {Text2, "p.initials"}, {Text3, "p.title"}, {Text4, "a.group_label"},
                {Text5, "a.status"}, {Text6, "a.note"}, {Text7, "p.email"}},
            "FROM attendance a JOIN persons p ON p.id = a.person_id WHERE a.meeting_id = ?"),
        partSelect(Part::Item,
            {{Id, "id"}, {Ref1, "parent_id"}, {Ref2, "deferred_from_item_id"}, {Order, "position"},
                {Date1, "deferred_to"}, {Text1, "title"}, {Text2, "presenter"},
                {Text3, "responsible"}, {Text4, "body"}},
            "FROM agenda_items WHERE meeting_id = ?"),
        partSelect(Part::Decision,
            {{Id, "d.id"}, {Ref1, "d.item_id"}, {Ref2, "d.number"}, {Order, "d.number"},
                {Text1, "d.text"}},
            "FROM decisions d JOIN agenda_items i ON i.id = d.item_id WHERE i.meeting_id = ?"),
        partSelect(Part::Action,
            {{Id, "a.id"}, {Ref1, "a.item_id"}, {Ref2, "a.origin_action_id"},
                {Ref3, "oi.meeting_id"}, {Order, "a.position"}, {Date1, "a.due_date"},
                {Date2, "a.status_date"}, {Text1, "a.text"}, {Text2, "a.assignee"},
                {Text3, "a.status"}},
            "FROM actions a JOIN agenda_items i ON i.id = a.item_id "
            "LEFT JOIN actions o ON o.id = a.origin_action_id "
            "LEFT JOIN agenda_items oi ON oi.id = o.item_id WHERE i.meeting_id = ?"),
    };
    return dialect.render(parts.join(QStringLiteral(" UNION ALL "))
        + QStringLiteral(" ORDER BY %1, %2, %3, %4")
              .arg(PartOf + 1)
              .arg(Order + 1)
              .arg(OrderText + 1)
              .arg(Id + 1));
}
constexpr int loadPlaceholders = 10;

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

Result<Meeting> MeetingRepository::load(qint64 id) const
{
    if (m_loadStatement.isEmpty())
        m_loadStatement = loadStatement(m_database.dialect());
    auto run = m_database.statements().run(m_loadStatement, QVariantList(loadPlaceholders, id));
    if (!run)
        return run.status();
    QSqlQuery &q = run.value().query();
    Meeting m;
    QVector<ItemRow> rows;
    QHash<qint64, int> indexOf;
    const auto text = [&q](Column column) {
        return q.value(column).toString();
    };
    const auto number = [&q](Column column) {
        return q.value(column).toLongLong();
    };
    while (q.next()) {
        switch (Part(q.value(PartOf).toInt())) {
        case Part::Meeting:
            m.id = number(Id);
            m.body = {number(Ref1), text(Text1), text(Text2), text(Text3)};
            m.preparedFromId = number(Ref2);
            m.date = sql::toDate(q.value(Date1));
            m.start = sql::toTime(q.value(Time1));
            m.end = sql::toTime(q.value(Time2));
            m.title = text(Text4);
            m.place = text(Text5);
            m.minuteTaker = text(Text6);
            (void)fromString(text(Text7), m.status);
            m.notes = text(Text8);
            break;
        case Part::Approval:
            m.approval.version = int(number(Ref1));
            m.approval.fingerprintVersion = int(number(Ref2));
            m.approval.date = sql::toDate(q.value(Date1));
            m.approval.by = text(Text1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            m.approval.fingerprint = text(Text2);
            break;
        case Part::Amendment: {
            Amendment a;
            a.id = number(Id);
            a.approvalVersion = int(number(Ref1));
            a.recordedAt = sql::toDateTime(q.value(Instant));
            a.by = text(Text1);
            a.reason = text(Text2);
            a.target = text(Text3);
            a.oldText = text(Text4);
            a.newText = text(Text5);
            m.amendments.append(a);
            break;
        }
        case Part::Attendee: {
            Attendance a;
            a.person = {number(Id), text(Text1), text(Text2), text(Text3), text(Text7)};
            a.groupLabel = text(Text4);
            (void)fromString(text(Text5), a.status);
            a.note = text(Text6);
            m.attendees.append(a);
            break;
        }
        case Part::Item: {
            ItemRow r;
            r.item.id = number(Id);
            r.parentId = number(Ref1);
            r.item.deferredFromItemId = number(Ref2);
            r.item.deferredTo = sql::toDate(q.value(Date1));
            r.item.title = text(Text1);
            r.item.presenter = text(Text2);
            r.item.responsible = text(Text3);
            r.item.body = text(Text4);
            indexOf.insert(r.item.id, int(rows.size()));
            rows.append(r);
            break;
        }
        case Part::Decision:
            if (const int at = indexOf.value(number(Ref1), -1); at >= 0)
                rows[at].item.decisions.append({number(Id), int(number(Ref2)), text(Text1)});
            break;
        case Part::Action: {
            const int at = indexOf.value(number(Ref1), -1);
            if (at < 0)
                break;
            ActionItem a;
            a.id = number(Id);
            a.originActionId = number(Ref2);
            a.originMeetingId = number(Ref3);
            a.due = sql::toDate(q.value(Date1));
            a.statusDate = sql::toDate(q.value(Date2));
            a.text = text(Text1);
            a.assignee = text(Text2);
            (void)fromString(text(Text3), a.status);
            rows[at].item.actions.append(a);
            break;
        }
        }
    }
    if (m.id == 0)
        return Result<Meeting>::failure(tr("There is no meeting with id %1.").arg(id));
    if (m.status != MeetingStatus::Approved) {
        // What an approval left behind counts only while the minutes are approved.
        m.approval = Approval();
        m.amendments.clear();
    }
    // Items come in position order; group them by parent, then build the tree from the top.
    QHash<qint64, QVector<int>> childRows;
    for (int i = 0; i < rows.size(); ++i)
        childRows[rows.at(i).parentId].append(i);
    m.items = assembleItems(rows, childRows, 0);
    return m;
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
