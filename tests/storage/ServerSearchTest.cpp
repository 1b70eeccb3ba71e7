// The server's search index (PostgresSearch): vectors written by the program just before each
// write commits, so text written behind its back is indexed by the next save and `check` says
// what is missing meanwhile; vectors written under other rules are written again when the
// archive is opened; an archive upgraded from before the index finds its old text. The
// vectors and snippets themselves are checked without a server.

#include "Database.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "PostgresSearch.h"
#include "SearchIndex.h"
#include "SearchTerms.h"
#include "ServerAddress.h"
#include "TestBackend.h"

#include <QSqlQuery>

using namespace minutebook;
using namespace minutebook::test;

namespace {
int hitCount(const Database &db, const QString &text)
{
    SearchOptions exact;
    exact.correctSpelling = false;
    const auto hits = SearchIndex(db).search(text, exact);
    EXPECT_TRUE(hits.ok()) << hits.error().toStdString();
    return hits.ok() ? int(hits.value().size()) : -1;
}

std::unique_ptr<BackendArchive> serverArchive(QString *why)
{
    return BackendArchive::create(Backend::Postgres, why);
}
} // namespace

#define MINUTEBOOK_SERVER_ARCHIVE(name)                                                            \
    QString why_;                                                                                  \
    auto name = serverArchive(&why_);                                                              \
    if (!name && !HasFailure())                                                                    \
        GTEST_SKIP() << why_.toStdString();                                                        \
    ASSERT_TRUE(name)

TEST(ServerSearch, TextWrittenBehindTheProgramsBackIsIndexedByTheNextSave)
{
    MINUTEBOOK_SERVER_ARCHIVE(archive);
    Database &db = archive->database();
    MeetingRepository meetings(db);
    Meeting m = smallMeeting(QStringLiteral("Lokalförsörjning"));
    ASSERT_TRUE(meetings.insert(m).ok());
    ASSERT_EQ(hitCount(db, QStringLiteral("lokalförsörjningen")), 1);
    EXPECT_TRUE(db.check(nullptr).ok());

    // Another tool changes the title: the trigger empties the row's vector.
    ASSERT_TRUE(archive->exec(
        QStringLiteral("UPDATE agenda_items SET title = 'Skolskjutsarna' WHERE meeting_id = %1")
            .arg(m.id)));
    EXPECT_EQ(hitCount(db, QStringLiteral("lokalförsörjning")), 0) << "the old words are gone";
    EXPECT_EQ(hitCount(db, QStringLiteral("skolskjuts")), 0) << "not indexed before a save";
    QStringList problems;
    EXPECT_FALSE(db.check(&problems).ok());
    EXPECT_TRUE(problems.join(QLatin1Char(' ')).contains(QLatin1String("1 row")))
        << problems.join(QLatin1Char(' ')).toStdString();

    // The program's next write, whatever it is, indexes it before it commits.
    Meeting next = smallMeeting(QStringLiteral("Budget"));
    ASSERT_TRUE(meetings.insert(next).ok());
    EXPECT_EQ(hitCount(db, QStringLiteral("skolskjuts")), 1);
    EXPECT_EQ(hitCount(db, QStringLiteral("skjutsarna")), 1) << "a compound's tail";
    EXPECT_TRUE(db.check(nullptr).ok());
}

TEST(ServerSearch, VectorsOfOtherRulesAreWrittenAgainWhenOpened)
{
    MINUTEBOOK_SERVER_ARCHIVE(archive);
    MeetingRepository meetings(archive->database());
    Meeting m = smallMeeting(QStringLiteral("Skolmåltiderna"));
    ASSERT_TRUE(meetings.insert(m).ok());
    // As a program with other rules would have left them: other tokens, another identity.
    ASSERT_TRUE(archive->exec(
        QStringLiteral("UPDATE agenda_items SET search_terms = to_tsvector('simple', 'annat')")));
    ASSERT_TRUE(archive->exec(QStringLiteral("UPDATE search_index SET tokenizer = 'older rules'")));
    EXPECT_EQ(hitCount(archive->database(), QStringLiteral("skolmåltid")), 0);
    QStringList problems;
    EXPECT_FALSE(archive->database().check(&problems).ok());

    Database::Options readOnly;
    readOnly.readOnly = true;
    auto reader = archive->open(readOnly);
    ASSERT_TRUE(reader);
    EXPECT_EQ(hitCount(*reader, QStringLiteral("skolmåltid")), 0) << "a reader does not write";

    qint64 reported = 0;
    Database::Options writable;
    writable.searchIndexProgress = [&](qint64 done, qint64) {
        reported = done;
        return true;
    };
    auto opened = archive->open(writable);
    ASSERT_TRUE(opened);
    EXPECT_GT(reported, 0) << "progress while indexing";
    EXPECT_EQ(hitCount(*opened, QStringLiteral("skolmåltid")), 1);
    EXPECT_EQ(hitCount(*opened, QStringLiteral("måltider")), 1);
    EXPECT_EQ(archive->scalar(QStringLiteral("SELECT tokenizer FROM search_index")).toString(),
        SearchTerms::identity());
    EXPECT_TRUE(opened->check(nullptr).ok());
}

TEST(ServerSearch, AnArchiveUpgradedFromBeforeTheIndexFindsItsOldText)
{
    QString why;
    auto server = ServerDatabase::create();
    if (!server && !HasFailure())
        GTEST_SKIP() << ServerDatabase::missingReason().toStdString();
    ASSERT_TRUE(server);
    auto address = ServerAddress::parse(server->keyValueAddress());
    ASSERT_TRUE(address.ok());
    const int before = 7; // the last schema without the server's index
    {
        auto old = Database::prepareServer(
            address.value(), Database::ServerSchema::Create, nullptr, before);
        ASSERT_TRUE(old.ok()) << old.error().toStdString();
        QSqlQuery q(old.value()->connection());
        for (const char *sql : {
                 "INSERT INTO bodies (id, name, short_name) VALUES (1, 'Ledningsgruppen', 'LG')",
                 "INSERT INTO meetings (id, body_id, title, meeting_date) "
                 "VALUES (1, 1, 'Möte', '2024-02-06')",
                 "INSERT INTO agenda_items (id, meeting_id, position, number, title, body) "
                 "VALUES (1, 1, 0, '1', 'Elevhälsoteamet', 'Modersmålslärarna berättade.')",
             })
            ASSERT_TRUE(q.exec(QString::fromUtf8(sql))) << sql;
    }
    int from = 0;
    auto upgraded
        = Database::prepareServer(address.value(), Database::ServerSchema::Upgrade, &from);
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().toStdString();
    EXPECT_EQ(from, before);
    EXPECT_EQ(hitCount(*upgraded.value(), QStringLiteral("elevhälsoteam")), 1);
    EXPECT_EQ(hitCount(*upgraded.value(), QStringLiteral("lärare")), 1) << "a compound's tail";
    EXPECT_TRUE(upgraded.value()->check(nullptr).ok());
}

// Without a server: what the program writes into the vectors, and the snippets it makes.
TEST(PostgresSearchVectors, EachWordGivesTheIndexTokensWithItsColumnsWeight)
{
    const QString v = PostgresSearch::documentVector(
        {QStringLiteral("Skolmåltiderna"), QStringLiteral("Budget och budgeten")});
    // The title's word at 1 (weight A); a gap; the body's words at 3, 4, 5 (weight B).
    EXPECT_TRUE(v.contains(QStringLiteral("'skolmåltid':1A"))) << v.toStdString();
    EXPECT_TRUE(v.contains(QStringLiteral("'") + QLatin1Char(SearchTerms::exactMarker)
        + QStringLiteral("skolmåltiderna':1A")))
        << "the word as written";
    EXPECT_TRUE(v.contains(
        QStringLiteral("'") + QLatin1Char(SearchTerms::tailMarker) + QStringLiteral("måltid':1A")))
        << "the compound's tail";
    EXPECT_TRUE(v.contains(QStringLiteral("'budget':3B,5B"))) << v.toStdString();
    EXPECT_TRUE(v.contains(QStringLiteral("'och':4B"))) << "no stop words are dropped";
    EXPECT_TRUE(PostgresSearch::documentVector({QString(), QString()}).isEmpty());
}

TEST(PostgresSearchVectors, SnippetsMarkEveryFormOfTheWordInTheBestColumn)
{
    const FtsQuery query = FtsQuery::fromUserText(QStringLiteral("budget"));
    const QString body = QStringLiteral(
        "Gruppen gick igenom lokalerna, scheman och personalen, gårdarna, matsalen, bussarna, "
        "skolskjutsarna och idrottshallarna, och därefter diskuterades "
        "budgeten för nästa år ingående, innan mötet avslutades med övriga frågor och "
        "en kort genomgång av kommande möten under våren och hösten.");
    const QString s = PostgresSearch::snippet({QStringLiteral("Information"), body}, query);
    EXPECT_TRUE(s.contains(highlightStart + QStringLiteral("budgeten") + highlightEnd))
        << s.toStdString();
    EXPECT_TRUE(s.startsWith(QStringLiteral("…"))) << s.toStdString();
    EXPECT_TRUE(s.endsWith(QStringLiteral("…"))) << s.toStdString();
    EXPECT_LE(SearchTerms::words(s).size(), 16);
    // A short column comes whole, its punctuation kept.
    EXPECT_EQ(PostgresSearch::snippet({QStringLiteral("Budget 2027."), QString()}, query),
        highlightStart + QStringLiteral("Budget") + highlightEnd + QStringLiteral(" 2027."));
    // A prefix marks the words it begins.
    EXPECT_EQ(PostgresSearch::snippet({QStringLiteral("Skolvalet, skolor")},
                  FtsQuery::fromUserText(QStringLiteral("skolv*"))),
        highlightStart + QStringLiteral("Skolvalet") + highlightEnd + QStringLiteral(", skolor"));
}
