#include "ImportRepository.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "TestBackend.h"

using namespace minutebook;
using namespace minutebook::test;

namespace {
class ImportRepositoryTest : public BackendTest
{
};
} // namespace

TEST_P(ImportRepositoryTest, SameContentIsRefusedUnlessForced)
{
    Database *db = &database();
    ImportRepository imports(*db);
    const QString hash = ImportRepository::contentHash("Mötesanteckningar\n1. Incheckning\n");
    EXPECT_EQ(hash.size(), 64);
    EXPECT_EQ(imports.meetingFor(hash).value(), 0);
    Meeting first = smallMeeting();
    ASSERT_TRUE(imports.importMeeting(first, hash, QStringLiteral("a.txt"), false).ok());
    EXPECT_GT(first.id, 0);
    EXPECT_EQ(imports.meetingFor(hash).value(), first.id);

    Meeting again = smallMeeting();
    const Status refused = imports.importMeeting(again, hash, QStringLiteral("a.txt"), false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QString::number(first.id)))
        << refused.error().toStdString();
    EXPECT_EQ(MeetingRepository(*db).count().value(), 1) << "nothing written for a refused import";

    Meeting forced = smallMeeting();
    ASSERT_TRUE(imports.importMeeting(forced, hash, QStringLiteral("a.txt"), true).ok());
    EXPECT_EQ(imports.meetingFor(hash).value(), forced.id);
    EXPECT_EQ(MeetingRepository(*db).count().value(), 2);
}

TEST_P(ImportRepositoryTest, DeletingTheMeetingForgetsTheImport)
{
    Database *db = &database();
    ImportRepository imports(*db);
    Meeting m = smallMeeting();
    ASSERT_TRUE(imports.importMeeting(m, QStringLiteral("h"), QStringLiteral("a.txt"), false).ok());
    ASSERT_TRUE(MeetingRepository(*db).remove(m.id).ok());
    EXPECT_EQ(imports.meetingFor(QStringLiteral("h")).value(), 0);
}

MINUTEBOOK_ON_BOTH_BACKENDS(ImportRepositoryTest);
