#include "MeetingListModel.h"
#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>

using namespace minutebook;

namespace {
QString cell(const MeetingListModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}
} // namespace

TEST(MeetingListModel, PassesTheModelTesterThroughPagingFilteringAndReload)
{
    const auto db = test::generatedDatabase(450);
    ASSERT_TRUE(db);
    test::WarningCollector collector;
    test::WarningCollector::warnings().clear();
    MeetingListModel model(*db);
    QAbstractItemModelTester tester(
        &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    while (model.canFetchMore({}))
        model.fetchMore({});
    MeetingFilter lg;
    lg.body = QStringLiteral("LG");
    model.setFilter(lg);
    model.fetchMore({});
    model.reload();
    model.fetchMore({});
    EXPECT_GT(model.rowCount(), 0);
    EXPECT_TRUE(test::WarningCollector::warnings().isEmpty())
        << test::WarningCollector::warnings().join(QLatin1Char('\n')).toStdString();
}

TEST(MeetingListModel, LoadsOnePageAtATime)
{
    const auto db = test::generatedDatabase(450);
    ASSERT_TRUE(db);
    MeetingListModel model(*db);
    EXPECT_EQ(model.totalCount(), 450);
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 400);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_FALSE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
}

TEST(MeetingListModel, ListsNewestFirstWithDateGroupPlaceAndStatus)
{
    const auto db = test::generatedDatabase(60);
    ASSERT_TRUE(db);
    MeetingListModel model(*db);
    model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 60);
    ASSERT_EQ(model.columnCount(), 4);
    const MeetingSummary newest = test::newestMeeting(*db);
    EXPECT_EQ(model.meetingId(0), newest.id);
    EXPECT_EQ(
        model.data(model.index(0, 0), MeetingListModel::MeetingIdRole).toLongLong(), newest.id);
    EXPECT_EQ(cell(model, 0, MeetingListModel::DateColumn), newest.date.toString(Qt::ISODate));
    EXPECT_EQ(cell(model, 0, MeetingListModel::BodyColumn), newest.bodyShortName);
    EXPECT_EQ(cell(model, 0, MeetingListModel::PlaceColumn), newest.place);
    EXPECT_EQ(cell(model, 0, MeetingListModel::StatusColumn),
        newest.status == MeetingStatus::Approved ? QStringLiteral("Approved")
                                                 : QStringLiteral("Draft"));
    for (int row = 1; row < model.rowCount(); ++row)
        EXPECT_GE(cell(model, row - 1, 0), cell(model, row, 0)) << row;
    EXPECT_EQ(model.headerData(MeetingListModel::BodyColumn, Qt::Horizontal).toString(),
        QStringLiteral("Group"));
    EXPECT_TRUE(
        model.data(model.index(0, 0), Qt::ToolTipRole).toString().contains(newest.bodyName));
}

TEST(MeetingListModel, FiltersByBodyAndYear)
{
    const auto db = test::generatedDatabase(300);
    ASSERT_TRUE(db);
    MeetingListModel model(*db);
    MeetingFilter filter;
    filter.body = QStringLiteral("SG");
    filter.year = 2025;
    model.setFilter(filter);
    const Result<int> expected = MeetingRepository(*db).count(filter);
    ASSERT_TRUE(expected.ok());
    ASSERT_GT(expected.value(), 0);
    EXPECT_EQ(model.totalCount(), expected.value());
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), expected.value());
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(cell(model, row, MeetingListModel::BodyColumn), QStringLiteral("SG"));
        EXPECT_TRUE(
            cell(model, row, MeetingListModel::DateColumn).startsWith(QStringLiteral("2025-")));
    }
}

TEST(MeetingListModel, IsEmptyWithoutMeetings)
{
    const auto db = test::generatedDatabase(0);
    ASSERT_TRUE(db);
    MeetingListModel model(*db);
    EXPECT_EQ(model.totalCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.meetingId(0), 0);
}
