#include "MeetingListModel.h"
#include "AgendaEdits.h"
#include "QtPrinting.h"
#include "TestDatabase.h"
#include "WarningCollector.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

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

namespace {
// What the editor does: the new date is saved, then the list is told. The editor changes
// drafts only: a generated meeting that is approved is made a draft first.
MeetingSummary redate(const Database &db, MeetingSummary summary, const QDate &date)
{
    MeetingRepository repository(db);
    EXPECT_TRUE(repository.setStatus(summary.id, MeetingStatus::Draft).ok());
    Meeting meeting = repository.load(summary.id).value();
    meeting.date = date;
    EXPECT_TRUE(AgendaEdits(db).saveFields(&meeting, {}).ok());
    summary.date = date;
    return summary;
}
} // namespace

TEST(MeetingListModel, ANewDateMovesTheRowToItsPlaceAndTheSelectionWithIt)
{
    const auto db = test::generatedDatabase(450);
    ASSERT_TRUE(db);
    MeetingListModel model(*db);
    model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 200);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QVector<MeetingSummary> all = MeetingRepository(*db).list().value();
    const auto inOrder = [&model] {
        for (int row = 1; row < model.rowCount(); ++row) {
            if (cell(model, row - 1, 0) < cell(model, row, 0))
                return false;
        }
        return true;
    };

    // Newer than every meeting: to the top, and a persistent index (the selection) follows.
    const QPersistentModelIndex selected = model.index(5, 0);
    model.updateMeeting(redate(*db, all.at(5), all.at(0).date.addDays(1)));
    EXPECT_EQ(model.meetingId(0), all.at(5).id);
    EXPECT_EQ(selected.row(), 0);
    EXPECT_EQ(moved.size(), 1);
    EXPECT_TRUE(inOrder());

    // Between two loaded meetings further down.
    model.updateMeeting(redate(*db, all.at(1), all.at(100).date));
    EXPECT_TRUE(inOrder());
    EXPECT_EQ(model.rowCount(), 200);

    // Older than every loaded meeting while more are to come: it leaves the loaded rows and
    // turns up once, in its place, when the list is scrolled to the end.
    model.updateMeeting(redate(*db, all.at(2), all.constLast().date.addDays(-1)));
    EXPECT_EQ(model.rowCount(), 199);
    EXPECT_EQ(removed.size(), 1);
    // The same for the last loaded row: the next page must not skip what lies between.
    const qint64 last = model.meetingId(198);
    model.updateMeeting(redate(
        *db,
        [&] {
            for (const MeetingSummary &m : all) {
                if (m.id == last)
                    return m;
            }
            return MeetingSummary();
        }(),
        all.constLast().date.addDays(-2)));
    EXPECT_EQ(model.rowCount(), 198);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_EQ(model.meetingId(448), all.at(2).id);
    EXPECT_EQ(model.meetingId(449), last);
    EXPECT_TRUE(inOrder());
}

TEST(MeetingListModel, ADateOutsideTheFilteredYearTakesTheRowOut)
{
    const auto db = test::generatedDatabase(60);
    ASSERT_TRUE(db);
    const QVector<MeetingSummary> all = MeetingRepository(*db).list().value();
    MeetingListModel model(*db);
    MeetingFilter year;
    year.year = all.at(0).date.year();
    model.setFilter(year);
    model.fetchMore({});
    const int before = model.rowCount();
    ASSERT_GT(before, 1);
    ASSERT_EQ(model.totalCount(), before);
    model.updateMeeting(redate(*db, all.at(0), QDate(year.year - 1, 6, 1)));
    EXPECT_EQ(model.rowCount(), before - 1);
    EXPECT_EQ(model.totalCount(), before - 1);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_NE(model.meetingId(row), all.at(0).id);
}
