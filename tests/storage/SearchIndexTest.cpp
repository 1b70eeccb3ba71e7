#include "SearchIndex.h"
#include "AgendaEdits.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "MinutesGenerator.h"
#include "RawConnection.h"
#include "TestBackend.h"
#include "TestDatabase.h"
#include "TestFiles.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace minutebook;
using namespace minutebook::test;

// On both backends: the local file's FTS5 index and the server's vectors (PostgresSearch).
class SearchIndexTest : public BackendTest
{
};
MINUTEBOOK_ON_BOTH_BACKENDS(SearchIndexTest);

TEST_P(SearchIndexTest, InsertedTextIsFoundAtOnce)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    Meeting m = smallMeeting(QStringLiteral("Skolvalskampanjen"));
    m.items[0].decisions
        = {{0, 0, QStringLiteral("Ledningsgruppen beslutar att genomföra BUMS-dagarna.")}};
    ActionItem a;
    a.text = QStringLiteral("Maria får i uppdrag att boka lokal.");
    a.assignee = QStringLiteral("Maria Holm");
    m.items[0].actions = {a};
    ASSERT_TRUE(meetings.insert(m).ok());
    SearchIndex index(*db);
    auto hits = index.search(QStringLiteral("skolvalskampanjen"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->at(0).kind, HitKind::Item);
    EXPECT_EQ(hits->at(0).meetingId, m.id);
    EXPECT_EQ(hits->at(0).itemNumber, QStringLiteral("1"));
    EXPECT_EQ(hits->at(0).bodyShortName, QStringLiteral("LG"));
    EXPECT_TRUE(hits->at(0).snippet.contains(
        highlightStart + QStringLiteral("Skolvalskampanjen") + highlightEnd));
    EXPECT_EQ(index.search(QStringLiteral("BUMS"))->at(0).kind, HitKind::Decision);
    EXPECT_EQ(index.search(QStringLiteral("lokal"))->at(0).kind, HitKind::Action);
}

TEST_P(SearchIndexTest, AnEditIsFoundAtOnceAndTheOldTextIsGone)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    Meeting m = smallMeeting(QStringLiteral("Lokalförsörjning"));
    ASSERT_TRUE(meetings.insert(m).ok());
    SearchIndex index(*db);
    ASSERT_EQ(index.search(QStringLiteral("lokalförsörjning"))->size(), 1);
    AgendaItem item = m.items.at(0);
    item.title = QStringLiteral("Elevhälsa");
    ASSERT_TRUE(AgendaEdits(*db).saveFields(nullptr, {item}).ok());
    EXPECT_EQ(index.search(QStringLiteral("elevhälsa"))->size(), 1);
    EXPECT_EQ(index.search(QStringLiteral("lokalförsörjning"))->size(), 0);
    ASSERT_TRUE(meetings.remove(m.id).ok());
    EXPECT_EQ(index.search(QStringLiteral("elevhälsa"))->size(), 0);
}

// One SearchIndex keeps its statements prepared between searches (SearchRunner keeps it for
// the whole session). A statement left running would hold a read transaction: the searches
// would not see what another connection wrote since, and the WAL could not be checkpointed.
TEST(SearchIndex, AKeptIndexSeesOtherConnectionsWritesAndHoldsNoReadTransaction)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.db"));
    auto writer = openOrFail(path);
    ASSERT_TRUE(writer);
    MeetingRepository meetings(*writer);
    Meeting first = smallMeeting(QStringLiteral("Lokalförsörjning"));
    ASSERT_TRUE(meetings.insert(first).ok());
    Database::Options readOnly;
    readOnly.readOnly = true;
    auto reader = openOrFail(path, readOnly);
    ASSERT_TRUE(reader);
    SearchIndex index(*reader);
    // Below the ranking threshold and above it, so both kinds of statements are kept.
    int stored = 1;
    for (int threshold : {SearchIndex::rankedMatches, 0}) {
        index.setRankedMatches(threshold);
        ASSERT_EQ(index.search(QStringLiteral("lokalförsörjning"))->size(), stored);
        Meeting next = smallMeeting(QStringLiteral("Lokalförsörjning igen"));
        ASSERT_TRUE(meetings.insert(next).ok());
        QSqlQuery checkpoint(writer->connection());
        ASSERT_TRUE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        ASSERT_TRUE(checkpoint.next());
        EXPECT_EQ(checkpoint.value(0).toInt(), 0) << "a search left a read transaction open";
        checkpoint.finish();
        ++stored;
        EXPECT_EQ(index.search(QStringLiteral("lokalförsörjning"))->size(), stored);
    }
}

TEST_P(SearchIndexTest, SwedishLettersFoldCaseButStayLetters)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    Meeting m = smallMeeting(QStringLiteral("Återkoppling om FÅR-projektet"));
    m.items[0].body = QStringLiteral("Gruppen får ett uppdrag om Öresund.");
    ASSERT_TRUE(meetings.insert(m).ok());
    SearchIndex index(*db);
    EXPECT_EQ(index.search(QStringLiteral("ÅTERKOPPLING"))->size(), 1);
    EXPECT_EQ(index.search(QStringLiteral("öresund"))->size(), 1);
    EXPECT_EQ(index.search(QStringLiteral("far"))->size(), 0) << "å is not a";
    EXPECT_EQ(index.search(QStringLiteral("oresund"))->size(), 0) << "ö is not o";
}

TEST_P(SearchIndexTest, PhrasePrefixExclusionAndFilters)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    Meeting a = smallMeeting(QStringLiteral("Riktat stöd från Skolverket"));
    a.date = QDate(2024, 2, 6);
    Meeting b = smallMeeting(QStringLiteral("Stöd som riktas till rektorer"));
    b.date = QDate(2025, 5, 13);
    b.body.name = QStringLiteral("Styrgruppen");
    b.body.shortName = QStringLiteral("SG");
    ASSERT_TRUE(meetings.insert(a).ok());
    ASSERT_TRUE(meetings.insert(b).ok());
    SearchIndex index(*db);
    EXPECT_EQ(index.search(QStringLiteral("\"riktat stöd\""))->size(), 1);
    EXPECT_EQ(index.search(QStringLiteral("rikta*"))->size(), 2);
    EXPECT_EQ(index.search(QStringLiteral("stöd -skolverket"))->size(), 1);
    SearchOptions sg;
    sg.body = QStringLiteral("SG");
    EXPECT_EQ(index.search(QStringLiteral("stöd"), sg)->size(), 1);
    SearchOptions in2024;
    in2024.from = QDate(2024, 1, 1);
    in2024.to = QDate(2024, 12, 31);
    auto hits = index.search(QStringLiteral("stöd"), in2024);
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->at(0).date, QDate(2024, 2, 6));
    SearchOptions one;
    one.limit = 1;
    EXPECT_EQ(index.search(QStringLiteral("stöd"), one)->size(), 1);
}

TEST_P(SearchIndexTest, TitleAndDecisionHitsRankAboveAPassingMention)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    Meeting passing = smallMeeting(QStringLiteral("Övrigt"));
    passing.items[0].body = QStringLiteral(
        "Gruppen diskuterade många saker under eftermiddagen, bland annat lokaler, scheman, "
        "personal, ekonomi och till sist kort om skolvalet innan mötet avslutades.");
    Meeting titled = smallMeeting(QStringLiteral("Skolvalet 2025"));
    Meeting decided = smallMeeting(QStringLiteral("Information"));
    decided.items[0].decisions = {{0, 0, QStringLiteral("Ledningsgruppen beslutar om skolvalet.")}};
    ASSERT_TRUE(meetings.insert(passing).ok());
    ASSERT_TRUE(meetings.insert(titled).ok());
    ASSERT_TRUE(meetings.insert(decided).ok());
    auto hits = SearchIndex(*db).search(QStringLiteral("skolvalet"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 3);
    EXPECT_NE(hits->at(0).meetingId, passing.id);
    EXPECT_NE(hits->at(1).meetingId, passing.id);
    EXPECT_EQ(hits->at(2).meetingId, passing.id);
}

TEST_P(SearchIndexTest, NoQueryStringEverProducesAnSqlError)
{
    Database *db = &database();
    ASSERT_TRUE(MinutesGenerator(*db).generate(20, 5).ok());
    SearchIndex index(*db);
    const QString alphabet
        = QStringLiteral("abcåäöABC \"'*-():^;.,!?%_\\/#@{}[]<>|&=+~`0123456789\t\n") + QChar(0)
        + QStringLiteral("ANDORNOTNEAR");
    QRandomGenerator gen(2024);
    const QStringList nasty = {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("-"),
        QStringLiteral("AND"), QStringLiteral("OR OR"), QStringLiteral("NEAR("),
        QStringLiteral("a:b"), QStringLiteral("' OR 1=1 --"),
        QStringLiteral("\"; DROP TABLE meetings; --"), QStringLiteral("^a"), QStringLiteral("(((("),
        QStringLiteral("-\"\""), QStringLiteral("a* b*")};
    QStringList queries = nasty;
    for (int i = 0; i < 3000; ++i) {
        QString q;
        const int len = gen.bounded(1, 16);
        for (int c = 0; c < len; ++c)
            q += alphabet.at(gen.bounded(int(alphabet.size())));
        queries << q;
    }
    for (const QString &q : queries) {
        auto hits = index.search(q);
        ASSERT_TRUE(hits.ok()) << "query " << q.toStdString() << ": " << hits.error().toStdString();
    }
}
