#include "RegisterRepository.h"

#include "Numbering.h"
#include "SqlValues.h"

namespace minutebook {

namespace {
QString meetingConditions(const RegisterFilter &filter, QVariantList *values)
{
    QString s;
    if (!filter.body.isEmpty()) {
        s += QStringLiteral(" AND (b.name = ? OR b.short_name = ?)");
        values->append(filter.body);
        values->append(filter.body);
    }
    if (filter.from.isValid()) {
        s += QStringLiteral(" AND m.meeting_date >= ?");
        values->append(sql::date(filter.from));
    }
    if (filter.to.isValid()) {
        s += QStringLiteral(" AND m.meeting_date <= ?");
        values->append(sql::date(filter.to));
    }
    return s;
}
} // namespace

RegisterRepository::RegisterRepository(const Database &database)
    : m_database(database)
{ }

Result<QVector<DecisionRecord>> RegisterRepository::decisions(const RegisterFilter &filter) const
{
    QVariantList values;
    QString statement = QStringLiteral(
        "SELECT m.id, i.id, b.name, b.short_name, m.meeting_date, i.number, i.title, d.id, "
        "d.number, d.text, "
        "row_number() OVER (PARTITION BY d.item_id ORDER BY d.number), "
        "count(*) OVER (PARTITION BY d.item_id) "
        "FROM decisions d JOIN agenda_items i ON i.id = d.item_id "
        "JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id WHERE 1 = 1");
    statement += meetingConditions(filter, &values);
    statement
        += QStringLiteral(" ORDER BY m.meeting_date DESC, m.id DESC, d.number LIMIT ? OFFSET ?");
    values << filter.limit << filter.offset;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, statement, values); !s)
        return s;
    QVector<DecisionRecord> out;
    while (q.next()) {
        DecisionRecord r;
        sql::readItemPlace(q, r);
        r.decisionId = q.value(7).toLongLong();
        r.number = q.value(8).toInt();
        r.text = q.value(9).toString();
        r.reference = decisionReference(
            r.bodyShortName, r.date, r.itemNumber, q.value(10).toInt() - 1, q.value(11).toInt());
        out.append(r);
    }
    return out;
}

Result<QVector<ActionRecord>> RegisterRepository::actions(const RegisterFilter &filter) const
{
    QVariantList values;
    QString statement = QStringLiteral(
        "SELECT m.id, i.id, b.name, b.short_name, m.meeting_date, i.number, i.title, a.id, "
        "a.text, a.assignee, a.due_date, a.status "
        "FROM actions a JOIN agenda_items i ON i.id = a.item_id "
        "JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id "
        "WHERE NOT EXISTS (SELECT 1 FROM actions c WHERE c.origin_action_id = a.id)");
    statement += meetingConditions(filter, &values);
    if (filter.openOnly)
        statement += QStringLiteral(" AND a.status = 'open'");
    if (!filter.assignee.isEmpty()) {
        statement += QStringLiteral(" AND a.assignee = ?");
        values.append(filter.assignee);
    }
    statement += QStringLiteral(" ORDER BY a.due_date IS NULL, a.due_date, m.meeting_date, a.id "
                                "LIMIT ? OFFSET ?");
    values << filter.limit << filter.offset;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, statement, values); !s)
        return s;
    QVector<ActionRecord> out;
    while (q.next()) {
        ActionRecord r;
        sql::readItemPlace(q, r);
        r.actionId = q.value(7).toLongLong();
        r.text = q.value(8).toString();
        r.assignee = q.value(9).toString();
        r.due = sql::toDate(q.value(10));
        (void)fromString(q.value(11).toString(), r.status);
        out.append(r);
    }
    return out;
}

} // namespace minutebook
