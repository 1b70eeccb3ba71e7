#include "SearchIndex.h"

#include "Migrations.h"
#include "PostgresSearch.h"
#include "SearchTerms.h"
#include "SqlDialect.h"
#include "SqlValues.h"

#include <QHash>
#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <tuple>
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
    /// The place of a hit in sql::readItemPlace's order (NULL item columns for meeting hits).
    const char *itemColumns;
    const char *joins; ///< from the FTS table `f` to meetings `m`
};

struct SearchIndex::Row
{
    SearchHit hit;
    int pass = 0; ///< 0: the query itself, 1: its broader form (FtsQuery::broader)
    int tier = 0;
    bool ranked = false;
    int order = 0; ///< place within its source
    const char *fts = nullptr;
    qint64 rowid = 0;
};

namespace {
const char itemColumns[] = "i.id, b.name, b.short_name, m.meeting_date, i.number, i.title";
const char noItemColumns[] = "NULL, b.name, b.short_name, m.meeting_date, NULL, NULL";
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

SearchIndex::SearchIndex(const Database &database)
    : m_database(database)
    , m_server(!database.dialect().hasFts5())
{ }

SearchIndex::~SearchIndex() = default;

Result<StatementCache::Lease> SearchIndex::run(
    const QString &statement, const QVariantList &values) const
{
    return m_database.statements().run(statement, values);
}

namespace {
// What differs between FTS5 and the server's vectors (PostgresSearch) in a search statement:
// the table a hit comes from is the FTS5 table `f` (its rowid the row's id) or the indexed
// table itself (`f`, with its id), matched by FTS5's MATCH or by the tsquery operator @@.
struct Matching
{
    bool server = false;

    /// The indexed table behind an FTS5 table.
    static const Migrations::IndexedTable &indexed(const char *fts)
    {
        static const QVector<Migrations::IndexedTable> all = Migrations::indexedTables();
        for (const Migrations::IndexedTable &t : all) {
            if (t.fts == QLatin1String(fts))
                return t;
        }
        return all.first();
    }
    /// `FROM` this, aliased `f`.
    QString table(const char *fts) const
    {
        return server ? indexed(fts).table : QLatin1String(fts);
    }
    /// The server's vector of `f` that a query (in `column` only, if given) matches: a title
    /// has a vector of its own (PostgresSearch::hasTitleVector).
    static QString vector(const char *column)
    {
        return column ? QStringLiteral("f.search_title") : QStringLiteral("f.search_terms");
    }
    /// True for the rows of `f` matching the bound query (in `column` only, if given; words
    /// left out are left out of every column, so on the server a title match is checked
    /// against the whole row's vector too when the query excludes words).
    QString condition(const char *fts, const char *column, const FtsQuery &query) const
    {
        if (!server)
            return QLatin1String(fts) + QStringLiteral(" MATCH ?");
        QString out = vector(column) + QStringLiteral(" @@ CAST(? AS tsquery)");
        if (column && !query.excludedParts.isEmpty())
            out += QStringLiteral(" AND f.search_terms @@ CAST(? AS tsquery)");
        return out;
    }
    QString rowid() const { return server ? QStringLiteral("f.id") : QStringLiteral("f.rowid"); }
    QString joins(const char *joins) const
    {
        QString out = QLatin1String(joins);
        if (server)
            out.replace(QStringLiteral("f.rowid"), QStringLiteral("f.id"));
        return out;
    }
    /// The values condition() binds: the query for every column, or (with `column`) for the
    /// wanted terms in it only (and on the server the words left out, for the whole row).
    QVariantList bindings(const FtsQuery &query, const char *column = nullptr) const
    {
        if (!server)
            return {column ? query.restrictedTo(QLatin1String(column)) : query.expression};
        if (!column)
            return {query.tsquery()};
        QVariantList out {query.wantedTsquery()};
        if (!query.excludedParts.isEmpty())
            out << query.tsquery();
        return out;
    }
    /// The rows of `fts` matching the bound query, counted up to the bound limit.
    QString countOf(const char *fts, const FtsQuery &query, const char *column = nullptr) const
    {
        return QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM %1 f WHERE %2 LIMIT ?) AS c)")
            .arg(table(fts), condition(fts, column, query));
    }
    /// ts_rank's weights {D, C, B, A} from bm25's per column (first column = A), greatest 1.
    static QString rankWeights(const QString &weights)
    {
        QVector<double> w;
        for (const QString &part : weights.split(QLatin1Char(','), Qt::SkipEmptyParts))
            w.append(part.trimmed().toDouble());
        if (w.isEmpty())
            return {};
        const double top = *std::max_element(w.begin(), w.end());
        QStringList out;
        for (int letter = 3; letter >= 0; --letter)
            out << QString::number(letter < w.size() ? w.at(letter) / top : 0.1);
        return QStringLiteral("'{%1}', ").arg(out.join(QLatin1Char(',')));
    }
};
} // namespace

bool SearchIndex::surelyMany(const char *fts, const char *column, const FtsQuery &query) const
{
    if (!m_server)
        return false;
    if (!m_commonTokens) {
        // Without statistics (never analysed, or not readable) every source is counted.
        auto read = PostgresSearch::CommonTokens::read(m_database.connection());
        m_commonTokens = std::make_unique<PostgresSearch::CommonTokens>(
            read ? read.value() : PostgresSearch::CommonTokens());
    }
    const QString vector = column ? QStringLiteral("search_title") : QStringLiteral("search_terms");
    const bool many = m_commonTokens->rowsAtLeast(Matching::indexed(fts).table, vector, query)
        > 10 * qint64(countCap());
    m_takenAsCommon += many ? 1 : 0;
    return many;
}

Result<int> SearchIndex::matchCount(
    const char *fts, const char *column, const FtsQuery &query) const
{
    const Matching matching {m_server};
    auto q = run(QStringLiteral("SELECT ") + matching.countOf(fts, query, column),
        matching.bindings(query, column) << countCap() + 1);
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
    const Matching matching {m_server};
    QStringList tables;
    for (int s = 0; s < count; ++s) {
        const QString fts = QLatin1String(sources[s].fts);
        if ((options.kinds.isEmpty() || options.kinds.contains(sources[s].kind))
            && !tables.contains(fts))
            tables.append(fts);
    }
    QStringList columns;
    QVariantList values;
    QVector<QByteArray> counted;
    for (const QString &fts : tables) {
        const QByteArray name = fts.toLatin1();
        if (surelyMany(name.constData(), nullptr, query)) {
            counts.insert(name, countCap() + 1);
            continue;
        }
        counted.append(name);
        columns.append(matching.countOf(name.constData(), query));
        values << matching.bindings(query) << countCap() + 1;
    }
    if (columns.isEmpty())
        return {};
    auto q = run(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")), values);
    if (!q)
        return q.status();
    if (q.value()->next()) {
        for (int i = 0; i < counted.size(); ++i)
            counts.insert(counted.at(i), q.value()->value(i).toInt());
    }
    q.value()->finish();
    return {};
}

Result<QVector<SearchIndex::Row>> SearchIndex::searchSource(const Source &source,
    const FtsQuery &query, const SearchOptions &options, int limit, Counts &counts) const
{
    const Matching matching {m_server};
    const QVariantList bindings = matching.bindings(query, source.column);
    // The counts (search() made them for every table; they stop after rankedMatches + 1 rows)
    // tell whether bm25, which reads every match, is affordable, and whether there is anything
    // to fetch at all. A title-only search matches a subset of a table's rows (excluded words
    // count in every column either way), so a table with few matches has few in its titles
    // too, and only a table with many needs its titles counted apart. Prefix searches are not
    // counted (see collect()) and are ordered newest first within each tier.
    int matches = countCap() + 1;
    if (!query.prefix || m_server) {
        matches = counts.value(QByteArray(source.fts));
        if (matches > m_rankedMatches && source.column
            && surelyMany(source.fts, source.column, query)) {
            matches = countCap() + 1;
        } else if (matches > m_rankedMatches && source.column) {
            const Result<int> counted = matchCount(source.fts, source.column, query);
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
    // rows returned, never for every match. The server ranks by ts_rank (negated, so that
    // smaller is better as with bm25) only when the matches are few, and its snippets are made
    // here from the columns of the rows returned.
    const bool sortHere = ranked && matches <= limit;
    const QString weights = QLatin1String(source.weights);
    QString score = QStringLiteral("0");
    QVariantList values;
    if (m_server && ranked) {
        score = QStringLiteral("-ts_rank(%1%2, CAST(? AS tsquery))")
                    .arg(source.column ? QString() : Matching::rankWeights(weights),
                        Matching::vector(source.column));
        values << bindings.first();
    } else if (sortHere) {
        score = QStringLiteral("bm25(%1%2%3)")
                    .arg(QLatin1String(source.fts),
                        weights.isEmpty() ? QString() : QStringLiteral(", "), weights);
    } else if (ranked) {
        score = QStringLiteral("f.rank");
    }
    values << bindings;
    const QStringList &textColumns = Matching::indexed(source.fts).columns;
    const QString snippet = m_server
        ? QStringLiteral("f.") + textColumns.join(QStringLiteral(", f."))
        : QStringLiteral("snippet(%1, -1, char(2), char(3), '…', 16)")
              .arg(QLatin1String(source.fts));
    QString statement = QStringLiteral("SELECT m.id, %1, %2, %3, %4 FROM %5 f %6 "
                                       "JOIN bodies b ON b.id = m.body_id WHERE %7")
                            .arg(QLatin1String(source.itemColumns), matching.rowid(), score,
                                snippet, matching.table(source.fts), matching.joins(source.joins),
                                matching.condition(source.fts, source.column, query));
    if (ranked && !sortHere && !m_server)
        statement += QStringLiteral(" AND f.rank MATCH 'bm25(%1)'").arg(weights);
    statement += filterConditions(options, source.itemColumns == itemColumns, &values);
    if (m_server && ranked && !sortHere)
        statement += QStringLiteral(" ORDER BY 9, f.id DESC LIMIT ?");
    else if (m_server && matches <= serverCountCap)
        // Few enough to fetch them all through the GIN index and sort (the "+ 0" keeps the
        // planner from walking the primary key backwards through every row for a few hits).
        statement += QStringLiteral(" ORDER BY f.id + 0 DESC LIMIT ?");
    else if (m_server)
        // So many that walking the newest rows finds a page at once.
        statement += QStringLiteral(" ORDER BY f.id DESC LIMIT ?");
    else if (!m_server)
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
        sql::readItemPlace(q, r.hit);
        r.rowid = q.value(7).toLongLong();
        r.hit.rank = q.value(8).toDouble();
        if (m_server) {
            QStringList texts;
            for (int c = 0; c < textColumns.size(); ++c)
                texts << q.value(9 + c).toString();
            r.hit.snippet = PostgresSearch::snippet(texts, query);
        } else {
            r.hit.snippet = q.value(9).toString();
        }
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

Status SearchIndex::collect(const Source *all, int count, const FtsQuery &query,
    const SearchOptions &options, int pass, QVector<Row> &rows,
    QHash<QByteArray, QSet<qint64>> &seen) const
{
    // For a prefix, FTS5 first merges the rows of every word the prefix begins, in each
    // statement, so counting would cost as much as the search itself.
    Counts counts;
    if (!query.prefix || m_server) {
        if (Status st = countTables(all, count, query, options, counts); !st)
            return st;
    }
    int betterTiers = int(rows.size()); // rows found in earlier passes and tiers
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
        // Enough to fill the page once the rows found before are dropped.
        const int need = options.limit - betterTiers + int(found.size());
        auto fetched = searchSource(source, query, options, need, counts);
        if (!fetched)
            return fetched.status();
        for (Row &r : fetched.value()) {
            if (!found.contains(r.rowid)) {
                found.insert(r.rowid);
                r.pass = pass;
                rows.append(r);
            }
        }
    }
    return {};
}

Status SearchIndex::loadPersons() const
{
    // The persons, read again when the database changed: PRAGMA data_version moves when
    // another connection commits, total_changes() when this one writes (both cost nothing).
    // On the server: how many persons there are and the newest transaction that wrote one
    // (a change by anybody moves one or the other; the table is small).
    auto q = run(m_server ? QStringLiteral("SELECT count(*), coalesce(max(xmin::text::bigint), 0) "
                                           "FROM persons")
                          : QStringLiteral("SELECT (SELECT data_version FROM pragma_data_version), "
                                           "total_changes()"),
        {});
    if (!q)
        return q.status();
    QString stamp;
    if (q.value()->next())
        stamp = q.value()->value(0).toString() + QLatin1Char(' ') + q.value()->value(1).toString();
    q.value()->finish();
    if (stamp == m_personsStamp)
        return {};
    m_persons.clear();
    m_nameWords.clear();
    auto names = run(QStringLiteral("SELECT id, name FROM persons"), {});
    if (!names)
        return names.status();
    while (names.value()->next()) {
        NamedPerson p;
        p.id = names.value()->value(0).toLongLong();
        const QStringList words = SearchTerms::words(names.value()->value(1).toString());
        for (const QString &w : words) {
            p.words.insert(w);
            m_nameWords.insert(w);
            p.initials.append(w.at(0).toUpper());
        }
        m_persons.append(p);
    }
    names.value()->finish();
    m_personsStamp = stamp;
    return {};
}

bool SearchIndex::isName(const QString &word) const
{
    return loadPersons().ok() && m_nameWords.contains(word);
}

namespace {
// Items whose responsible initials are those of the person bound first (the initials' LIKE
// pattern second), in meetings the person attended; joined to `m` and `b` like the sources.
const char responsibleItems[]
    = "FROM attendance pa JOIN agenda_items i ON i.meeting_id = pa.meeting_id JOIN meetings m "
      "ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id WHERE pa.person_id = ? AND "
      "(' ' || replace(replace(i.responsible, ',', ' '), '/', ' ') || ' ') LIKE ?";
} // namespace

Result<QVector<QPair<qint64, QString>>> SearchIndex::namedPersons(
    const FtsQuery &query, const SearchOptions &options) const
{
    QVector<QPair<qint64, QString>> out;
    // Only a query that is nothing but a name: every word a word of one person's name.
    if (!query.onlyWords || !options.expand
        || (!options.kinds.isEmpty() && !options.kinds.contains(HitKind::Item)))
        return out;
    const QStringList &words = query.words;
    if (Status s = loadPersons(); !s)
        return s;
    for (const QString &w : words) {
        if (!m_nameWords.contains(w))
            return out; // not a name: the persons need not be looked at
    }
    for (const NamedPerson &person : m_persons) {
        bool all = true;
        for (const QString &w : words)
            all = all && person.words.contains(w);
        if (all && person.initials.size() >= 2)
            out.append({person.id, QStringLiteral("% ") + person.initials + QStringLiteral(" %")});
    }
    return out;
}

Status SearchIndex::collectResponsible(const FtsQuery &query, const SearchOptions &options,
    QVector<Row> &rows, QHash<QByteArray, QSet<qint64>> &seen) const
{
    const auto persons = namedPersons(query, options);
    if (!persons)
        return persons.status();
    QSet<qint64> &found = seen[QByteArray("agenda_items_fts")];
    for (const auto &[personId, initials] : persons.value()) {
        if (rows.size() >= options.limit)
            break;
        QVariantList values {personId, initials};
        QString statement
            = QStringLiteral("SELECT m.id, %1, i.responsible ").arg(QLatin1String(itemColumns))
            + QLatin1String(responsibleItems);
        statement += filterConditions(options, true, &values);
        statement += QStringLiteral(" ORDER BY m.meeting_date DESC, i.id LIMIT ?");
        values << options.limit - int(rows.size()) + int(found.size());
        auto q = run(statement, values);
        if (!q)
            return q.status();
        while (q.value()->next()) {
            Row r;
            sql::readItemPlace(*q.value(), r.hit);
            r.hit.kind = HitKind::Item;
            r.hit.snippet
                = tr("Responsible: %1")
                      .arg(highlightStart + q.value()->value(7).toString() + highlightEnd);
            r.rowid = r.hit.itemId;
            r.tier = 3;
            r.order = int(rows.size());
            r.fts = "agenda_items_fts";
            if (!found.contains(r.rowid)) {
                found.insert(r.rowid);
                rows.append(r);
            }
        }
        q.value()->finish();
    }
    return {};
}

namespace {
// Optimal string alignment distance (insertions, deletions, substitutions, swaps of two
// neighbours), giving up above `limit`.
int editDistance(const QString &a, const QString &b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    QVector<QVector<int>> d(n + 1, QVector<int>(m + 1));
    for (int i = 0; i <= n; ++i)
        d[i][0] = i;
    for (int j = 0; j <= m; ++j)
        d[0][j] = j;
    for (int i = 1; i <= n; ++i) {
        int best = limit + 1;
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            best = std::min(best, d[i][j]);
        }
        if (best > limit)
            return limit + 1;
    }
    return d[n][m];
}

int allowedDistance(const QString &word)
{
    return word.size() <= 5 ? 1 : 2;
}
} // namespace

Result<QString> SearchIndex::closestWord(const QString &word) const
{
    if (word.size() < 4)
        return QString();
    const int limit = allowedDistance(word);
    // A misspelt inflected form is compared as typed and by its stem (the index holds stems).
    thread_local SwedishStemmer stemmer;
    const QString stem = stemmer.stem(word);
    QString best;
    int bestDistance = limit + 1;
    // Ties: a word as written before a stem (which may not be a word), then the more common,
    // then the longer (a stem is a shortened word).
    std::tuple<bool, qint64, qsizetype> bestWeight {false, -1, 0};
    const auto consider = [&](const QString &candidate, qint64 count, bool written) {
        if (candidate.size() < 3 || candidate == word || candidate == stem)
            return;
        const int d = std::min(editDistance(word, candidate, limit),
            editDistance(stem, candidate, std::min(limit, int(stem.size()) / 4)));
        if (d > limit)
            return;
        const std::tuple<bool, qint64, qsizetype> weight {written, count, candidate.size()};
        if (d < bestDistance || (d == bestDistance && weight > bestWeight)) {
            best = candidate;
            bestDistance = d;
            bestWeight = weight;
        }
    };
    // Names first: a name one letter off is what a member meant more often than a word.
    if (Status s = loadPersons(); !s)
        return s;
    for (const QString &name : std::as_const(m_nameWords))
        consider(name, std::numeric_limits<qint64>::max(), true);
    if (!best.isEmpty() || m_server)
        return best;
    // The index's words that begin like `word` (a typo in the first two letters is not
    // found): stems, and words as written where they differ from their stems.
    if (!m_vocabulary) {
        auto created = run(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS "
                                          "temp.minutebook_item_words USING fts5vocab(main, "
                                          "agenda_items_fts, row)"),
            {});
        if (!created)
            return created.status();
        created.value()->finish();
        m_vocabulary = true;
    }
    const QString start = word.left(2);
    QString end = start;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    const QString exact(QLatin1Char(SearchTerms::exactMarker));
    auto q = run(QStringLiteral("SELECT term, doc FROM temp.minutebook_item_words WHERE "
                                "(term >= ? AND term < ?) OR (term >= ? AND term < ?)"),
        {start, end, exact + start, exact + end});
    if (!q)
        return q.status();
    while (q.value()->next()) {
        QString term = q.value()->value(0).toString();
        const bool written = term.startsWith(exact);
        if (written)
            term.remove(0, 1);
        consider(term, q.value()->value(1).toLongLong(), written);
    }
    q.value()->finish();
    return best;
}

Result<QString> SearchIndex::suggestion(const QString &userText) const
{
    // Each plain word on its own: one that matches nothing anywhere is replaced.
    QStringList out;
    bool changed = false;
    for (const QString &part : userText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const FtsQuery alone = FtsQuery::fromUserText(part);
        if (alone.onlyWords && alone.words.size() == 1) {
            SearchOptions first;
            first.limit = 1;
            first.correctSpelling = false;
            auto found = search(part, first);
            if (!found)
                return found.status();
            if (found.value().isEmpty()) {
                auto closest = closestWord(alone.words.first());
                if (!closest)
                    return closest.status();
                if (!closest.value().isEmpty()) {
                    out << closest.value();
                    changed = true;
                    continue;
                }
            }
        }
        out << part;
    }
    return changed ? out.join(QLatin1Char(' ')) : QString();
}

// One read transaction for all the statements of a search: one lock and one look at the WAL
// instead of one per statement, and every statement reads the same snapshot. Inside a caller's
// transaction BEGIN fails and the search simply runs in that one.
struct SearchIndex::ReadTransaction
{
    const SearchIndex &index;
    const bool began;
    explicit ReadTransaction(const SearchIndex &searchIndex)
        : index(searchIndex)
        , began(begin(searchIndex))
    { }
    ~ReadTransaction()
    {
        if (!began)
            return;
        if (index.m_server)
            QSqlQuery(index.m_database.connection()).exec(QStringLiteral("COMMIT"));
        else
            (void)index.run(QStringLiteral("COMMIT"), {});
    }
    // The server cannot prepare BEGIN; its statement reads one snapshot throughout.
    static bool begin(const SearchIndex &index)
    {
        if (!index.m_server)
            return index.run(QStringLiteral("BEGIN"), {}).ok();
        QSqlQuery q(index.m_database.connection());
        return q.exec(index.m_database.dialect().beginRead());
    }
};

Result<int> SearchIndex::count(const QString &userText, const SearchOptions &options, int cap) const
{
    const FtsQuery query
        = FtsQuery::fromUserText(userText, [this](const QString &word) { return isName(word); });
    if (query.isEmpty())
        return 0;
    const FtsQuery widest = options.expand && query.hasBroader() ? query.broader() : query;
    const auto persons = namedPersons(query, options);
    if (!persons)
        return persons.status();
    const ReadTransaction transaction(*this);
    int sources = 0;
    const Source *all = sourceTable<Source>(&sources);
    QSet<QByteArray> counted;
    int total = 0;
    for (int s = 0; s < sources; ++s) {
        const Source &source = all[s];
        // Each table once (a title hit and a passing mention of a row are one hit).
        if (counted.contains(QByteArray(source.fts))
            || (!options.kinds.isEmpty() && !options.kinds.contains(source.kind)))
            continue;
        counted.insert(QByteArray(source.fts));
        const bool items = source.itemColumns == itemColumns;
        const Matching matching {m_server};
        QVariantList values = matching.bindings(widest);
        QString rows
            = QStringLiteral("SELECT %1 FROM %2 f %3 JOIN bodies b ON b.id = "
                             "m.body_id WHERE %4")
                  .arg(matching.rowid(), matching.table(source.fts), matching.joins(source.joins),
                      matching.condition(source.fts, nullptr, widest));
        rows += filterConditions(options, items, &values);
        if (source.kind == HitKind::Item) {
            for (const auto &[personId, initials] : persons.value()) {
                rows += QStringLiteral(" UNION SELECT i.id ") + QLatin1String(responsibleItems);
                values << personId << initials;
                rows += filterConditions(options, true, &values);
            }
        }
        values << cap + 1 - total;
        auto q = run(QStringLiteral("SELECT count(*) FROM (%1 LIMIT ?) AS c").arg(rows), values);
        if (!q)
            return q.status();
        total += q.value()->next() ? q.value()->value(0).toInt() : 0;
        q.value()->finish();
        if (total > cap)
            return cap + 1;
    }
    return total;
}

Result<QVector<SearchHit>> SearchIndex::search(
    const QString &userText, const SearchOptions &options, QString *correctedTo) const
{
    m_takenAsCommon = 0;
    if (correctedTo)
        correctedTo->clear();
    if (options.correctSpelling) {
        SearchOptions exact = options;
        exact.correctSpelling = false;
        auto hits = search(userText, exact);
        if (!hits || !hits.value().isEmpty() || FtsQuery::fromUserText(userText).isEmpty())
            return hits;
        auto corrected = suggestion(userText);
        if (!corrected)
            return corrected.status();
        if (corrected.value().isEmpty())
            return hits;
        if (correctedTo)
            *correctedTo = corrected.value();
        return search(corrected.value(), exact);
    }
    const FtsQuery query
        = FtsQuery::fromUserText(userText, [this](const QString &word) { return isName(word); });
    if (query.isEmpty() || options.limit < 1)
        return QVector<SearchHit>();
    const ReadTransaction transaction(*this);
    int count = 0;
    const Source *all = sourceTable<Source>(&count);
    QVector<Row> rows;
    QHash<QByteArray, QSet<qint64>> seen; // FTS table → rows already found in a better tier
    // The query itself first; when its hits do not fill the page, its broader form (compound
    // parts, stems as prefixes) adds the rows it finds beyond them, after them.
    const FtsQuery passes[] = {query, query.broader()};
    for (int pass = 0;
         pass < (query.hasBroader() && options.expand ? 2 : 1) && rows.size() < options.limit;
         ++pass) {
        if (Status st = collect(all, count, passes[pass], options, pass, rows, seen); !st)
            return Result<QVector<SearchHit>>::failure(tr("The search failed: %1").arg(st.error()));
        // A name also finds the items its person was responsible for, marked by initials.
        if (pass == 0) {
            if (Status st = collectResponsible(query, options, rows, seen); !st)
                return Result<QVector<SearchHit>>::failure(
                    tr("The search failed: %1").arg(st.error()));
        }
    }
    // Tier first; within a tier the bm25-ranked rows of rare matches, then the most recent of
    // common ones, interleaved by their place in their own source.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.pass != b.pass)
            return a.pass < b.pass;
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
