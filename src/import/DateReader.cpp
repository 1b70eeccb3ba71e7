#include "DateReader.h"

#include <QRegularExpression>

namespace minutebook {

namespace {
constexpr auto options
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

const QString &monthPattern()
{
    static const QString pattern = QStringLiteral(
        "(januari|january|jan|februari|february|feb|mars|march|mar|april|apr|maj|may|juni|june|"
        "jun|juli|july|jul|augusti|august|aug|september|sept|sep|oktober|october|okt|oct|"
        "november|nov|december|dec)");
    return pattern;
}

DateHit validated(int day, int month, int year, qsizetype start, qsizetype length)
{
    DateHit hit;
    const int checkYear = year > 0 ? year : 2024; // a leap year lets 29 February through
    if (month < 1 || month > 12 || !QDate(checkYear, month, day).isValid())
        return hit;
    if (year != 0 && (year < 1900 || year > 2200))
        return hit;
    hit.day = day;
    hit.month = month;
    hit.year = year;
    hit.start = start;
    hit.length = length;
    return hit;
}

DateHit firstIso(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral("(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])"));
    for (auto it = iso.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const DateHit hit = validated(m.captured(3).toInt(), m.captured(2).toInt(),
            m.captured(1).toInt(), m.capturedStart(), m.capturedLength());
        if (hit.found())
            return hit;
    }
    return {};
}

DateHit firstWritten(const QString &text)
{
    static const QRegularExpression written(
        QStringLiteral("(?<![\\p{L}\\d])(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\.?\\s+")
            + monthPattern() + QStringLiteral("\\.?(?:\\s+(\\d{4}))?(?![\\p{L}\\d])"),
        options);
    for (auto it = written.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const DateHit hit = validated(m.captured(1).toInt(), DateReader::month(m.captured(2)),
            m.captured(3).toInt(), m.capturedStart(), m.capturedLength());
        if (hit.found())
            return hit;
    }
    return {};
}

DateHit firstNumeric(const QString &text)
{
    // Day first, as in Swedish: "10/6" is the tenth of June.
    static const QRegularExpression numeric(QStringLiteral(
        "(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?:\\s+(\\d{4})|/(\\d{4}|\\d{2}))?(?![\\d/])"));
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        int year = m.captured(3).isEmpty() ? m.captured(4).toInt() : m.captured(3).toInt();
        if (year > 0 && year < 100)
            year += 2000;
        const DateHit hit = validated(m.captured(1).toInt(), m.captured(2).toInt(), year,
            m.capturedStart(), m.capturedLength());
        if (hit.found())
            return hit;
    }
    return {};
}

bool validTime(int hour, int minute)
{
    return hour >= 0 && hour <= 24 && minute >= 0 && minute < 60 && !(hour == 24 && minute > 0);
}

QTime makeTime(int hour, int minute)
{
    return hour == 24 ? QTime(23, 59) : QTime(hour, minute);
}
} // namespace

QDate DateHit::resolve(const QDate &reference) const
{
    if (!found())
        return {};
    if (year > 0)
        return QDate(year, month, day);
    if (!reference.isValid())
        return {};
    QDate date(reference.year(), month, day);
    if (!date.isValid()) // 29 February outside a leap year
        return {};
    if (date < reference.addDays(-30))
        date = QDate(reference.year() + 1, month, day);
    return date;
}

DateHit DateReader::find(const QString &text)
{
    DateHit best;
    for (const DateHit &hit : {firstIso(text), firstWritten(text), firstNumeric(text)}) {
        if (hit.found() && (!best.found() || hit.start < best.start))
            best = hit;
    }
    return best;
}

bool DateReader::findTimes(
    const QString &text, QTime *start, QTime *end, qsizetype *matchStart, qsizetype *matchLength)
{
    // Minutes are required on the first time unless "kl" says it is a time: "28–29 april" is
    // a date range, "kl. 13–15" a time range.
    static const QRegularExpression times(
        QStringLiteral("(?<![\\d.:/-])(?:(kl\\.?)\\s*)?(\\d{1,2})(?:[.:](\\d{2}))?"
                       "(?:\\s*(?:[-–—]|till)\\s*(\\d{1,2})(?:[.:](\\d{2}))?)?(?![\\d.:/]\\d|\\d)"),
        options);
    for (auto it = times.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool hasKl = !m.captured(1).isEmpty();
        if (!hasKl && m.captured(3).isEmpty())
            continue;
        const int h1 = m.captured(2).toInt();
        const int m1 = m.captured(3).toInt();
        if (!validTime(h1, m1))
            continue;
        QTime second;
        if (!m.captured(4).isEmpty()) {
            const int h2 = m.captured(4).toInt();
            const int m2 = m.captured(5).toInt();
            if (!validTime(h2, m2))
                continue;
            second = makeTime(h2, m2);
        }
        if (start)
            *start = makeTime(h1, m1);
        if (end)
            *end = second;
        if (matchStart)
            *matchStart = m.capturedStart();
        if (matchLength)
            *matchLength = m.capturedLength();
        return true;
    }
    return false;
}

int DateReader::weekday(const QString &text)
{
    static const QRegularExpression names(
        QStringLiteral("(?<!\\p{L})(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|"
                       "tuesday|wednesday|thursday|friday|saturday|sunday)(?:en)?(?!\\p{L})"),
        options);
    const auto m = names.match(text);
    if (!m.hasMatch())
        return 0;
    static const QStringList swedish = {QStringLiteral("måndag"), QStringLiteral("tisdag"),
        QStringLiteral("onsdag"), QStringLiteral("torsdag"), QStringLiteral("fredag"),
        QStringLiteral("lördag"), QStringLiteral("söndag")};
    static const QStringList english = {QStringLiteral("monday"), QStringLiteral("tuesday"),
        QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
        QStringLiteral("saturday"), QStringLiteral("sunday")};
    const QString word = m.captured(1).toLower();
    const int index = int(swedish.indexOf(word));
    return index >= 0 ? index + 1 : int(english.indexOf(word)) + 1;
}

int DateReader::month(const QString &word)
{
    const QString w = word.toLower();
    static const QStringList prefixes = {QStringLiteral("jan"), QStringLiteral("feb"),
        QStringLiteral("mar"), QStringLiteral("apr"), QStringLiteral("ma"), QStringLiteral("jun"),
        QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("o"),
        QStringLiteral("nov"), QStringLiteral("dec")};
    static const QRegularExpression whole(
        QStringLiteral("^") + monthPattern() + QStringLiteral("$"), options);
    if (!whole.match(w).hasMatch())
        return 0;
    if (w == QStringLiteral("maj") || w == QStringLiteral("may"))
        return 5;
    for (int i = 0; i < prefixes.size(); ++i) {
        if (i != 4 && w.startsWith(prefixes.at(i)))
            return i + 1;
    }
    return 0;
}

} // namespace minutebook
