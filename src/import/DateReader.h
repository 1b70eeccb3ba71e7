#pragma once

// Dates and times as minutes write them: "2024-02-06", "6 feb 2024", "den 6 februari",
// "10/6", "Tisdagen den 6 feb 2024, 12.00–16.00", "kl. 13–15". Swedish month and weekday
// names (English ones too). A day and month without a year is resolved by the caller.

#include <QDate>
#include <QString>
#include <QTime>

namespace minutebook {

struct DateHit
{
    int day = 0;
    int month = 0;
    int year = 0; ///< 0 when the text gives none
    qsizetype start = -1; ///< where the date stands in the text
    qsizetype length = 0;

    bool found() const { return start >= 0; }
    /// The date itself when it has a year; otherwise placed in `reference`'s year, or in the
    /// next one when that would put it more than 30 days before `reference` (a deadline
    /// "senast 15 januari" written in December). Invalid when there is neither.
    QDate resolve(const QDate &reference) const;
};

class DateReader
{
public:
    /// The first date in the text.
    static DateHit find(const QString &text);

    /// A time or time range ("12.00–16.00", "kl. 13-15", "kl 9.30"); false when there is none.
    static bool findTimes(const QString &text, QTime *start, QTime *end,
        qsizetype *matchStart = nullptr, qsizetype *matchLength = nullptr);

    /// 1 (Monday) to 7 for a weekday name in the text ("Tisdagen", "onsdag"), 0 when none.
    static int weekday(const QString &text);

    /// 1 to 12 for a month name or abbreviation, 0 otherwise.
    static int month(const QString &word);
};

} // namespace minutebook
