// Search on realistic data: the real minutes in tests/data (imported) and generated minutes,
// through both of SearchIndex's orders (bm25 for rare matches, recency for common ones), and
// the fuzz test of random and malicious queries through FtsQuery and the engine with every
// filter.

#include "FtsQuery.h"
#include "ImportRepository.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "MinutesGenerator.h"
#include "MinutesImporter.h"
#include "RawConnection.h"
#include "SearchIndex.h"
#include "TestDatabase.h"
#include "TestFiles.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSet>

using namespace minutebook;
using namespace minutebook::test;

namespace {
// The three real minutes of a Swedish school administration's management group.
std::unique_ptr<Database> fixtureDb()
{
    auto db = memoryDb();
    const QDir data(QStringLiteral(MINUTEBOOK_TEST_DATA));
    const QStringList files = data.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    EXPECT_EQ(files.size(), 3);
    ImportRepository imports(*db);
    for (const QString &file : files) {
        ImportOptions options;
        options.fallbackDate = QDate(2025, 5, 13);
        options.bodyName = QStringLiteral("Ledningsgrupp HSS");
        options.bodyShortName = QStringLiteral("LG");
        auto imported = MinutesImporter::importPath(data.filePath(file), options);
        EXPECT_TRUE(imported.ok()) << imported.error().toStdString();
        if (!imported.ok())
            continue;
        Meeting m = imported.value().meeting;
        const Status s = imports.importMeeting(m, file, file, false);
        EXPECT_TRUE(s.ok()) << s.error().toStdString();
    }
    return db;
}

bool allContain(const QVector<SearchHit> &hits, const QString &word)
{
    for (const SearchHit &h : hits) {
        if (!h.snippet.toLower().contains(word))
            return false;
    }
    return !hits.isEmpty();
}
} // namespace

TEST(SearchRealistic, RealMinutesPhrasePrefixExclusionAndSwedishLetters)
{
    auto db = fixtureDb();
    SearchIndex index(*db);
    auto bums = index.search(QStringLiteral("BUMS"));
    ASSERT_TRUE(bums.ok()) << bums.error().toStdString();
    ASSERT_FALSE(bums->isEmpty());
    // Items titled with BUMS come first, then the decision about the BUMS days, then the
    // passing mentions.
    int decision = -1;
    for (int i = 0; i < bums->size() && decision < 0; ++i) {
        if (bums->at(i).kind == HitKind::Decision)
            decision = i;
    }
    ASSERT_GE(decision, 0);
    for (int i = 0; i < decision; ++i)
        EXPECT_TRUE(bums->at(i).itemTitle.contains(QStringLiteral("BUMS"))) << i;
    EXPECT_TRUE(bums->at(decision).snippet.contains(QStringLiteral("genomföras")));
    ASSERT_LT(decision + 1, bums->size());
    EXPECT_FALSE(bums->constLast().itemTitle.contains(QStringLiteral("BUMS")))
        << "a passing mention last";

    auto phrase = index.search(QStringLiteral("\"BUMS-dagarna ska genomföras\""));
    ASSERT_TRUE(phrase.ok());
    ASSERT_FALSE(phrase->isEmpty());
    for (const SearchHit &h : phrase.value())
        EXPECT_TRUE(h.snippet.contains(QStringLiteral("genomföras") + highlightEnd))
            << h.snippet.toStdString();
    EXPECT_TRUE(index.search(QStringLiteral("\"genomföras BUMS-dagarna\""))->isEmpty())
        << "a phrase keeps its word order";

    // Prefix: skolval* finds skolvalet and skolvalskampanjen.
    auto prefix = index.search(QStringLiteral("skolval*"));
    ASSERT_TRUE(prefix.ok());
    QSet<QString> words;
    for (const SearchHit &h : prefix.value()) {
        for (const QString &w :
            {QStringLiteral("skolvalet"), QStringLiteral("skolvalskampanjen")}) {
            if (h.snippet.toLower().contains(highlightStart + w))
                words.insert(w);
        }
    }
    EXPECT_EQ(words.size(), 2);
    // Without the *, the word still finds the items with its definite form and with the
    // compound, after the hits of the word itself (the minutes never say "skolval" alone).
    const auto itemsOf = [&index](const char *query) {
        QSet<qint64> items;
        const auto hits = index.search(QString::fromUtf8(query));
        EXPECT_TRUE(hits.ok());
        for (const SearchHit &h : hits.value())
            items.insert(h.itemId);
        return items;
    };
    const QSet<qint64> skolval = itemsOf("skolval");
    for (const char *form : {"skolvalet", "skolvalskampanjen"}) {
        const QSet<qint64> items = itemsOf(form);
        EXPECT_FALSE(items.isEmpty()) << form;
        EXPECT_TRUE(skolval.contains(items)) << form;
    }

    // Exclusion.
    const int withBums = int(index.search(QStringLiteral("dagarna"))->size());
    const int withoutBums = int(index.search(QStringLiteral("dagarna -BUMS"))->size());
    EXPECT_LT(withoutBums, withBums);

    // Swedish letters and case: "FÖRVALTNINGEN" finds "Förvaltningen", "forvaltningen" not.
    auto upper = index.search(QStringLiteral("FÖRVALTNINGEN"));
    ASSERT_TRUE(upper.ok());
    EXPECT_TRUE(allContain(upper.value(), QStringLiteral("förvaltningen")));
    SearchOptions asTyped;
    asTyped.correctSpelling = false;
    EXPECT_TRUE(index.search(QStringLiteral("forvaltningen"), asTyped)->isEmpty());
}

TEST(SearchRealistic, GeneratedMinutesInBothOrdersKeepTitlesFirst)
{
    auto db = memoryDb();
    ASSERT_TRUE(MinutesGenerator(*db).generate(150, 3).ok());
    for (const int threshold : {SearchIndex::rankedMatches, 0}) {
        SCOPED_TRACE(threshold);
        SearchIndex index(*db);
        index.setRankedMatches(threshold);
        SearchOptions options;
        options.limit = 400;
        auto hits = index.search(QStringLiteral("verksamhetsplanen"), options);
        ASSERT_TRUE(hits.ok()) << hits.error().toStdString();
        ASSERT_GT(hits->size(), 10);
        // Tiers in order: once a hit is not a title hit, no title hit follows.
        bool pastTitles = false;
        for (int i = 0; i < hits->size(); ++i) {
            const SearchHit &h = hits->at(i);
            EXPECT_EQ(h.rank, i + 1);
            const bool titleHit = (h.kind == HitKind::Item || h.kind == HitKind::Meeting)
                && h.itemTitle.toLower().contains(QStringLiteral("verksamhetsplanen"));
            if (!titleHit) {
                pastTitles = true;
            } else {
                EXPECT_FALSE(pastTitles) << "title hit at " << i + 1 << " after a mention";
            }
        }
        // No row twice (a title hit is not repeated as a passing mention).
        QSet<QPair<int, qint64>> seen;
        for (const SearchHit &h : hits.value()) {
            const qint64 id = h.kind == HitKind::Meeting ? h.meetingId : h.itemId;
            if (h.kind == HitKind::Item || h.kind == HitKind::Meeting) {
                EXPECT_FALSE(seen.contains({int(h.kind), id}));
            }
            seen.insert({int(h.kind), id});
        }
        SearchOptions few;
        few.limit = 5;
        EXPECT_EQ(index.search(QStringLiteral("verksamhetsplanen"), few)->size(), 5);
    }
}

TEST(SearchRealistic, KindAndPersonFilters)
{
    auto db = memoryDb();
    MeetingRepository meetings(*db);
    Meeting a = smallMeeting(QStringLiteral("Skolvalet och lokalerna"));
    a.items[0].presenter = QStringLiteral("Tony Mufic");
    a.items[0].decisions = {{0, 0, QStringLiteral("Gruppen beslutar om skolvalet.")}};
    ActionItem task;
    task.text = QStringLiteral("Planera skolvalet vidare.");
    task.assignee = QStringLiteral("Karin Gerken");
    a.items[0].actions = {task};
    Meeting b = smallMeeting(QStringLiteral("Skolvalet i höst"));
    b.date = QDate(2024, 9, 3);
    b.attendees[0].person.name = QStringLiteral("Susanne Fras");
    ASSERT_TRUE(meetings.insert(a).ok());
    ASSERT_TRUE(meetings.insert(b).ok());
    SearchIndex index(*db);
    auto kinds = [&](const SearchOptions &o) {
        QVector<HitKind> out;
        const auto hits = index.search(QStringLiteral("skolvalet"), o);
        for (const SearchHit &h : hits.value())
            out.append(h.kind);
        return out;
    };
    SearchOptions all;
    EXPECT_EQ(kinds(all).size(), 4);
    SearchOptions decisions;
    decisions.kinds = {HitKind::Decision};
    EXPECT_EQ(kinds(decisions), QVector<HitKind>({HitKind::Decision}));
    SearchOptions actions;
    actions.kinds = {HitKind::Action};
    EXPECT_EQ(kinds(actions), QVector<HitKind>({HitKind::Action}));
    SearchOptions items;
    items.kinds = {HitKind::Item};
    EXPECT_EQ(kinds(items), QVector<HitKind>({HitKind::Item, HitKind::Item}));

    auto meetingsOf = [&](const QString &person) {
        SearchOptions o;
        o.person = person;
        QSet<qint64> out;
        const auto hits = index.search(QStringLiteral("skolvalet"), o);
        for (const SearchHit &h : hits.value())
            out.insert(h.meetingId);
        return out;
    };
    EXPECT_EQ(meetingsOf(QStringLiteral("Tony Mufic")), QSet<qint64>({a.id})) << "presenter";
    EXPECT_EQ(meetingsOf(QStringLiteral("Karin Gerken")), QSet<qint64>({a.id})) << "assignee";
    EXPECT_EQ(meetingsOf(QStringLiteral("Susanne Fras")), QSet<qint64>({b.id})) << "attendee";
    EXPECT_EQ(meetingsOf(QStringLiteral("Lila Ericsson")), QSet<qint64>({a.id})) << "attendee";
    EXPECT_TRUE(meetingsOf(QStringLiteral("Ingen Alls")).isEmpty());

    SearchOptions autumn;
    autumn.from = QDate(2024, 6, 1);
    auto late = index.search(QStringLiteral("skolvalet"), autumn);
    ASSERT_EQ(late->size(), 1);
    EXPECT_EQ(late->at(0).meetingId, b.id);
}

TEST(SearchRealistic, NoQueryOrFilterEverProducesAnSqlError)
{
    auto db = memoryDb();
    ASSERT_TRUE(MinutesGenerator(*db).generate(30, 8).ok());
    const QString alphabet
        = QStringLiteral("abcåäöÅÄÖ \"'*-():^;.,!?%_\\/#@{}[]<>|&=+~`0123456789\t\n€") + QChar(0)
        + QChar(0x02) + QChar(0x03) + QChar(0xFFFF) + QChar(0x200B)
        + QStringLiteral("ANDORNOTNEAR");
    const QStringList words = {QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"),
        QStringLiteral("NEAR"), QStringLiteral("NEAR/3"), QStringLiteral("title:"),
        QStringLiteral("{title}"), QStringLiteral("rank"), QStringLiteral("bm25("),
        QStringLiteral("*"), QStringLiteral("\""), QStringLiteral("-"), QStringLiteral("^"),
        QStringLiteral("'"), QStringLiteral(";"), QStringLiteral("--"), QStringLiteral("/*"),
        QStringLiteral("DROP TABLE meetings"), QStringLiteral("skolvalet"),
        QStringLiteral("beslutar"), QStringLiteral("och"), QStringLiteral("kvalitet*")};
    QRandomGenerator gen(20261124);
    SearchIndex index(*db);
    int withHits = 0;
    for (int i = 0; i < 3000; ++i) {
        QString q;
        const int parts = gen.bounded(1, 6);
        for (int p = 0; p < parts; ++p) {
            if (gen.bounded(2) == 0) {
                q += words.at(gen.bounded(int(words.size())));
            } else {
                const int len = gen.bounded(1, 8);
                for (int c = 0; c < len; ++c)
                    q += alphabet.at(gen.bounded(int(alphabet.size())));
            }
            if (gen.bounded(3) != 0)
                q += QLatin1Char(' ');
        }
        // The function alone: its expression is either empty or a valid FTS5 query.
        const FtsQuery query = FtsQuery::fromUserText(q);
        if (!query.isEmpty()) {
            EXPECT_FALSE(query.restrictedTo(QStringLiteral("title")).isEmpty());
        }
        SearchOptions options;
        options.limit = gen.bounded(1, 60);
        if (gen.bounded(4) == 0)
            options.person = q;
        if (gen.bounded(4) == 0)
            options.body = q;
        if (gen.bounded(4) == 0)
            options.kinds = {static_cast<HitKind>(gen.bounded(4))};
        if (gen.bounded(4) == 0)
            options.from = QDate(2000 + gen.bounded(30), 1, 1);
        index.setRankedMatches(gen.bounded(2) == 0 ? 0 : SearchIndex::rankedMatches);
        auto hits = index.search(q, options);
        ASSERT_TRUE(hits.ok()) << "query " << q.toStdString() << ": " << hits.error().toStdString();
        EXPECT_LE(hits->size(), options.limit);
        if (!hits->isEmpty())
            ++withHits;
    }
    EXPECT_GT(withHits, 20) << "the fuzzing must also reach queries that find something";
}
