#pragma once

// Dates and times as people read them in minutes, following the locale: Swedish
// "tisdag 6 februari 2024, 12.00–16.00", British "Tuesday, 6 February 2024, 12:00–16:00".
// One place, so the document, the meeting list and later exports agree.

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

namespace minutebook {

class DateText
{
public:
    /// "tisdag 6 februari 2024"
    static QString longDate(const QDate &date, const QLocale &locale);
    /// "6 februari 2024": for "moved to the meeting on …" and due dates.
    static QString dateWithoutWeekday(const QDate &date, const QLocale &locale);
    /// "12.00" in Swedish, "12:00" or "12:00 PM" elsewhere; never seconds.
    static QString time(const QTime &time, const QLocale &locale);
    /// "12.00–16.00"; one time when the end is unknown, empty when the start is.
    static QString timeRange(const QTime &start, const QTime &end, const QLocale &locale);
    /// "tisdag 6 februari 2024, 12.00–16.00"
    static QString meetingTime(
        const QDate &date, const QTime &start, const QTime &end, const QLocale &locale);
};

} // namespace minutebook
