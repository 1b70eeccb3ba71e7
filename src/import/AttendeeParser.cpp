#include "AttendeeParser.h"

#include "DecisionBlock.h"
#include "HeaderParser.h"
#include "LineShape.h"

#include <QRegularExpression>

#include <algorithm>

namespace minutebook {

namespace {
constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;

bool startsWithAny(const QString &lower, const QStringList &words)
{
    return std::any_of(words.cbegin(), words.cend(),
        [&](const QString &w) { return lower == w || lower.startsWith(w + QLatin1Char(' ')); });
}

// Labels that are never a group of attendees.
bool isOtherLabel(const QString &lower)
{
    static const QStringList labels = {QStringLiteral("plats"), QStringLiteral("lokal"),
        QStringLiteral("datum"), QStringLiteral("tid"), QStringLiteral("beslut"),
        QStringLiteral("föredragande"), QStringLiteral("föredragare"), QStringLiteral("ansvarig"),
        QStringLiteral("uppdrag"), QStringLiteral("obs"), QStringLiteral("info"),
        QStringLiteral("ärende"), QStringLiteral("underlag"), QStringLiteral("bilaga"),
        QStringLiteral("bilagor"), QStringLiteral("dagordning"), QStringLiteral("mötesplats"),
        QStringLiteral("mötesrum"), QStringLiteral("tema"), QStringLiteral("syfte"),
        QStringLiteral("mål"), QStringLiteral("nästa möte"), QStringLiteral("länk")};
    return startsWithAny(lower, labels);
}

Attendance attendance(QString entry, const QString &group, AttendanceStatus status)
{
    Attendance a;
    const qsizetype open = entry.indexOf(QLatin1Char('('));
    if (open > 0) {
        a.note = entry.mid(open + 1).remove(QLatin1Char(')')).trimmed();
        entry = entry.left(open).trimmed();
    }
    a.person.name = entry;
    a.person.initials = LineShape::initials(entry);
    a.groupLabel = status == AttendanceStatus::Guest ? QString() : group;
    a.status = status;
    return a;
}

QString nextText(const QVector<SourceLine> &lines, int index, int end)
{
    for (int j = index + 1; j < end; ++j) {
        if (!lines.at(j).junk && !lines.at(j).isBlank())
            return lines.at(j).text;
    }
    return {};
}

// "Deltagare LG" gives "LG"; "Närvarande ledamöter" gives nothing.
QString groupAfterKeyword(const QString &label)
{
    const QString rest = label.section(QLatin1Char(' '), 1).trimmed();
    return !rest.isEmpty() && rest.at(0).isUpper() ? rest : QString();
}
} // namespace

AttendeeParser::Kind AttendeeParser::kind(
    const QString &line, const QString &next, QString *group, QString *rest)
{
    static const QRegularExpression labelled(
        QStringLiteral("^(\\p{L}[\\p{L} \\-]{0,40}?)\\s*:\\s*(.*)$"), unicode);
    const auto m = labelled.match(line);
    // "Deltagare" alone on its line, the names below it.
    const bool bare = !m.hasMatch() && LineShape::wordCount(line) <= 2
        && LineShape::looksLikeNames(next) && !next.contains(QLatin1Char(':'));
    if (!m.hasMatch() && !bare)
        return Kind::None;
    const QString label = bare ? line : m.captured(1).trimmed();
    const QString lower = label.toLower();
    const QString value = bare ? QString() : m.captured(2).trimmed();
    static const QStringList absent = {QStringLiteral("frånvarande"), QStringLiteral("förhinder"),
        QStringLiteral("anmält förhinder"), QStringLiteral("anmälda förhinder"),
        QStringLiteral("ej närvarande"), QStringLiteral("förhindrade")};
    static const QStringList guests
        = {QStringLiteral("gäster"), QStringLiteral("gäst"), QStringLiteral("adjungerade"),
            QStringLiteral("adjungerad"), QStringLiteral("inbjudna"), QStringLiteral("inbjuden"),
            QStringLiteral("övriga närvarande"), QStringLiteral("övriga deltagare")};
    static const QStringList present = {QStringLiteral("deltagare"), QStringLiteral("närvarande"),
        QStringLiteral("ledamöter"), QStringLiteral("deltagande"), QStringLiteral("deltog")};
    Kind k = Kind::None;
    QString g;
    if (startsWithAny(lower, absent)) {
        k = Kind::Absent;
    } else if (startsWithAny(lower, guests)) {
        k = Kind::Guest;
    } else if (startsWithAny(lower, present)) {
        k = Kind::Present;
        g = groupAfterKeyword(label);
    } else if (!bare && label.at(0).isUpper() && LineShape::wordCount(label) <= 3
        && !isOtherLabel(lower)
        && (value.isEmpty() ? LineShape::looksLikeNames(next) && !next.contains(QLatin1Char(':'))
                            : LineShape::looksLikeNames(value))) {
        k = Kind::SubGroup;
        g = label;
    }
    if (k != Kind::None) {
        if (group)
            *group = g;
        if (rest)
            *rest = value;
    }
    return k;
}

AttendeeParser::AttendeeParser(QString mainGroup)
    : m_mainGroup(std::move(mainGroup))
{ }

bool AttendeeParser::continues(const QString &line)
{
    return LineShape::looksLikeNames(line) && !HeaderParser::isTitleLine(line)
        && !DecisionBlock::isHeading(line, true) && !LineShape::isCapsHeading(line)
        && !LineShape::numbered(line);
}

int AttendeeParser::parse(
    const QVector<SourceLine> &lines, int index, int end, QVector<Attendance> &attendees)
{
    QString group;
    QString rest;
    const Kind k = kind(lines.at(index).text, nextText(lines, index, end), &group, &rest);
    QStringList parts;
    if (!rest.isEmpty())
        parts.append(rest);
    const int after = collect(lines, index + 1, end, parts);
    if (k == Kind::Present && !group.isEmpty() && m_mainGroup.isEmpty())
        m_mainGroup = group;
    const QString label = k == Kind::Present ? (group.isEmpty() ? m_mainGroup : group)
        : k == Kind::SubGroup                ? group
                                             : m_mainGroup;
    const AttendanceStatus status = k == Kind::Absent ? AttendanceStatus::Absent
        : k == Kind::Guest                            ? AttendanceStatus::Guest
                                                      : AttendanceStatus::Present;
    for (const QString &name : splitNames(parts)) {
        const Attendance a = attendance(name, label, status);
        const bool known = std::any_of(attendees.cbegin(), attendees.cend(),
            [&](const Attendance &o) { return o.person.name == a.person.name; });
        if (!known && !a.person.name.isEmpty())
            attendees.append(a);
    }
    return after;
}

int AttendeeParser::collect(const QVector<SourceLine> &lines, int from, int end, QStringList &parts)
{
    int i = from;
    for (; i < end; ++i) {
        const SourceLine &line = lines.at(i);
        if (line.junk)
            continue;
        if (line.isBlank()) {
            const int resume = afterPageBreak(lines, i, end);
            if (resume < 0 || parts.isEmpty() || parts.constLast().endsWith(QLatin1Char('.')))
                break;
            i = resume - 1;
            continue;
        }
        if (kind(line.text, nextText(lines, i, end)) != Kind::None)
            break;
        QString bulleted;
        if (LineShape::bullet(line.text, &bulleted) && LineShape::looksLikeNames(bulleted))
            parts.append(bulleted + QLatin1Char(','));
        else if (continues(line.text))
            parts.append(line.text);
        else
            break;
    }
    return i;
}

int AttendeeParser::afterPageBreak(const QVector<SourceLine> &lines, int index, int end)
{
    // Blank lines around page furniture, then more names: the list goes on over the break.
    bool junk = false;
    int j = index;
    for (; j < end && (lines.at(j).isBlank() || lines.at(j).junk); ++j)
        junk = junk || lines.at(j).junk;
    const bool more
        = j < end && continues(lines.at(j).text) && kind(lines.at(j).text, QString()) == Kind::None;
    return junk && more ? j : -1;
}

QStringList AttendeeParser::splitNames(const QStringList &lines)
{
    static const QRegularExpression commas(QStringLiteral("[,;]"));
    static const QRegularExpression joiners(QStringLiteral("\\s+(?:och|samt|&)\\s+"));
    const bool listed = std::any_of(
        lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(commas); });
    QStringList entries;
    if (listed) {
        QString joined;
        for (const QString &line : lines)
            joined = LineShape::join(joined, line);
        entries = joined.split(commas);
    } else {
        entries = lines;
    }
    QStringList names;
    for (const QString &entry : entries) {
        for (QString name : entry.split(joiners)) {
            name = name.trimmed();
            while (name.endsWith(QLatin1Char('.')) && !name.endsWith(QStringLiteral(" ."))
                && name.size() > 2 && !name.at(name.size() - 2).isUpper())
                name.chop(1);
            if (!name.isEmpty())
                names.append(name);
        }
    }
    return names;
}

} // namespace minutebook
