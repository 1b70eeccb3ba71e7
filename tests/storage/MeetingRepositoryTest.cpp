#include "MeetingRepository.h"
#include "BodyRepository.h"
#include "MeetingBuilders.h"
#include "MeetingJson.h"
#include "MinutesGenerator.h"
#include "StatementCache.h"
#include "TestBackend.h"

#include <QJsonDocument>

using namespace minutebook;
using namespace minutebook::test;

namespace {
Meeting fullMeeting()
{
    Meeting m = smallMeeting(QStringLiteral("Skoltempen och betygsresultat"));
    m.status = MeetingStatus::Approved;
    m.notes = QStringLiteral("Anteckningar utan punkt.");
    Attendance absent;
    absent.person.name = QStringLiteral("Karin Gerken");
    absent.groupLabel = QStringLiteral("LG");
    absent.status = AttendanceStatus::Absent;
    Attendance guest;
    guest.person.name = QStringLiteral("Antonio Alas");
    guest.status = AttendanceStatus::Guest;
    guest.note = QStringLiteral("Skoltempen");
    m.attendees << absent << guest;
    AgendaItem &item = m.items[0];
    item.presenter = QStringLiteral("Lila Ericsson och Antonio Alas");
    item.responsible = QStringLiteral("LE");
    item.body = QStringLiteral("Text.\n\n- punkt\n  - underpunkt\n\nhttps://example.se/a?b=1");
    item.decisions
        = {{0, 0, QStringLiteral("Första beslutet.")}, {0, 0, QStringLiteral("Andra beslutet.")}};
    ActionItem action;
    action.text = QStringLiteral("Lila får i uppdrag att återkomma.");
    action.assignee = QStringLiteral("Lila Ericsson");
    action.due = QDate(2024, 3, 1);
    item.actions = {action};
    AgendaItem info;
    info.title = QStringLiteral("Kort information");
    AgendaItem child1;
    child1.title = QStringLiteral("Skolplikt");
    child1.responsible = QStringLiteral("KG");
    child1.decisions = {{0, 0, QStringLiteral("Tredje beslutet.")}};
    AgendaItem child2;
    child2.title = QStringLiteral("Hackshield");
    child2.deferredTo = QDate(2024, 3, 12);
    AgendaItem grandchild;
    grandchild.title = QStringLiteral("Prisutdelning på Fuzed");
    child2.children = {grandchild};
    info.children = {child1, child2};
    m.items << info;
    return m;
}

QByteArray canonical(Meeting m)
{
    // Ids are assigned on insert; compare everything else.
    m.id = 0;
    m.body.id = 0;
    for (Attendance &a : m.attendees)
        a.person.id = 0;
    return QJsonDocument(MeetingJson::toJson(m)).toJson();
}

class MeetingRepositoryTest : public BackendTest
{
};

class BodyRepositoryTest : public BackendTest
{
};
} // namespace

TEST_P(MeetingRepositoryTest, InsertThenLoadGivesTheSameMeeting)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    Meeting m = fullMeeting();
    ASSERT_TRUE(meetings.insert(m).ok());
    EXPECT_GT(m.id, 0);
    EXPECT_GT(m.items.at(1).children.at(1).children.at(0).id, 0);
    auto loaded = meetings.load(m.id);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toStdString();
    EXPECT_EQ(canonical(loaded.value()).toStdString(), canonical(m).toStdString());
    EXPECT_EQ(loaded->body.shortName, QStringLiteral("LG"));
    EXPECT_EQ(loaded->items.at(1).children.at(1).deferredTo, QDate(2024, 3, 12));
}

// One statement: on a server each is a round trip.
TEST_P(MeetingRepositoryTest, LoadingAMeetingIsOneStatement)
{
    MeetingRepository meetings(database());
    Meeting m = fullMeeting();
    ASSERT_TRUE(meetings.insert(m).ok());
    StatementCache &cache = database().statements();
    for (int i = 0; i < 3; ++i) {
        const int before = cache.prepared() + cache.reused();
        ASSERT_TRUE(meetings.load(m.id).ok());
        EXPECT_EQ(cache.prepared() + cache.reused(), before + 1);
    }
    EXPECT_GE(cache.reused(), 2);
}

TEST_P(MeetingRepositoryTest, DateRangeIsTheOldestAndTheNewestMeeting)
{
    MeetingRepository meetings(database());
    const auto empty = meetings.dateRange();
    ASSERT_TRUE(empty.ok()) << empty.error().toStdString();
    EXPECT_FALSE(empty->first.isValid());
    EXPECT_FALSE(empty->second.isValid());
    // Inserted out of order, in two bodies: the range is by date, not by id or body.
    const QDate days[] = {QDate(2024, 3, 12), QDate(2019, 11, 5), QDate(2026, 1, 20)};
    int n = 0;
    for (const QDate &day : days) {
        Meeting m = fullMeeting();
        m.date = day;
        m.body.name = n++ % 2 ? QStringLiteral("Styrgruppen") : QStringLiteral("Ledningsgruppen");
        ASSERT_TRUE(meetings.insert(m).ok());
    }
    const auto range = meetings.dateRange();
    ASSERT_TRUE(range.ok()) << range.error().toStdString();
    EXPECT_EQ(range->first, QDate(2019, 11, 5));
    EXPECT_EQ(range->second, QDate(2026, 1, 20));
}

TEST_P(MeetingRepositoryTest, DecisionNumbersRunThroughTheMeetingAndAreKept)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    Meeting m = fullMeeting();
    m.items[0].decisions[1].number = 7; // given earlier: kept, and later ones continue after it
    ASSERT_TRUE(meetings.insert(m).ok());
    auto loaded = meetings.load(m.id);
    ASSERT_TRUE(loaded.ok());
    // Listed in number order within the item.
    EXPECT_EQ(loaded->items.at(0).decisions.at(0).number, 7);
    EXPECT_EQ(loaded->items.at(0).decisions.at(0).text, QStringLiteral("Andra beslutet."));
    EXPECT_EQ(loaded->items.at(0).decisions.at(1).number, 8);
    EXPECT_EQ(loaded->items.at(0).decisions.at(1).text, QStringLiteral("Första beslutet."));
    EXPECT_EQ(loaded->items.at(1).children.at(0).decisions.at(0).number, 9);
}

TEST_P(MeetingRepositoryTest, BodiesAndPersonsAreSharedByName)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    Meeting a = fullMeeting();
    Meeting b = fullMeeting();
    b.date = QDate(2024, 3, 12);
    ASSERT_TRUE(meetings.insert(a).ok());
    ASSERT_TRUE(meetings.insert(b).ok());
    EXPECT_EQ(a.body.id, b.body.id);
    EXPECT_EQ(a.attendees.at(0).person.id, b.attendees.at(0).person.id);
    auto bodies = BodyRepository(*db).list();
    ASSERT_TRUE(bodies.ok());
    EXPECT_EQ(bodies->size(), 1);
}

TEST_P(MeetingRepositoryTest, ListIsNewestFirstAndFilters)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    const QDate dates[]
        = {QDate(2023, 5, 2), QDate(2024, 2, 6), QDate(2024, 9, 10), QDate(2022, 1, 1)};
    for (const QDate &d : dates) {
        Meeting m = smallMeeting();
        m.date = d;
        ASSERT_TRUE(meetings.insert(m).ok());
    }
    Meeting other = smallMeeting();
    other.body.name = QStringLiteral("Styrgruppen");
    other.body.shortName = QStringLiteral("SG");
    other.date = QDate(2024, 5, 5);
    ASSERT_TRUE(meetings.insert(other).ok());

    auto all = meetings.list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 5);
    for (int i = 1; i < all->size(); ++i)
        EXPECT_GE(all->at(i - 1).date, all->at(i).date);

    MeetingFilter year;
    year.year = 2024;
    EXPECT_EQ(meetings.list(year)->size(), 3);
    EXPECT_EQ(meetings.count(year).value(), 3);
    MeetingFilter body;
    body.body = QStringLiteral("SG");
    ASSERT_EQ(meetings.list(body)->size(), 1);
    EXPECT_EQ(meetings.list(body)->at(0).bodyName, QStringLiteral("Styrgruppen"));
    MeetingFilter page;
    page.offset = 1;
    page.limit = 2;
    auto rows = meetings.list(page);
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).date, QDate(2024, 5, 5));
}

TEST_P(MeetingRepositoryTest, MissingMeetingAndInvalidInputGiveMessages)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    auto missing = meetings.load(4242);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("4242")));
    Meeting noDate = smallMeeting();
    noDate.date = QDate();
    EXPECT_FALSE(meetings.insert(noDate).ok());
    Meeting noBody = smallMeeting();
    noBody.body.name.clear();
    EXPECT_FALSE(meetings.insert(noBody).ok());
    EXPECT_EQ(meetings.count().value(), 0) << "a failed insert leaves nothing behind";
    EXPECT_FALSE(meetings.remove(4242).ok());
}

TEST_P(MeetingRepositoryTest, RemoveTakesEverythingOfTheMeeting)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    Meeting m = fullMeeting();
    ASSERT_TRUE(meetings.insert(m).ok());
    // Approved minutes are not deleted (ApprovedRule); a draft is, with everything in it.
    ASSERT_FALSE(meetings.remove(m.id).ok());
    ASSERT_TRUE(meetings.setStatus(m.id, MeetingStatus::Draft).ok());
    ASSERT_TRUE(meetings.remove(m.id).ok());
    for (const char *table : {"agenda_items", "decisions", "actions", "attendance"}) {
        const QVariant rows
            = archive().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        ASSERT_TRUE(rows.isValid()) << table;
        EXPECT_EQ(rows.toInt(), 0) << table;
    }
}

TEST_P(MeetingRepositoryTest, TheStatusHasOneWriterAndUnknownIdsAreRefused)
{
    Database *db = &database();
    MeetingRepository meetings(*db);
    Meeting m = fullMeeting();
    ASSERT_TRUE(meetings.insert(m).ok());
    ASSERT_TRUE(meetings.setStatus(m.id, MeetingStatus::Approved).ok());
    EXPECT_EQ(meetings.load(m.id)->status, MeetingStatus::Approved);
    ASSERT_TRUE(meetings.setStatus(m.id, MeetingStatus::Draft).ok());
    EXPECT_EQ(meetings.load(m.id)->status, MeetingStatus::Draft);
    EXPECT_FALSE(meetings.setStatus(m.id + 1000, MeetingStatus::Approved).ok());
    EXPECT_FALSE(meetings.remove(m.id + 1000).ok());
    ASSERT_TRUE(meetings.remove(m.id).ok());
    EXPECT_FALSE(meetings.exists(m.id).value());
}

TEST_P(BodyRepositoryTest, RosterKeepsOrderAndGroups)
{
    Database *db = &database();
    BodyRepository bodies(*db);
    Body body {0, QStringLiteral("Ledningsgrupp HSS"), QStringLiteral("LG"), QString()};
    ASSERT_TRUE(bodies.ensure(body).ok());
    QVector<RosterEntry> roster(2);
    roster[0].person.name = QStringLiteral("Tony Mufic");
    roster[0].groupLabel = QStringLiteral("LG");
    roster[1].person.name = QStringLiteral("Maria Holm");
    roster[1].groupLabel = QStringLiteral("Styrgruppen");
    ASSERT_TRUE(bodies.setRoster(body.id, roster).ok());
    auto back = bodies.roster(body.id);
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->size(), 2);
    EXPECT_EQ(back->at(1).person.name, QStringLiteral("Maria Holm"));
    EXPECT_EQ(back->at(1).groupLabel, QStringLiteral("Styrgruppen"));
    EXPECT_EQ(bodies.find(QStringLiteral("LG"))->id, body.id);
    EXPECT_FALSE(bodies.find(QStringLiteral("XX")).ok());
}

TEST_P(MeetingRepositoryTest, KeysetPagesGiveTheSameRowsAsOnePass)
{
    Database *db = &database();
    ASSERT_TRUE(db);
    ASSERT_TRUE(MinutesGenerator(*db).generate(230, 4).ok());
    // Several meetings on one day, so the id decides the order within a date.
    for (int i = 0; i < 5; ++i) {
        Meeting m = smallMeeting(QStringLiteral("Samma dag %1").arg(i));
        m.date = QDate(2025, 5, 20);
        ASSERT_TRUE(MeetingRepository(*db).insert(m).ok());
    }
    MeetingRepository meetings(*db);
    for (const QString &body : {QString(), QStringLiteral("LG")}) {
        MeetingFilter all;
        all.body = body;
        const QVector<MeetingSummary> whole = meetings.list(all).value();
        ASSERT_GT(whole.size(), 50);
        QVector<qint64> paged;
        MeetingFilter page = all;
        page.limit = 17;
        for (;;) {
            const QVector<MeetingSummary> rows = meetings.list(page).value();
            for (const MeetingSummary &r : rows)
                paged.append(r.id);
            if (rows.size() < page.limit)
                break;
            page.afterDate = rows.constLast().date;
            page.afterId = rows.constLast().id;
        }
        QVector<qint64> expected;
        for (const MeetingSummary &r : whole)
            expected.append(r.id);
        EXPECT_EQ(paged, expected) << body.toStdString();
    }
}

MINUTEBOOK_ON_BOTH_BACKENDS(MeetingRepositoryTest);
MINUTEBOOK_ON_BOTH_BACKENDS(BodyRepositoryTest);
