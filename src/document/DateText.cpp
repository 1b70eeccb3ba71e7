#include "DateText.h"

#include <QRegularExpression>

namespace minutebook {

QString DateText::longDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QLocale::LongFormat);
}

QString DateText::dateWithoutWeekday(const QDate &date, const QLocale &locale)
{
    // The locale's long format without its weekday, so word order and month names stay the
    // locale's own ("6 februari 2024", "February 6, 2024", "6. Februar 2024").
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*|\\s*[,.]?\\s*d{4}"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QString DateText::time(const QTime &time, const QLocale &locale)
{
    // Swedish writes times with a full stop ("12.00", Språkrådet), while Qt's Swedish locale
    // data has a colon.
    if (locale.language() == QLocale::Swedish)
        return time.toString(QStringLiteral("HH.mm"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Some locales (C among them) put seconds in the short format: minutes never need them.
    static const QRegularExpression seconds(QStringLiteral("[^Hhmaps]*s+"));
    format.remove(seconds);
    return locale.toString(time, format);
}

QString DateText::timeRange(const QTime &start, const QTime &end, const QLocale &locale)
{
    if (!start.isValid())
        return {};
    if (!end.isValid())
        return time(start, locale);
    return time(start, locale) + QStringLiteral("\u2013") + time(end, locale);
}

QString DateText::meetingTime(
    const QDate &date, const QTime &start, const QTime &end, const QLocale &locale)
{
    const QString times = timeRange(start, end, locale);
    const QString day = longDate(date, locale);
    return times.isEmpty() ? day : day + QStringLiteral(", ") + times;
}

} // namespace minutebook
