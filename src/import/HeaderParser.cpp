#include "HeaderParser.h"

#include "BlockBuilder.h"
#include "DateReader.h"
#include "LineShape.h"

#include <QRegularExpression>

#include <algorithm>

namespace minutebook {

namespace {
constexpr auto options
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool isOrganisation(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("(förvaltning(?:en)?|kommun(?:en)?|stad(?:en)?|region(?:en)?|nämnd(?:en)?|"
                       "förbund(?:et)?|myndighet(?:en)?|landsting(?:et)?|universitet(?:et)?|"
                       "bolag(?:et)?)$"),
        options);
    const QStringList words = LineShape::words(text);
    return std::any_of(
        words.cbegin(), words.cend(), [](const QString &w) { return word.match(w).hasMatch(); });
}

// Words a date line may have besides the date and time.
bool isDateWord(const QString &word)
{
    static const QStringList words = {QStringLiteral("den"), QStringLiteral("kl"),
        QStringLiteral("klockan"), QStringLiteral("datum"), QStringLiteral("tid"),
        QStringLiteral("och"), QStringLiteral("mellan"), QStringLiteral("tidpunkt")};
    return words.contains(word) || DateReader::weekday(word) != 0;
}
} // namespace

HeaderParser::HeaderParser(const QVector<SourceLine> &lines, const ImportOptions &importOptions,
    int wideWidth, ImportResult &result)
    : m_lines(lines)
    , m_options(importOptions)
    , m_wideWidth(wideWidth)
    , m_result(result)
    , m_attendees(importOptions.bodyShortName)
{ }

bool HeaderParser::isTitleLine(const QString &line)
{
    static const QRegularExpression title(
        QStringLiteral("^(?:mötes|minnes|sammanträdes)?(?:anteckningar|anteckning|protokoll)"
                       "(?!\\p{L})"),
        options);
    return LineShape::wordCount(line) <= 10 && title.match(line).hasMatch();
}

bool HeaderParser::isSectionHeading(const QString &line)
{
    static const QStringList words
        = {QStringLiteral("information"), QStringLiteral("informationspunkter"),
            QStringLiteral("informationsärenden"), QStringLiteral("diskussion"),
            QStringLiteral("diskussionspunkter"), QStringLiteral("diskussionsärenden"),
            QStringLiteral("dagordning"), QStringLiteral("ärenden"), QStringLiteral("övrigt"),
            QStringLiteral("övriga"), QStringLiteral("frågor"), QStringLiteral("punkter"),
            QStringLiteral("och"), QStringLiteral("uppföljning"), QStringLiteral("rapporter"),
            QStringLiteral("beslutsärenden")};
    if (!LineShape::isCapsHeading(line))
        return false;
    const QStringList lineWords = LineShape::words(line);
    return std::all_of(
        lineWords.cbegin(), lineWords.cend(), [](const QString &w) { return words.contains(w); });
}

void HeaderParser::parse(int end)
{
    for (int i = 0; i < end;)
        i = readLine(i, end);
    endParagraph();
}

QString HeaderParser::nextText(int index, int end) const
{
    for (int j = index + 1; j < end; ++j) {
        if (!m_lines.at(j).junk && !m_lines.at(j).isBlank())
            return m_lines.at(j).text;
    }
    return {};
}

int HeaderParser::readLine(int index, int end)
{
    const SourceLine &line = m_lines.at(index);
    if (line.junk)
        return index + 1;
    if (line.isBlank()) {
        endParagraph();
        return index + 1;
    }
    const QString &text = line.text;
    if (AttendeeParser::kind(text, nextText(index, end)) != AttendeeParser::Kind::None) {
        endParagraph();
        m_pastHeader = true;
        return m_attendees.parse(m_lines, index, end, m_result.meeting.attendees);
    }
    if (DecisionBlock::isHeading(text, true))
        return readDecisionBlock(index, end);
    bool known = true;
    if (isSectionHeading(text)) {
        // "INFORMATION" arranges the items; it is layout, not content.
    } else if (isTitleLine(text) && m_result.meeting.title.isEmpty()) {
        m_result.meeting.title = text;
        const DateHit hit = DateReader::find(text);
        if (hit.found())
            takeDate(hit.resolve(m_options.fallbackDate), text, line.number);
    } else {
        known = readPlace(text) || readDate(text, line.number) || readName(text);
    }
    if (known)
        endParagraph();
    else
        keep(line, true);
    return index + 1;
}

int HeaderParser::readDecisionBlock(int index, int end)
{
    endParagraph();
    m_pastHeader = true;
    if (m_decisionTitle.isEmpty())
        m_decisionTitle = m_lines.at(index).text;
    QVector<SourceLine> body;
    bool none = false; // "Inga beslutspunkter": the block ends with its paragraph
    int i = index + 1;
    for (; i < end; ++i) {
        const QString &text = m_lines.at(i).text;
        if (none && m_lines.at(i).isBlank())
            break;
        none = none || DecisionBlock::isNone(text);
        // "Återrapport: IT-säkerheten" inside the block is no attendee group; an explicit
        // attendee label ("Deltagare:") does end it.
        const auto attendees = AttendeeParser::kind(text, nextText(i, end));
        if (!m_lines.at(i).junk
            && (LineShape::isCapsHeading(text) || isTitleLine(text)
                || (attendees != AttendeeParser::Kind::None
                    && attendees != AttendeeParser::Kind::SubGroup)))
            break;
        body.append(m_lines.at(i));
    }
    m_decisions += DecisionBlock::entries(BlockBuilder(m_wideWidth).build(body));
    return i;
}

bool HeaderParser::readPlace(const QString &text)
{
    static const QRegularExpression place(
        QStringLiteral("^(?:plats|lokal|mötesplats|mötesrum)\\s*:\\s*(.+)$"), options);
    const auto m = place.match(text);
    if (!m.hasMatch())
        return false;
    if (m_result.meeting.place.isEmpty())
        m_result.meeting.place = m.captured(1).trimmed();
    else
        m_notes.append(text);
    return true;
}

bool HeaderParser::readDate(const QString &text, int line)
{
    const DateHit hit = DateReader::find(text);
    QTime start;
    QTime finish;
    qsizetype timeStart = -1;
    qsizetype timeLength = 0;
    const bool hasTimes = DateReader::findTimes(text, &start, &finish, &timeStart, &timeLength);
    if (!hit.found() && !hasTimes)
        return false;
    // A date line holds little else: a weekday, "den", "kl", a label. A sentence that
    // mentions a date is not one.
    QString rest = text;
    if (hasTimes)
        rest.replace(timeStart, timeLength, QString(timeLength, QLatin1Char(' ')));
    if (hit.found())
        rest.replace(hit.start, hit.length, QString(hit.length, QLatin1Char(' ')));
    QStringList others = LineShape::words(rest);
    others.erase(std::remove_if(others.begin(), others.end(), isDateWord), others.end());
    if (others.size() > 3)
        return false;
    if (hit.found()) {
        const QDate date = hit.resolve(m_options.fallbackDate);
        if (date.isValid())
            takeDate(date, text, line);
        else
            m_result.warnings.append({line,
                tr("The date \"%1\" has no year; give the meeting date when importing.")
                    .arg(text.mid(hit.start, hit.length))});
    }
    if (hasTimes && !m_result.meeting.start.isValid()) {
        m_result.meeting.start = start;
        m_result.meeting.end = finish;
    }
    if (!others.isEmpty())
        m_notes.append(text); // "Ledningsgruppens möte 2024-02-06": keep the words
    return true;
}

void HeaderParser::takeDate(const QDate &date, const QString &text, int line)
{
    if (!date.isValid())
        return;
    Meeting &meeting = m_result.meeting;
    if (!m_result.hasDate) {
        meeting.date = date;
        m_result.hasDate = true;
    } else if (date != meeting.date) {
        m_result.warnings.append({line,
            tr("The file gives two meeting dates, %1 and %2; the first was used.")
                .arg(meeting.date.toString(Qt::ISODate), date.toString(Qt::ISODate))});
    }
    const int weekday = DateReader::weekday(text);
    if (weekday != 0 && weekday != date.dayOfWeek())
        m_result.warnings.append({line,
            tr("The weekday in \"%1\" does not match the date %2.")
                .arg(text, date.toString(Qt::ISODate))});
}

bool HeaderParser::readName(const QString &text)
{
    if (m_pastHeader || !LineShape::isTitleLike(text) || LineShape::wordCount(text) > 8)
        return false;
    Body &body = m_result.meeting.body;
    if (isOrganisation(text) && body.organisation.isEmpty()) {
        body.organisation = text;
    } else if (body.name.isEmpty() && m_options.bodyName.isEmpty()) {
        body.name = text;
    } else {
        m_notes.append(text); // another name of the group, e.g. the heading above the date
    }
    return true;
}

void HeaderParser::keep(const SourceLine &line, bool warn)
{
    if (m_paragraph.isEmpty() && warn)
        m_result.warnings.append({line.number,
            tr("Text before the first item was not recognised; it is kept in the meeting "
               "notes.")});
    m_paragraph = LineShape::join(m_paragraph, line.text);
}

void HeaderParser::endParagraph()
{
    if (!m_paragraph.isEmpty())
        m_notes.append(m_paragraph);
    m_paragraph.clear();
}

} // namespace minutebook
