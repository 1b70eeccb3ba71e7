#include "RegisterRepository.h"

#include "FtsQuery.h"
#include "Numbering.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "StatementCache.h"

namespace minutebook {

namespace {
QString meetingConditions(const RegisterFilter &filter, QVariantList *values)
{
    QString s;
    s += sql::bodyCondition(filter.body, values);
    if (filter.meetingId != 0) {
        s += QStringLiteral(" AND m.id = ?");
        values->append(filter.meetingId);
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

// A filter box matches word starts: "skolv" finds "skolvalet". Quoted phrases and -exclusions
// keep their meaning; the text still goes through FtsQuery, the one path to an FTS5 query.
FtsQuery filterQuery(const QString &text)
{
    QStringList words;
    bool inQuote = false;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int quotes = int(word.count(QLatin1Char('"')));
        const bool plain = !inQuote && quotes == 0 && !word.endsWith(QLatin1Char('*'));
        words.append(plain ? word + QLatin1Char('*') : word);
        if (quotes % 2 == 1)
            inQuote = !inQuote;
    }
    return FtsQuery::fromUserText(words.join(QLatin1Char(' ')));
}

QString direction(const RegisterFilter &filter)
{
    return filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
}

QString decisionOrder(const RegisterFilter &filter)
{
    const QString dir = direction(filter);
    switch (filter.sort) {
    case RegisterSort::Reference:
        return QStringLiteral("b.short_name") + dir + QStringLiteral(", m.meeting_date") + dir
            + QStringLiteral(", m.id, i.position, d.number");
    case RegisterSort::Title:
        return QStringLiteral("i.title") + dir + QStringLiteral(", m.meeting_date DESC, d.id");
    case RegisterSort::Date:
        return QStringLiteral("m.meeting_date") + dir + QStringLiteral(", m.id") + dir
            + QStringLiteral(", i.position, d.number");
    default:
        return QStringLiteral("m.meeting_date DESC, m.id DESC, i.position, d.number");
    }
}

QString actionOrder(const RegisterFilter &filter)
{
    const QString dir = direction(filter);
    // A missing due date (NULL) sorts as the earliest, as SQLite has it: spelled out, since
    // PostgreSQL puts NULL last. SQLite reads its index the same with or without the words.
    const QString nulls
        = filter.descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
    switch (filter.sort) {
    case RegisterSort::Assignee:
        return QStringLiteral("a.assignee") + dir
            + QStringLiteral(", a.due_date NULLS FIRST, a.id");
    case RegisterSort::Status:
        return QStringLiteral("a.status") + dir + QStringLiteral(", a.due_date NULLS FIRST, a.id");
    case RegisterSort::Date:
        return QStringLiteral("m.meeting_date") + dir + QStringLiteral(", a.id");
    case RegisterSort::Title:
        return QStringLiteral("i.title") + dir + QStringLiteral(", a.id");
    case RegisterSort::Due:
        return QStringLiteral("a.due_date") + dir + nulls + QStringLiteral(", a.id") + dir;
    default:
        // The order of index actions_status (status, due_date): the open assignments of
        // 100,000 meetings come a page at a time without sorting them all. Assignments without
        // a due date (NULL) come first.
        return QStringLiteral("a.due_date NULLS FIRST, a.id");
    }
}

// The words match the decision's text or the item's title: FTS5's index locally, the rows'
// own vectors on the server (PostgresSearch; the item's title has a vector of its own).
QString decisionConditions(
    const SqlDialect &dialect, const RegisterFilter &filter, QVariantList *values)
{
    QString s = meetingConditions(filter, values);
    const FtsQuery query = filterQuery(filter.text);
    if (!query.isEmpty() && dialect.hasFts5()) {
        s += QStringLiteral(
            " AND (d.id IN (SELECT rowid FROM decisions_fts WHERE decisions_fts MATCH ?) OR i.id "
            "IN (SELECT rowid FROM agenda_items_fts WHERE agenda_items_fts MATCH ?))");
        *values << query.expression << query.restrictedTo(QStringLiteral("title"));
    } else if (!query.isEmpty()) {
        s += QStringLiteral(" AND (d.search_terms @@ CAST(? AS tsquery) OR (i.search_title @@ "
                            "CAST(? AS tsquery) AND i.search_terms @@ CAST(? AS tsquery)))");
        *values << query.tsquery() << query.wantedTsquery() << query.tsquery();
    }
    return s;
}

QString actionConditions(
    const SqlDialect &dialect, const RegisterFilter &filter, QVariantList *values)
{
    QString s = meetingConditions(filter, values);
    if (filter.openOnly) {
        s += QStringLiteral(" AND a.status = ?");
        values->append(toString(ActionStatus::Open));
    }
    if (filter.doneOnly) {
        s += QStringLiteral(" AND a.status = ?");
        values->append(toString(ActionStatus::Done));
    }
    if (!filter.assignee.isEmpty()) {
        s += QStringLiteral(" AND a.assignee = ?");
        values->append(filter.assignee);
    }
    const FtsQuery query = filterQuery(filter.text);
    if (!query.isEmpty() && dialect.hasFts5()) {
        s += QStringLiteral(
            " AND a.id IN (SELECT rowid FROM actions_fts WHERE actions_fts MATCH ?)");
        values->append(query.expression);
    } else if (!query.isEmpty()) {
        s += QStringLiteral(" AND a.search_terms @@ CAST(? AS tsquery)");
        values->append(query.tsquery());
    }
    return s;
}

// Meetings in date order drive the join (index meetings_date), so the first page of 100,000
// meetings' decisions is read without sorting them all. Without the hints SQLite's planner,
// lacking statistics, scans every decision first (the server's planner has statistics).
QString decisionFrom(const SqlDialect &dialect)
{
    return QStringLiteral(" FROM meetings m %1 agenda_items i ON i.meeting_id = m.id "
                          "%1 decisions d%2 ON d.item_id = i.id "
                          "JOIN bodies b ON b.id = m.body_id WHERE 1 = 1")
        .arg(dialect.joinInOrder(), dialect.readThrough(QStringLiteral("decisions_item")));
}
const char actionFrom[]
    = " FROM actions a JOIN agenda_items i ON i.id = a.item_id "
      "JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id "
      "WHERE NOT EXISTS (SELECT 1 FROM actions c WHERE c.origin_action_id = a.id)";

Result<int> countOf(const Database &database, const QString &statement, const QVariantList &values)
{
    auto run = database.statements().run(statement, values);
    if (!run)
        return run.status();
    QSqlQuery &q = run.value().query();
    return q.next() ? q.value(0).toInt() : 0;
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
        "(SELECT count(*) FROM decisions x WHERE x.item_id = d.item_id AND x.number < d.number), "
        "(SELECT count(*) FROM decisions x WHERE x.item_id = d.item_id)");
    statement += decisionFrom(m_database.dialect());
    statement += decisionConditions(m_database.dialect(), filter, &values);
    statement += QStringLiteral(" ORDER BY ") + decisionOrder(filter)
        + QStringLiteral(" LIMIT ? OFFSET ?");
    values << sql::limit(filter.limit) << filter.offset;
    auto run = m_database.statements().run(statement, values);
    if (!run)
        return run.status();
    QSqlQuery &q = run.value().query();
    QVector<DecisionRecord> out;
    while (q.next()) {
        DecisionRecord r;
        sql::readItemPlace(q, r);
        r.decisionId = q.value(7).toLongLong();
        r.number = q.value(8).toInt();
        r.text = q.value(9).toString();
        r.reference = decisionReference(
            r.bodyShortName, r.date, r.itemNumber, q.value(10).toInt(), q.value(11).toInt());
        out.append(r);
    }
    return out;
}

Result<int> RegisterRepository::decisionCount(const RegisterFilter &filter) const
{
    // Counting is driven by the decisions, not by meetings in date order as a page is: that
    // order only pays when a LIMIT stops it early.
    QVariantList values;
    const QString conditions = decisionConditions(m_database.dialect(), filter, &values);
    if (conditions.isEmpty()) // every decision has its item, meeting and body (foreign keys)
        return countOf(m_database, QStringLiteral("SELECT count(*) FROM decisions"), {});
    return countOf(m_database,
        QStringLiteral("SELECT count(*) FROM decisions d JOIN agenda_items i ON i.id = d.item_id "
                       "JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = "
                       "m.body_id WHERE 1 = 1")
            + conditions,
        values);
}

Result<QVector<ActionRecord>> RegisterRepository::actions(const RegisterFilter &filter) const
{
    QVariantList values;
    QString statement = QStringLiteral(
        "SELECT m.id, i.id, b.name, b.short_name, m.meeting_date, i.number, i.title, a.id, "
        "a.text, a.assignee, a.due_date, a.status, a.status_date");
    statement += QLatin1String(actionFrom);
    statement += actionConditions(m_database.dialect(), filter, &values);
    statement
        += QStringLiteral(" ORDER BY ") + actionOrder(filter) + QStringLiteral(" LIMIT ? OFFSET ?");
    values << sql::limit(filter.limit) << filter.offset;
    auto run = m_database.statements().run(statement, values);
    if (!run)
        return run.status();
    QSqlQuery &q = run.value().query();
    QVector<ActionRecord> out;
    while (q.next()) {
        ActionRecord r;
        sql::readItemPlace(q, r);
        r.actionId = q.value(7).toLongLong();
        r.text = q.value(8).toString();
        r.assignee = q.value(9).toString();
        r.due = sql::toDate(q.value(10));
        (void)fromString(q.value(11).toString(), r.status);
        r.statusDate = sql::toDate(q.value(12));
        out.append(r);
    }
    return out;
}

Result<int> RegisterRepository::actionCount(const RegisterFilter &filter) const
{
    QVariantList values;
    if (meetingConditions(filter, &values).isEmpty()) {
        // No condition on the meeting: the joins to it would only cost time.
        QString statement = QStringLiteral("SELECT count(*) FROM actions a WHERE NOT EXISTS "
                                           "(SELECT 1 FROM actions c WHERE c.origin_action_id "
                                           "= a.id)");
        statement += actionConditions(m_database.dialect(), filter, &values);
        return countOf(m_database, statement, values);
    }
    values.clear();
    QString statement = QStringLiteral("SELECT count(*)") + QLatin1String(actionFrom);
    statement += actionConditions(m_database.dialect(), filter, &values);
    return countOf(m_database, statement, values);
}

Result<QStringList> RegisterRepository::assignees() const
{
    auto run = m_database.statements().run(
        QStringLiteral("SELECT DISTINCT assignee FROM actions WHERE assignee <> '' "
                       "ORDER BY assignee"),
        {});
    if (!run)
        return run.status();
    QSqlQuery &q = run.value().query();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace minutebook
