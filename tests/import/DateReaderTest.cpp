#include "DateReader.h"

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
QDate dateIn(const char *text, const QDate &reference = {})
{
    return DateReader::find(QString::fromUtf8(text)).resolve(reference);
}
} // namespace

TEST(DateReader, WrittenAndIsoDates)
{
    EXPECT_EQ(dateIn("Tisdagen den 6 feb 2024, 12.00–16.00"), QDate(2024, 2, 6));
    EXPECT_EQ(dateIn("2024-02-06"), QDate(2024, 2, 6));
    EXPECT_EQ(dateIn("den 23 mars 2025"), QDate(2025, 3, 23));
    EXPECT_EQ(dateIn("6 februari 2024"), QDate(2024, 2, 6));
    EXPECT_EQ(dateIn("10/6 2025"), QDate(2025, 6, 10));
    EXPECT_EQ(dateIn("möte 10/6/25"), QDate(2025, 6, 10));
    EXPECT_EQ(dateIn("Monday 3 June 2024"), QDate(2024, 6, 3));
}

TEST(DateReader, NotDates)
{
    for (const char *text : {"12.00–16.00", "Rum 4.12", "16-kommuners nätverk", "2024-13-40",
             "31 februari 2024", "VP-uppdrag 2026", "Go/No go?", "mars"}) {
        EXPECT_FALSE(DateReader::find(QString::fromUtf8(text)).found()) << text;
    }
}

TEST(DateReader, DatesWithoutYearFallInTheMeetingsYearOrTheNext)
{
    const QDate meeting(2024, 2, 6);
    EXPECT_EQ(dateIn("senast 23 maj", meeting), QDate(2024, 5, 23));
    EXPECT_EQ(dateIn("15 mars", meeting), QDate(2024, 3, 15));
    EXPECT_EQ(dateIn("LG-mötet 10/6", meeting), QDate(2024, 6, 10));
    // Written in December, a January deadline is next year's.
    EXPECT_EQ(dateIn("15 januari", QDate(2024, 12, 10)), QDate(2025, 1, 15));
    // A few days back is a slip of the pen, not next year.
    EXPECT_EQ(dateIn("1 februari", meeting), QDate(2024, 2, 1));
    EXPECT_FALSE(dateIn("23 maj").isValid()); // no year, no meeting date
    EXPECT_FALSE(dateIn("29 februari", QDate(2023, 1, 10)).isValid());
}

TEST(DateReader, TimeRanges)
{
    QTime start;
    QTime end;
    ASSERT_TRUE(DateReader::findTimes(
        QString::fromUtf8("Tisdagen den 6 feb 2024, 12.00–16.00"), &start, &end));
    EXPECT_EQ(start, QTime(12, 0));
    EXPECT_EQ(end, QTime(16, 0));
    ASSERT_TRUE(DateReader::findTimes(QStringLiteral("kl. 13-15"), &start, &end));
    EXPECT_EQ(start, QTime(13, 0));
    EXPECT_EQ(end, QTime(15, 0));
    ASSERT_TRUE(DateReader::findTimes(QStringLiteral("Tid: 9:30"), &start, &end));
    EXPECT_EQ(start, QTime(9, 30));
    EXPECT_FALSE(end.isValid());
    EXPECT_FALSE(DateReader::findTimes(QString::fromUtf8("28–29 april"), &start, &end));
    EXPECT_FALSE(DateReader::findTimes(QStringLiteral("2024-02-06"), &start, &end));
    EXPECT_FALSE(DateReader::findTimes(QStringLiteral("12.12.2024"), &start, &end));
}

TEST(DateReader, WeekdaysAndMonths)
{
    EXPECT_EQ(DateReader::weekday(QStringLiteral("Tisdagen den 6 feb")), 2);
    EXPECT_EQ(DateReader::weekday(QString::fromUtf8("söndag")), 7);
    EXPECT_EQ(DateReader::weekday(QStringLiteral("Tisdagsmöte")), 0);
    EXPECT_EQ(DateReader::month(QStringLiteral("maj")), 5);
    EXPECT_EQ(DateReader::month(QStringLiteral("Mars")), 3);
    EXPECT_EQ(DateReader::month(QStringLiteral("okt")), 10);
    EXPECT_EQ(DateReader::month(QStringLiteral("majs")), 0);
}
