#include "SearchIndex.h"

#include "SqlValues.h"

namespace minutebook {

namespace {
struct Source
{
    HitKind kind;
    const char *fts;
    // Weights: bm25 per column (titles count more), then a factor for the kind, so a decision
    // outranks a passing mention in an item body.
    const char *score;
    const char *meetingAndItem;
};

const Source sources[] = {
    {HitKind::Meeting, "meetings_fts", "bm25(meetings_fts, 5.0, 1.0, 1.0)",
        "f.rowid, NULL FROM meetings_fts f"},
    {HitKind::Item, "agenda_items_fts", "bm25(agenda_items_fts, 10.0, 1.0, 2.0, 2.0)",
        "i.meeting_id, i.id FROM agenda_items_fts f JOIN agenda_items i ON i.id = f.rowid"},
    {HitKind::Decision, "decisions_fts", "bm25(decisions_fts) * 5.0",
        "i.meeting_id, i.id FROM decisions_fts f JOIN decisions d ON d.id = f.rowid "
        "JOIN agenda_items i ON i.id = d.item_id"},
    {HitKind::Action, "actions_fts", "bm25(actions_fts, 1.0, 2.0) * 2.0",
        "i.meeting_id, i.id FROM actions_fts f JOIN actions a ON a.id = f.rowid "
        "JOIN agenda_items i ON i.id = a.item_id"},
};
} // namespace

SearchIndex::SearchIndex(const Database &database)
    : m_database(database)
{ }

Result<QVector<SearchHit>> SearchIndex::search(
    const QString &userText, const SearchOptions &options) const
{
    const FtsQuery query = FtsQuery::fromUserText(userText);
    if (query.isEmpty())
        return QVector<SearchHit>();
    // First rank without snippets (cheap for every match), then make snippets for the few
    // hits shown.
    QVariantList values;
    QStringList arms;
    for (const Source &src : sources) {
        arms << QStringLiteral(
            "SELECT %1 AS kind, f.rowid AS source_id, %2 AS score, %3 WHERE %4 MATCH ?")
                    .arg(int(src.kind))
                    .arg(QLatin1String(src.score), QLatin1String(src.meetingAndItem),
                        QLatin1String(src.fts));
        values << query.expression;
    }
    // Column names of the union come from its first arm.
    arms[0].replace(QStringLiteral("f.rowid, NULL FROM"),
        QStringLiteral("f.rowid AS meeting_id, NULL AS item_id FROM"));
    QString statement = QStringLiteral(
        "SELECT h.meeting_id, h.item_id, b.name, b.short_name, m.meeting_date, i.number, "
        "i.title, h.kind, h.source_id, h.score FROM (%1) h "
        "JOIN meetings m ON m.id = h.meeting_id JOIN bodies b ON b.id = m.body_id "
        "LEFT JOIN agenda_items i ON i.id = h.item_id WHERE 1 = 1")
                            .arg(arms.join(QStringLiteral(" UNION ALL ")));
    if (!options.body.isEmpty()) {
        statement += QStringLiteral(" AND (b.name = ? OR b.short_name = ?)");
        values << options.body << options.body;
    }
    if (options.from.isValid()) {
        statement += QStringLiteral(" AND m.meeting_date >= ?");
        values << sql::date(options.from);
    }
    if (options.to.isValid()) {
        statement += QStringLiteral(" AND m.meeting_date <= ?");
        values << sql::date(options.to);
    }
    statement += QStringLiteral(" ORDER BY h.score, m.meeting_date DESC LIMIT ?");
    values << options.limit;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, statement, values); !s)
        return Result<QVector<SearchHit>>::failure(tr("The search failed: %1").arg(s.error()));
    QVector<SearchHit> hits;
    QVector<qint64> sourceIds;
    while (q.next()) {
        SearchHit h;
        sql::readItemPlace(q, h);
        h.kind = static_cast<HitKind>(qBound(0, q.value(7).toInt(), 3));
        sourceIds << q.value(8).toLongLong();
        h.rank = q.value(9).toDouble();
        hits.append(h);
    }
    for (int i = 0; i < hits.size(); ++i) {
        const char *fts = sources[int(hits.at(i).kind)].fts;
        QSqlQuery s(m_database.connection());
        if (Status st = sql::exec(s,
                QStringLiteral("SELECT snippet(%1, -1, char(2), char(3), '…', 16) FROM %1 "
                               "WHERE %1 MATCH ? AND rowid = ?")
                    .arg(QLatin1String(fts)),
                {query.expression, sourceIds.at(i)});
            !st)
            return Result<QVector<SearchHit>>::failure(tr("The search failed: %1").arg(st.error()));
        if (s.next())
            hits[i].snippet = s.value(0).toString();
    }
    return hits;
}

} // namespace minutebook
