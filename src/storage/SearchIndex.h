#pragma once

// Full-text search over meetings, items, decisions and assignments (the FTS5 tables kept in
// step by triggers, see Migrations.cpp).
//
// Ranking, best first: hits in a meeting or item title, then decisions, then assignments, then
// passing mentions (item text, presenter, notes). Within each of these tiers a search that
// matches at most SearchIndex::rankedMatches rows of a table is ordered by bm25; a more common
// one (and any prefix search, see FtsQuery::prefix) by the most recently recorded rows first.
// Each source is asked for its own best `limit` rows (early termination in the FTS5 doclist, no
// scoring of every match) and the lists are merged, so a word found in a third of a million
// items costs about as much as a rare one. All statements of a search run in one read
// transaction and stay prepared on the connection for the next search (StatementCache;
// docs/performance.md has the figures).

#include "Database.h"
#include "FtsQuery.h"
#include "Records.h"
#include "Result.h"
#include "StatementCache.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QVariantList>

#include <algorithm>
#include <memory>

class QSqlQuery;

namespace minutebook {

namespace PostgresSearch {
class CommonTokens;
}

struct SearchOptions
{
    QString body; ///< name or short name; empty: all
    QDate from; ///< inclusive
    QDate to; ///< inclusive
    /// A person's name: hits in meetings the person attended, items they presented or were
    /// responsible for, or items with an assignment to them. Empty: everybody.
    QString person;
    QVector<HitKind> kinds; ///< empty: every kind
    int limit = 50;
    /// When nothing is found, search for the closest spelling found in the archive (a
    /// person's name or a word of the index) instead; search() says which.
    bool correctSpelling = true;
    /// Add what the words alone do not match: their broader form (compound parts, prefixes
    /// of stems; FtsQuery::broader), after their own hits, and for a person's name the items
    /// marked with that person's initials. Off: the words' own matches only.
    bool expand = true;
};

class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::SearchIndex)

public:
    /// Above this many matches in one table a source is ordered by recency instead of bm25
    /// (bm25 would have to look at every match).
    static constexpr int rankedMatches = 500;
    /// On the server each source is counted up to this many matches (prefixes too): fewer are
    /// fetched through the GIN index and sorted, more are found by walking the newest rows.
    static constexpr int serverCountCap = 3000;

    explicit SearchIndex(const Database &database);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;
    /// For tests: another threshold between bm25 and recency order (0: always recency).
    void setRankedMatches(int matches) { m_rankedMatches = matches; }
    /// For tests: another count cap on the server (serverCountCap).
    void setServerCountCap(int matches) { m_serverCountCap = matches; }
    /// How many sources the last search on the server took as common from the server's
    /// statistics instead of counting them (surelyMany): for tests.
    int sourcesTakenAsCommon() const { return m_takenAsCommon; }

    /// Best hits first; SearchHit::rank is the place in that order (1 = best). Text the user
    /// typed is passed through FtsQuery::fromUserText; an empty query gives no hits (and
    /// FtsQuery's hint), never an error.
    /// When nothing matched and the options allow, the hits are those of the closest spelling
    /// and `correctedTo` (if given) receives it ("Menade du …"); otherwise it is cleared.
    Result<QVector<SearchHit>> search(const QString &userText, const SearchOptions &options = {},
        QString *correctedTo = nullptr) const;
    /// How many hits search() would give without a page limit (rows of the index matching the
    /// query or its broader form, with the filters), counted up to `cap`; cap + 1 means more.
    Result<int> count(
        const QString &userText, const SearchOptions &options = {}, int cap = 10000) const;
    /// The query with each word that matches nothing replaced by the closest word of the
    /// archive (person names first, then the index's words, one or two letters off); empty
    /// when there is nothing to offer.
    Result<QString> suggestion(const QString &userText) const;

private:
    struct Source;
    struct Row;
    struct ReadTransaction;
    /// Matches per FTS table in one search (countTables), counted up to rankedMatches + 1.
    using Counts = QHash<QByteArray, int>;
    Result<QVector<Row>> searchSource(const Source &source, const FtsQuery &query,
        const SearchOptions &options, int limit, Counts &counts) const;
    /// One pass of a search: every source in tier order, rows not yet `seen` appended.
    Status collect(const Source *all, int count, const FtsQuery &query,
        const SearchOptions &options, int pass, QVector<Row> &rows,
        QHash<QByteArray, QSet<qint64>> &seen) const;
    /// Whether `word` (lower case) is a word of some person's name.
    bool isName(const QString &word) const;
    /// The closest word to `word` among persons' names and the index's words, or empty.
    Result<QString> closestWord(const QString &word) const;
    /// Reads the persons' names when they changed since the last search.
    Status loadPersons() const;
    /// For a query that is a person's name: each such person's id and a LIKE pattern of the
    /// initials the minutes mark them by.
    Result<QVector<QPair<qint64, QString>>> namedPersons(
        const FtsQuery &query, const SearchOptions &options) const;
    /// For a query that names a person: the items whose responsible initials are that
    /// person's, in meetings the person attended.
    Status collectResponsible(const FtsQuery &query, const SearchOptions &options,
        QVector<Row> &rows, QHash<QByteArray, QSet<qint64>> &seen) const;
    /// The unrestricted matches of every FTS table the search may ask, into `counts`.
    Status countTables(const Source *sources, int count, const FtsQuery &query,
        const SearchOptions &options, Counts &counts) const;
    /// How far a source's matches are counted: rankedMatches locally, serverCountCap on the
    /// server (where the count also chooses how the rows are fetched).
    int countCap() const
    {
        return m_server ? std::max(m_serverCountCap, m_rankedMatches) : m_rankedMatches;
    }
    /// Whether the server's statistics show `query` in more than ten times countCap() rows of
    /// `fts` (in `column` only, if given): such a source is not counted (60-90 ms for a common
    /// prefix), its count is taken as countCap() + 1. False on a file.
    bool surelyMany(const char *fts, const char *column, const FtsQuery &query) const;
    /// Rows of `fts` matching `query` (in `column` only, if given), counted up to
    /// countCap() + 1.
    Result<int> matchCount(const char *fts, const char *column, const FtsQuery &query) const;
    /// Runs `statement` with `values` through the archive's kept statements (StatementCache):
    /// a search is up to a dozen statements, and preparing them took about as long as running
    /// them. The query is read from the lease, positioned before its first row.
    Result<StatementCache::Lease> run(const QString &statement, const QVariantList &values) const;

    const Database &m_database;
    /// The server's statistics for surelyMany(), read on first use.
    mutable std::unique_ptr<PostgresSearch::CommonTokens> m_commonTokens;
    /// The archive is on the server: its vectors (PostgresSearch) instead of FTS5.
    bool m_server = false;
    int m_rankedMatches = rankedMatches;
    int m_serverCountCap = serverCountCap;
    mutable int m_takenAsCommon = 0;
    struct NamedPerson
    {
        qint64 id = 0;
        QSet<QString> words;
        QString initials;
    };
    mutable QVector<NamedPerson> m_persons;
    mutable QSet<QString> m_nameWords;
    mutable QString m_personsStamp;
    mutable bool m_vocabulary = false; ///< the temp fts5vocab table exists on the connection
};

} // namespace minutebook
