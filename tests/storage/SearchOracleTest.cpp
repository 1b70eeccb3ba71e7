// The search against a brute-force scan of the same text under the same matching rules
// (SearchTerms): for random words of a generated archive, the hits are exactly the rows the
// scan finds when they fit in the page, and otherwise a full page of them with every row the
// word itself matches before those only its broader form matches. A change to the tiers, the
// passes, the counting or the ranking cannot silently drop hits.

#include "Database.h"
#include "MinutesGenerator.h"
#include "SearchIndex.h"
#include "SearchTerms.h"
#include "TestDatabase.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <string>

using namespace minutebook;

namespace {

// What a row's text holds: every index token of every word.
using Tokens = QSet<QByteArray>;

struct ScannedRow
{
    HitKind kind;
    qint64 key; ///< item id, or meeting id for meeting rows
    Tokens tokens;
};

Tokens tokensOf(SwedishStemmer &stemmer, const QString &text)
{
    Tokens out;
    for (const QString &w : SearchTerms::words(text)) {
        const QByteArray utf8 = w.toUtf8();
        SearchTerms::documentTokens(stemmer, std::string_view(utf8.constData(), utf8.size()),
            [&out](std::string_view t, bool) {
                out.insert(QByteArray(t.data(), qsizetype(t.size())));
            });
    }
    return out;
}

QVector<ScannedRow> scan(const Database &db, SwedishStemmer &stemmer)
{
    const struct
    {
        HitKind kind;
        const char *sql;
    } sources[] = {
        {HitKind::Meeting, "SELECT id, title || ' ' || notes || ' ' || minute_taker FROM meetings"},
        {HitKind::Item,
            "SELECT id, title || ' ' || body || ' ' || presenter || ' ' || responsible "
            "FROM agenda_items"},
        {HitKind::Decision, "SELECT item_id, text FROM decisions"},
        {HitKind::Action, "SELECT item_id, text || ' ' || assignee FROM actions"},
    };
    QVector<ScannedRow> rows;
    QSqlQuery q(db.connection());
    for (const auto &source : sources) {
        EXPECT_TRUE(q.exec(QString::fromLatin1(source.sql)));
        while (q.next())
            rows.append(
                {source.kind, q.value(0).toLongLong(), tokensOf(stemmer, q.value(1).toString())});
    }
    return rows;
}

QSet<QString> nameWords(const Database &db)
{
    QSet<QString> out;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT name FROM persons")));
    while (q.next()) {
        for (const QString &w : SearchTerms::words(q.value(0).toString()))
            out.insert(w);
    }
    return out;
}

QString keyOf(HitKind kind, qint64 key)
{
    return QString::number(int(kind)) + QLatin1Char(':') + QString::number(key);
}

} // namespace

TEST(SearchOracle, HitsAreWhatAScanOfTheTextFinds)
{
    auto db = test::memoryDb();
    ASSERT_TRUE(db);
    ASSERT_TRUE(MinutesGenerator(*db).generate(60, 11).ok());
    SwedishStemmer stemmer;
    const QVector<ScannedRow> rows = scan(*db, stemmer);
    const QSet<QString> names = nameWords(*db);

    // The words of the archive that are not names (a name query has rules of its own).
    QStringList vocabulary;
    {
        QSet<QString> seen;
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT title || ' ' || body FROM agenda_items")));
        while (q.next()) {
            for (const QString &w : SearchTerms::words(q.value(0).toString())) {
                if (w.size() >= 3 && !names.contains(w) && !seen.contains(w)) {
                    seen.insert(w);
                    vocabulary << w;
                }
            }
        }
    }
    ASSERT_GT(vocabulary.size(), 50);

    QRandomGenerator random(20261207);
    SearchIndex index(*db);
    SearchOptions options;
    options.correctSpelling = false;
    for (const int limit : {10, 50, 400}) {
        options.limit = limit;
        for (int round = 0; round < 40; ++round) {
            const QString word = vocabulary.at(random.bounded(int(vocabulary.size())));
            const QByteArray utf8 = word.toUtf8();
            const std::string_view view(utf8.constData(), utf8.size());
            // The word itself: its stem and base forms; the broader form: any token that begins
            // with its stem (not a tail), or the tail of its stem.
            Tokens itself;
            SearchTerms::queryTokens(stemmer, view, SearchTerms::QueryMode::Stem, false,
                [&itself](std::string_view t, bool) {
                    itself.insert(QByteArray(t.data(), qsizetype(t.size())));
                });
            const QByteArray stem = QByteArray::fromStdString(std::string(stemmer.stem(view)));
            QByteArray tail;
            SearchTerms::queryTokens(stemmer, view, SearchTerms::QueryMode::Tail, false,
                [&tail](std::string_view t, bool) {
                    tail = QByteArray(t.data(), qsizetype(t.size()));
                });
            const bool broadens = QString::fromUtf8(stem).size() >= SearchTerms::minExpandedStem;
            QSet<QString> first;
            QSet<QString> all;
            for (const ScannedRow &r : rows) {
                bool direct = false;
                bool wide = false;
                for (const QByteArray &t : r.tokens) {
                    direct = direct || itself.contains(t);
                    if (broadens) {
                        const QByteArray plain
                            = t.startsWith(SearchTerms::exactMarker) ? t.mid(1) : t;
                        wide = wide
                            || (!t.startsWith(SearchTerms::tailMarker) && plain.startsWith(stem))
                            || t.startsWith(tail);
                    }
                }
                if (direct)
                    first.insert(keyOf(r.kind, r.key));
                if (direct || wide)
                    all.insert(keyOf(r.kind, r.key));
            }
            const auto hits = index.search(word, options);
            ASSERT_TRUE(hits.ok()) << hits.error().toStdString();
            QSet<QString> found;
            for (const SearchHit &h : hits.value()) {
                const QString key
                    = keyOf(h.kind, h.kind == HitKind::Meeting ? h.meetingId : h.itemId);
                found.insert(key);
            }
            const std::string what = word.toStdString() + " limit " + std::to_string(limit);
            EXPECT_TRUE(all.contains(found)) << what << ": a hit the scan does not find";
            if (all.size() <= limit / 2) {
                // Several rows of one item (two decisions) are one key: compare keys.
                EXPECT_EQ(found, all) << what;
            } else {
                EXPECT_GE(found.size(), std::min<qsizetype>(limit / 2, all.size())) << what;
                // The word's own matches come before those of its broader form.
                EXPECT_GE(QSet<QString>(found).intersect(first).size(),
                    std::min<qsizetype>(first.size(), limit / 2))
                    << what;
            }
        }
    }
}

TEST(SearchOracle, TheCountIsTheNumberOfHitsWithoutAPageLimit)
{
    auto db = test::memoryDb();
    ASSERT_TRUE(db);
    ASSERT_TRUE(MinutesGenerator(*db).generate(40, 5).ok());
    SearchIndex index(*db);
    SearchOptions everything;
    everything.limit = 1000000;
    everything.correctSpelling = false;
    QStringList queries {QStringLiteral("skolmåltider"), QStringLiteral("lärare"),
        QStringLiteral("budget"), QStringLiteral("\"arbetsmiljön\""), QStringLiteral("kvalitet*"),
        QStringLiteral("beslut -budget")};
    // A person of the archive, by surname: the count includes the items marked by initials.
    {
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM persons ORDER BY id LIMIT 1")));
        ASSERT_TRUE(q.next());
        queries << SearchTerms::words(q.value(0).toString()).constLast();
    }
    for (const QString &query : queries) {
        const auto hits = index.search(query, everything);
        ASSERT_TRUE(hits.ok());
        ASSERT_FALSE(hits->isEmpty()) << query.toStdString();
        const auto counted = index.count(query, everything, 1000000);
        ASSERT_TRUE(counted.ok()) << counted.error().toStdString();
        EXPECT_EQ(counted.value(), hits->size()) << query.toStdString();
        // Over the cap: cap + 1, never a page size.
        if (hits->size() > 3) {
            EXPECT_EQ(index.count(query, everything, 3).value(), 4) << query.toStdString();
        }
    }
}
