#include "DateText.h"

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
const QLocale british(QLocale::English, QLocale::UnitedKingdom);
const QLocale american(QLocale::English, QLocale::UnitedStates);
const QDate day(2024, 2, 6);
} // namespace

TEST(DateText, WritesTheSwedishMeetingTimeAsTheHouseStyleDoes)
{
    EXPECT_EQ(DateText::meetingTime(day, QTime(12, 0), QTime(16, 0), swedish),
        QString::fromUtf8("tisdag 6 februari 2024, 12.00–16.00"));
}

TEST(DateText, FollowsOtherLocales)
{
    EXPECT_EQ(DateText::meetingTime(day, QTime(12, 0), QTime(16, 0), british),
        QString::fromUtf8("Tuesday, 6 February 2024, 12:00–16:00"));
    EXPECT_EQ(DateText::time(QTime(8, 30), american), QStringLiteral("8:30 AM"));
}

TEST(DateText, NeverShowsSeconds)
{
    EXPECT_EQ(DateText::time(QTime(8, 30, 15), QLocale::c()), QStringLiteral("08:30"));
}

TEST(DateText, LeavesOutWhatIsUnknown)
{
    EXPECT_EQ(DateText::meetingTime(day, QTime(), QTime(), swedish),
        QStringLiteral("tisdag 6 februari 2024"));
    EXPECT_EQ(DateText::meetingTime(day, QTime(9, 0), QTime(), swedish),
        QStringLiteral("tisdag 6 februari 2024, 09.00"));
}

TEST(DateText, DropsTheWeekdayWhereTheSentenceNeedsOnlyTheDate)
{
    EXPECT_EQ(DateText::dateWithoutWeekday(day, swedish), QStringLiteral("6 februari 2024"));
    EXPECT_EQ(DateText::dateWithoutWeekday(day, american), QStringLiteral("February 6, 2024"));
    EXPECT_EQ(DateText::dateWithoutWeekday(day, QLocale(QLocale::German, QLocale::Germany)),
        QStringLiteral("6. Februar 2024"));
}
