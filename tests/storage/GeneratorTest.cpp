#include "MeetingBuilders.h"
#include "MeetingJson.h"
#include "MeetingRepository.h"
#include "MinutesGenerator.h"
#include "RegisterRepository.h"
#include "TestBackend.h"

#include <QJsonDocument>

using namespace minutebook;
using namespace minutebook::test;

namespace {
class MinutesGeneratorTest : public BackendTest
{
};
} // namespace

TEST_P(MinutesGeneratorTest, WritesTheRequestedMeetingsWithRostersAndRegisters)
{
    Database *db = &database();
    auto written = MinutesGenerator(*db).generate(2500, 9);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(written.value(), 2500);
    MeetingRepository meetings(*db);
    EXPECT_EQ(meetings.count().value(), 2500);
    const auto decisions = RegisterRepository(*db).decisions();
    ASSERT_TRUE(decisions.ok()) << decisions.error().toStdString();
    EXPECT_GT(decisions->size(), 1000);
    const auto actions = RegisterRepository(*db).actions();
    ASSERT_TRUE(actions.ok()) << actions.error().toStdString();
    EXPECT_GT(actions->size(), 1000);
    auto bodies = BodyRepository(*db).list();
    ASSERT_TRUE(bodies.ok());
    EXPECT_GE(bodies->size(), 5);
    EXPECT_FALSE(BodyRepository(*db).roster(bodies->at(0).id)->isEmpty());
    QStringList problems;
    EXPECT_TRUE(db->check(&problems).ok()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST_P(MinutesGeneratorTest, SameSeedGivesTheSameDatabaseContent)
{
    // A second, fresh archive on the same backend.
    QString why;
    const auto second = BackendArchive::create(GetParam(), &why);
    ASSERT_TRUE(second) << why.toStdString();
    Database *a = &database();
    Database *b = &second->database();
    ASSERT_TRUE(MinutesGenerator(*a).generate(30, 77).ok());
    ASSERT_TRUE(MinutesGenerator(*b).generate(30, 77).ok());
    for (qint64 id : {1, 15, 30}) {
        const QByteArray ja
            = QJsonDocument(MeetingJson::toJson(MeetingRepository(*a).load(id).value())).toJson();
        const QByteArray jb
            = QJsonDocument(MeetingJson::toJson(MeetingRepository(*b).load(id).value())).toJson();
        EXPECT_EQ(ja, jb);
    }
}

TEST_P(MinutesGeneratorTest, ProgressIsReportedAndCanStop)
{
    Database *db = &database();
    int calls = 0;
    auto written = MinutesGenerator(*db).generate(5000, 1, [&](int done, int total) {
        ++calls;
        EXPECT_EQ(total, 5000);
        return done < 2000;
    });
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written.value(), 2000);
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(MeetingRepository(*db).count().value(), 2000);
}

MINUTEBOOK_ON_BOTH_BACKENDS(MinutesGeneratorTest);
