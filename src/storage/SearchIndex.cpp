#include "SearchIndex.h"

#include "SqlValues.h"

#include <QHash>
#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <unordered_map>

namespace minutebook {

struct SearchIndex::Source
{
    HitKind kind;
    int tier; ///< 0 title, 1 decision, 2 assignment, 3 passing mention
    const char *fts;
    const char *column; ///< the only column searched; nullptr: every column
    // bm25's weights per column (titles count more); only used for rare matches.
    const char *weights;
    const char *itemColumns; ///< item id, number, title (NULLs for meeting hits)
    const char *joins; ///< from the FTS table `f` to meetings `m`
};

struct SearchIndex::Row
{
    SearchHit hit;
    int tier = 0;
    bool ranked = false;
    int order = 0; ///< place within its source
    const char *fts = nullptr;
    qint64 rowid = 0;
};

namespace {
const char itemColumns[] = "i.id, i.number, i.title";
const char noItemColumns[] = "NULL, NULL, NULL";
const char meetingJoins[] = "JOIN meetings m ON m.id = f.rowid";
const char itemJoins[]
    = "JOIN agenda_items i ON i.id = f.rowid JOIN meetings m ON m.id = i.meeting_id";
const char decisionJoins[] = "JOIN decisions d ON d.id = f.rowid JOIN agenda_items i ON i.id = "
                             "d.item_id JOIN meetings m ON m.id = i.meeting_id";
const char actionJoins[] = "JOIN actions a ON a.id = f.rowid JOIN agenda_items i ON i.id = "
                           "a.item_id JOIN meetings m ON m.id = i.meeting_id";

// Title hits first, so the passing mentions of the same rows are recognised as duplicates.
// A template so that it can name SearchIndex's private Source from inside search().
template<typename S>
const S *sourceTable(int *count)
{
    static const S all[] = {
        {HitKind::Meeting, 0, "meetings_fts", "title", "5.0, 1.0, 1.0", noItemColumns,
            meetingJoins},
        {HitKind::Item, 0, "agenda_items_fts", "title", "10.0, 1.0, 2.0, 2.0", itemColumns,
            itemJoins},
        {HitKind::Decision, 1, "decisions_fts", nullptr, "", itemColumns, decisionJoins},
        {HitKind::Action, 2, "actions_fts", nullptr, "1.0, 2.0", itemColumns, actionJoins},
        {HitKind::Item, 3, "agenda_items_fts", nullptr, "10.0, 1.0, 2.0, 2.0", itemColumns,
            itemJoins},
        {HitKind::Meeting, 3, "meetings_fts", nullptr, "5.0, 1.0, 1.0", noItemColumns,
            meetingJoins},
    };
    *count = int(std::size(all));
    return all;
}

QString filterConditions(const SearchOptions &options, bool hasItem, QVariantList *values)
{
    QString s = sql::bodyCondition(options.body, values);
    if (options.from.isValid()) {
        s += QStringLiteral(" AND m.meeting_date >= ?");
        *values << sql::date(options.from);
    }
    if (options.to.isValid()) {
        s += QStringLiteral(" AND m.meeting_date <= ?");
        *values << sql::date(options.to);
    }
    if (!options.person.isEmpty()) {
        s += QStringLiteral(" AND (EXISTS (SELECT 1 FROM attendance pa JOIN persons pp ON pp.id = "
                            "pa.person_id WHERE pa.meeting_id = m.id AND pp.name = ?)");
        *values << options.person;
        if (hasItem) {
            s += QStringLiteral(" OR i.presenter = ? OR i.responsible = ? OR EXISTS (SELECT 1 "
                                "FROM actions px WHERE px.item_id = i.id AND px.assignee = ?)");
            *values << options.person << options.person << options.person;
        }
        s += QLatin1Char(')');
    }
    return s;
}
} // namespace

struct SearchIndex::Statements
{
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> prepared;
};

SearchIndex::SearchIndex(const Database &database)
    : m_database(database)
    , m_statements(std::make_unique<Statements>())
{ }

SearchIndex::~SearchIndex() = default;

Result<QSqlQuery *> SearchIndex::run(const QString &statement, const QVariantList &values) const
{
    std::unique_ptr<QSqlQuery> &slot = m_statements->prepared[statement];
    if (!slot) {
        auto q = std::make_unique<QSqlQuery>(m_database.connection());
        q->setForwardOnly(true);
        if (!q->prepare(statement)) {
            const QString error = Database::describe(q->lastError());
            m_statements->prepared.erase(statement);
            return Status::failure(error);
        }
        slot = std::move(q);
    }
    QSqlQuery &q = *slot;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, sql::value(values.at(i)));
    if (Status s = sql::exec(q); !s)
        return s;
    return &q;
}

namespace {
// The rows of `fts` matching the bound expression, counted up to the bound limit.
QString countOf(const QString &fts)
{
    return QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ? LIMIT ?))")
        .arg(fts);
}
} // namespace

Result<int> SearchIndex::matchCount(const char *fts, const QString &expression) const
{
    auto q = run(
        QStringLiteral("SELECT ") + countOf(QLatin1String(fts)), {expression, m_rankedMatches + 1});
    if (!q)
        return q.status();
    const int count = q.value()->next() ? q.value()->value(0).toInt() : 0;
    q.value()->finish();
    return count;
}

Status SearchIndex::countTables(const Source *sources, int count, const FtsQuery &query,
    const SearchOptions &options, Counts &counts) const
{
    // Every FTS table the search may ask, counted in one statement: a rare word finds most
    // tables empty, and one statement costs less than four.
    QStringList tables;
    for (int s = 0; s < count; ++s) {
        const QString fts = QLatin1String(sources[s].fts);
        if ((options.kinds.isEmpty() || options.kinds.contains(sources[s].kind))
            && !tables.contains(fts))
            tables.append(fts);
    }
    QStringList columns;
    QVariantList values;
    for (const QString &fts : tables) {
        columns.append(countOf(fts));
        values << query.expression << m_rankedMatches + 1;
    }
    auto q = run(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")), values);
    if (!q)
        return q.status();
    if (q.value()->next()) {
        for (int i = 0; i < tables.size(); ++i)
            counts.insert(tables.at(i).toLatin1(), q.value()->value(i).toInt());
    }
    q.value()->finish();
    return {};
}

Result<QVector<SearchIndex::Row>> SearchIndex::searchSource(const Source &source,
    const FtsQuery &query, const SearchOptions &options, int limit, Counts &counts) const
{
    const QString expression
        = source.column ? query.restrictedTo(QLatin1String(source.column)) : query.expression;
    // The counts (search() made them for every table; they stop after rankedMatches + 1 rows)
    // tell whether bm25, which reads every match, is affordable, and whether there is anything
    // to fetch at all. A title-only search matches a subset of a table's rows (excluded words
    // count in every column either way), so a table with few matches has few in its titles
    // too, and only a table with many needs its titles counted apart. Prefix searches are not
    // counted (see search()) and are ordered newest first within each tier.
    int matches = m_rankedMatches + 1;
    if (!query.prefix) {
        matches = counts.value(QByteArray(source.fts));
        if (matches > m_rankedMatches && source.column) {
            const Result<int> counted = matchCount(source.fts, expression);
            if (!counted)
                return counted.status();
            matches = counted.value();
        }
        if (matches == 0)
            return QVector<Row>();
    }
    const bool ranked = matches <= m_rankedMatches;
    // When every match fits in the page, they are all read newest first with their bm25 and
    // sorted here; otherwise FTS5 sorts them by bm25 itself (ORDER BY rank), which costs a
    // statement of its own inside FTS5. Either way FTS5 hands the rows out in order, the joins
    // and filters follow row by row and LIMIT stops the scan: snippets are made only for the
    // rows returned, never for every match.
    const bool sortHere = ranked && matches <= limit;
    const QString weights = QLatin1String(source.weights);
    QString score = QStringLiteral("0");
    if (sortHere)
        score = QStringLiteral("bm25(%1%2%3)")
                    .arg(QLatin1String(source.fts),
                        weights.isEmpty() ? QString() : QStringLiteral(", "), weights);
    else if (ranked)
        score = QStringLiteral("f.rank");
    QVariantList values {expression};
    QString statement
        = QStringLiteral("SELECT m.id, %1, b.name, b.short_name, m.meeting_date, f.rowid, %2, "
                         "snippet(%3, -1, char(2), char(3), '…', 16) FROM %3 f %4 "
                         "JOIN bodies b ON b.id = m.body_id WHERE %3 MATCH ?")
              .arg(QLatin1String(source.itemColumns), score, QLatin1String(source.fts),
                  QLatin1String(source.joins));
    if (ranked && !sortHere)
        statement += QStringLiteral(" AND f.rank MATCH 'bm25(%1)'").arg(weights);
    statement += filterConditions(options, source.itemColumns == itemColumns, &values);
    statement += ranked && !sortHere ? QStringLiteral(" ORDER BY f.rank LIMIT ?")
                                     : QStringLiteral(" ORDER BY f.rowid DESC LIMIT ?");
    values << limit;
    auto run = this->run(statement, values);
    if (!run)
        return run.status();
    QSqlQuery &q = *run.value();
    QVector<Row> rows;
    while (q.next()) {
        Row r;
        r.hit.meetingId = q.value(0).toLongLong();
        r.hit.itemId = q.value(1).toLongLong();
        r.hit.itemNumber = q.value(2).toString();
        r.hit.itemTitle = q.value(3).toString();
        r.hit.bodyName = q.value(4).toString();
        r.hit.bodyShortName = q.value(5).toString();
        r.hit.date = sql::toDate(q.value(6));
        r.rowid = q.value(7).toLongLong();
        r.hit.rank = q.value(8).toDouble();
        r.hit.snippet = q.value(9).toString();
        r.hit.kind = source.kind;
        r.tier = source.tier;
        r.ranked = ranked;
        r.order = int(rows.size());
        r.fts = source.fts;
        rows.append(r);
    }
    q.finish();
    if (sortHere) {
        std::stable_sort(rows.begin(), rows.end(),
            [](const Row &a, const Row &b) { return a.hit.rank < b.hit.rank; });
        for (int i = 0; i < rows.size(); ++i)
            rows[i].order = i;
    }
    return rows;
}

Result<QVector<SearchHit>> SearchIndex::search(
    const QString &userText, const SearchOptions &options) const
{
    const FtsQuery query = FtsQuery::fromUserText(userText);
    if (query.isEmpty() || options.limit < 1)
        return QVector<SearchHit>();
    // One read transaction for all the statements of a search: one lock and one look at the WAL
    // instead of one per statement, and every source reads the same snapshot. Inside a caller's
    // transaction BEGIN fails and the search simply runs in that one.
    struct ReadTransaction
    {
        const SearchIndex &index;
        const bool began = index.run(QStringLiteral("BEGIN"), {}).ok();
        ~ReadTransaction()
        {
            if (began)
                (void)index.run(QStringLiteral("COMMIT"), {});
        }
    } transaction {*this};
    int count = 0;
    const Source *all = sourceTable<Source>(&count);
    QVector<Row> rows;
    QHash<QByteArray, QSet<qint64>> seen; // FTS table → rows already found in a better tier
    // For a prefix, FTS5 first merges the rows of every word the prefix begins, in each
    // statement, so counting would cost as much as the search itself.
    Counts counts;
    if (!query.prefix) {
        if (Status st = countTables(all, count, query, options, counts); !st)
            return Result<QVector<SearchHit>>::failure(tr("The search failed: %1").arg(st.error()));
    }
    int betterTiers = 0; // rows found in tiers before the current source's
    for (int s = 0; s < count; ++s) {
        const Source &source = all[s];
        if (s > 0 && source.tier != all[s - 1].tier)
            betterTiers = int(rows.size());
        // Sources come in tier order: once better tiers fill the page, the rest cannot show.
        if (betterTiers >= options.limit)
            break;
        if (!options.kinds.isEmpty() && !options.kinds.contains(source.kind))
            continue;
        QSet<qint64> &found = seen[QByteArray(source.fts)];
        // Enough to fill the page once the duplicates of title hits are dropped.
        const int need = options.limit - betterTiers + int(found.size());
        auto fetched = searchSource(source, query, options, need, counts);
        if (!fetched)
            return Result<QVector<SearchHit>>::failure(
                tr("The search failed: %1").arg(fetched.error()));
        for (const Row &r : fetched.value()) {
            if (!found.contains(r.rowid)) {
                found.insert(r.rowid);
                rows.append(r);
            }
        }
    }
    // Tier first; within a tier the bm25-ranked rows of rare matches, then the most recent of
    // common ones, interleaved by their place in their own source.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.ranked != b.ranked)
            return a.ranked;
        if (a.ranked && a.hit.rank != b.hit.rank)
            return a.hit.rank < b.hit.rank;
        if (a.order != b.order)
            return a.order < b.order;
        return a.hit.date > b.hit.date;
    });
    QVector<SearchHit> hits;
    for (int i = 0; i < rows.size() && i < options.limit; ++i) {
        SearchHit h = rows.at(i).hit;
        h.rank = i + 1;
        hits.append(h);
    }
    return hits;
}

} // namespace minutebook
