#include "MinutesTextWriter.h"

#include <QMap>
#include <QSet>

namespace minutebook::test {

namespace {
quint64 next(quint64 &state)
{
    // splitmix64: the same sequence on every platform.
    state += 0x9E3779B97F4A7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int pick(quint64 &state, int n)
{
    return int(next(state) % quint64(n));
}

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

const QStringList &weekdays()
{
    static const QStringList l = u("Måndagen|Tisdagen|Onsdagen|Torsdagen|Fredagen|Lördagen|"
                                   "Söndagen")
                                     .split(QLatin1Char('|'));
    return l;
}

const QStringList &months()
{
    static const QStringList l
        = u("januari|feb|mars|april|maj|juni|juli|aug|september|okt|november|dec")
              .split(QLatin1Char('|'));
    return l;
}

QString firstName(const QString &name)
{
    return name.section(QLatin1Char(' '), 0, 0);
}

bool decisionsUnique(const Meeting &m)
{
    QSet<QString> seen;
    for (const AgendaItem &i : m.items) {
        for (const Decision &d : i.decisions) {
            if (seen.contains(d.text))
                return false;
            seen.insert(d.text);
        }
    }
    return true;
}
} // namespace

TextVariation TextVariation::random(quint64 seed)
{
    quint64 s = seed;
    TextVariation v;
    v.width = 64 + pick(s, 37);
    v.header = pick(s, 4) != 0;
    v.longDate = pick(s, 2) == 0;
    v.attendees = pick(s, 6) != 0;
    v.decisions = static_cast<Decisions>(pick(s, 4));
    v.decisionLabel = pick(s, 2) == 0;
    v.numberStyle = pick(s, 3) == 0 ? QLatin1Char(')') : QLatin1Char('.');
    v.windows1252 = pick(s, 4) == 0;
    const QStringList bullets = v.windows1252 ? u("•|-|–|*").split(QLatin1Char('|'))
                                              : u("•|\uF0B7|-|–|●").split(QLatin1Char('|'));
    v.bullet = bullets.at(pick(s, int(bullets.size())));
    v.subBullet = pick(s, 2) == 0 || v.windows1252 ? u("o") : u("◦");
    const QStringList spaces = v.windows1252 ? u(" |\u00A0|  ").split(QLatin1Char('|'))
                                             : u(" |\u00A0|\u2009|\t").split(QLatin1Char('|'));
    v.space = spaces.at(pick(s, int(spaces.size())));
    v.hyphenate = pick(s, 2) == 0;
    v.pageJunk = pick(s, 2) == 0;
    v.presenterColon = pick(s, 3) != 0;
    v.minuteTaker = pick(s, 2) == 0;
    v.crlf = pick(s, 3) == 0;
    return v;
}

QString TextVariation::describe() const
{
    return QStringLiteral("width=%1 header=%2 longDate=%3 attendees=%4 decisions=%5 label=%6 "
                          "style=%7 bullet=U+%8 hyphenate=%9 junk=%10 crlf=%11 cp1252=%12")
        .arg(width)
        .arg(header)
        .arg(longDate)
        .arg(attendees)
        .arg(int(decisions))
        .arg(decisionLabel)
        .arg(numberStyle)
        .arg(bullet.at(0).unicode(), 4, 16, QLatin1Char('0'))
        .arg(hyphenate)
        .arg(pageJunk)
        .arg(crlf)
        .arg(windows1252);
}

MinutesTextWriter::MinutesTextWriter(const Meeting &meeting, const TextVariation &variation)
    : m_meeting(meeting)
    , m_variation(variation)
    , m_state(quint64(meeting.date.toJulianDay()) ^ quint64(variation.width))
{ }

WrittenMinutes MinutesTextWriter::write(const Meeting &meeting, const TextVariation &variation)
{
    TextVariation v = variation;
    if (!decisionsUnique(meeting)) // two items with one wording: only the items can tell
        v.decisions = TextVariation::Decisions::InItems;
    MinutesTextWriter w(meeting, v);
    w.m_expected = meeting;
    w.m_expected.id = 0;
    w.m_expected.notes.clear();
    w.m_expected.status = MeetingStatus::Draft;
    w.header();
    w.attendees();
    w.m_lines << u("Mötesanteckningar") << QString() << QString();
    if (v.decisions == TextVariation::Decisions::AtTop
        || v.decisions == TextVariation::Decisions::Both)
        w.decisionBlock();
    w.items();
    if (v.decisions == TextVariation::Decisions::AtEnd)
        w.decisionBlock();
    if (v.minuteTaker && !meeting.minuteTaker.isEmpty())
        w.m_lines << QString() << u("Vid anteckningarna ") + meeting.minuteTaker;
    else
        w.m_expected.minuteTaker.clear();
    if (v.pageJunk)
        w.insertJunk();

    WrittenMinutes out;
    out.text = w.m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    out.expected = w.m_expected;
    QString text = out.text;
    if (v.crlf)
        text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    out.bytes = v.windows1252 ? toWindows1252(text) : text.toUtf8();
    return out;
}

QByteArray MinutesTextWriter::toWindows1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u16 = c.unicode();
        if (u16 < 0x80 || (u16 >= 0xA0 && u16 < 0x100))
            out += char(u16);
        else if (u16 == 0x2013)
            out += '\x96';
        else if (u16 == 0x2022)
            out += '\x95';
        else if (u16 == 0x201D)
            out += '\x94';
        else if (u16 == 0x201C)
            out += '\x93';
        else
            out += '?';
    }
    return out;
}

QString MinutesTextWriter::dayMonth(const QDate &date) const
{
    return QString::number(date.day()) + QLatin1Char(' ') + months().at(date.month() - 1);
}

QString MinutesTextWriter::dateLine() const
{
    const Meeting &m = m_meeting;
    if (!m_variation.longDate)
        return m.date.toString(Qt::ISODate);
    QString line = weekdays().at(m.date.dayOfWeek() - 1) + u(" den ") + dayMonth(m.date)
        + QLatin1Char(' ') + QString::number(m.date.year());
    if (m.start.isValid() && m.end.isValid())
        line += QStringLiteral(", ") + m.start.toString(QStringLiteral("HH.mm")) + u("–")
            + m.end.toString(QStringLiteral("HH.mm"));
    return line;
}

void MinutesTextWriter::header()
{
    Meeting &e = m_expected;
    if (!m_variation.header) {
        e.date = QDate();
        e.start = e.end = QTime();
        e.place.clear();
        e.body.name.clear();
        e.body.organisation.clear();
        return;
    }
    m_lines << m_meeting.body.organisation << m_meeting.body.name << QString() << dateLine();
    if (!m_variation.longDate)
        e.start = e.end = QTime();
    if (!m_meeting.place.isEmpty())
        m_lines << u("Plats: ") + m_meeting.place;
    m_lines << QString();
}

void MinutesTextWriter::attendees()
{
    const Meeting &m = m_meeting;
    const QString main = m.body.shortName;
    m_expected.body.shortName = m_variation.attendees ? main : QString();
    if (!m_variation.attendees) {
        m_expected.attendees.clear();
        return;
    }
    QStringList present;
    QMap<QString, QStringList> groups;
    QStringList absent;
    QStringList guests;
    for (Attendance &a : m_expected.attendees) {
        a.person.id = 0;
        if (a.status == AttendanceStatus::Absent)
            a.groupLabel = main;
    }
    for (const Attendance &a : m.attendees) {
        if (a.status == AttendanceStatus::Absent)
            absent << a.person.name;
        else if (a.status == AttendanceStatus::Guest)
            guests << a.person.name + QStringLiteral(" (") + a.note + QLatin1Char(')');
        else if (a.groupLabel == main)
            present << a.person.name;
        else
            groups[a.groupLabel] << a.person.name;
    }
    paragraph(present.join(QStringLiteral(", ")), u("Deltagare ") + main + u(": "));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        paragraph(it.value().join(QStringLiteral(", ")), it.key() + u(": "));
    m_lines << QString();
    paragraph(absent.join(QStringLiteral(", ")), u("Frånvarande: "));
    if (!guests.isEmpty())
        paragraph(guests.join(QStringLiteral(", ")), u("Gäster: "));
    m_lines << QString();
}

void MinutesTextWriter::decisionBlock()
{
    m_lines << u("BESLUT");
    QStringList titlesSeen;
    QSet<QString> duplicates;
    for (const AgendaItem &i : m_meeting.items) {
        if (titlesSeen.contains(i.title))
            duplicates.insert(i.title);
        titlesSeen << i.title;
    }
    bool any = false;
    for (int k = 0; k < m_meeting.items.size(); ++k) {
        const AgendaItem &i = m_meeting.items.at(k);
        for (const Decision &d : i.decisions) {
            any = true;
            QString text = d.text;
            if (m_variation.decisions == TextVariation::Decisions::Both)
                text.chop(1); // the copy in the block lacks the full stop
            if (duplicates.contains(i.title)) {
                paragraph(text, u("Punkt ") + QString::number(k + 1) + u(": "));
            } else {
                const QString resp = i.responsible.isEmpty()
                    ? QString()
                    : QStringLiteral(" (") + i.responsible + QLatin1Char(')');
                m_lines << (pick(m_state, 2) ? u("Beslut om ") : QString()) + i.title + resp;
                paragraph(text, u("Beslut: "));
            }
        }
    }
    if (!any)
        m_lines << u("Inga beslutspunkter");
    m_lines << QString() << u("INFORMATION") << QString();
}

void MinutesTextWriter::items()
{
    for (int k = 0; k < m_meeting.items.size(); ++k)
        item(k, m_meeting.items.at(k), m_expected.items[k]);
}

void MinutesTextWriter::item(int index, const AgendaItem &i, AgendaItem &e)
{
    QString head
        = QString::number(index + 1) + m_variation.numberStyle + QLatin1Char(' ') + i.title;
    if (!i.responsible.isEmpty())
        head += QStringLiteral(" (") + i.responsible + QLatin1Char(')');
    m_lines << QString() << head << QString();
    if (!i.presenter.isEmpty())
        m_lines << (m_variation.presenterColon ? u("Föredragande: ") : u("Föredragande "))
                + i.presenter
                << QString();
    body(i.body);
    const bool inItems = m_variation.decisions == TextVariation::Decisions::InItems
        || m_variation.decisions == TextVariation::Decisions::Both;
    for (const Decision &d : i.decisions) {
        if (inItems)
            paragraph(d.text, m_variation.decisionLabel ? u("Beslut: ") : QString());
        m_lines << QString();
    }
    for (Decision &d : e.decisions)
        d = Decision {0, 0, d.text};
    for (int a = 0; a < i.actions.size(); ++a) {
        const ActionItem &action = i.actions.at(a);
        ActionItem &ea = e.actions[a];
        QString text = action.text;
        if (action.due.isValid()) {
            text.chop(1);
            text += u(" senast ") + dayMonth(action.due) + QLatin1Char('.');
        }
        paragraph(text);
        m_lines << QString();
        ea = ActionItem();
        ea.text = text;
        ea.assignee = expectedAssignee(action.assignee);
        ea.due = action.due;
    }
    if (i.deferredTo.isValid()) {
        const QString sentence
            = u("Punkten läggs in på LG-mötet den ") + dayMonth(i.deferredTo) + QLatin1Char('.');
        paragraph(sentence);
        e.body = e.body.isEmpty() ? sentence : e.body.trimmed() + u("\n\n") + sentence;
    }
    for (const AgendaItem &child : i.children) {
        const QString resp = child.responsible.isEmpty()
            ? QString()
            : QStringLiteral(" (") + child.responsible + QLatin1Char(')');
        m_lines << QString() << child.title + resp;
        body(child.body);
    }
    e.id = 0;
}

void MinutesTextWriter::body(const QString &markdown)
{
    const QStringList blocks = markdown.trimmed().split(u("\n\n"), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        if (!block.startsWith(QStringLiteral("- "))) {
            paragraph(block);
        } else {
            for (const QString &line : block.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const bool sub = line.startsWith(QStringLiteral("  - "));
                const QString glyph = sub ? m_variation.subBullet : m_variation.bullet;
                paragraph(line.mid(sub ? 4 : 2), glyph + m_variation.space);
            }
        }
        m_lines << QString();
    }
}

void MinutesTextWriter::paragraph(const QString &text, const QString &firstPrefix)
{
    // Greedy wrapping at the width, as a PDF's text lines come out; long lower-case words may
    // be hyphenated at the line end.
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString line = firstPrefix;
    const int width = m_variation.width;
    for (QString word : words) {
        const bool atStart = line.isEmpty() || line == firstPrefix;
        if (atStart || line.size() + 1 + word.size() <= width) {
            line += (atStart ? QString() : QStringLiteral(" ")) + word;
            continue;
        }
        const int room = width - int(line.size()) - 2;
        bool lower = word.size() >= 10;
        for (const QChar c : word)
            lower = lower && c.isLower();
        if (m_variation.hyphenate && lower && room >= 3 && word.size() - room >= 3) {
            line += QLatin1Char(' ') + word.left(room) + QLatin1Char('-');
            word = word.mid(room);
        }
        m_lines << line;
        line = word;
    }
    if (!line.isEmpty())
        m_lines << line;
}

void MinutesTextWriter::insertJunk()
{
    // Page furniture every 30 to 50 lines, where a page break would not split a word: between
    // paragraphs, or inside one before a line that starts in small letters.
    const QStringList junk = {QString(),
        u("helsingborg.se Postadress 251 89 Helsingborg · Kontaktcenter 042-10 50 00 · "
          "kontaktcenter@helsingborg.se"),
        QString(), u("mailto:kontaktcenter@helsingborg.se"), QString()};
    QStringList out;
    int sinceBreak = 0;
    int nextBreak = 30 + pick(m_state, 20);
    for (int i = 0; i < m_lines.size(); ++i) {
        out << m_lines.at(i);
        ++sinceBreak;
        const QString following = i + 1 < m_lines.size() ? m_lines.at(i + 1) : QString();
        const bool safe
            = m_lines.at(i).isEmpty() || (!following.isEmpty() && following.at(0).isLower());
        if (sinceBreak >= nextBreak && safe) {
            out << junk;
            sinceBreak = 0;
            nextBreak = 30 + pick(m_state, 20);
        }
    }
    m_lines = out;
}

QString MinutesTextWriter::expectedAssignee(const QString &assignee) const
{
    const QString first = firstName(assignee);
    if (!m_variation.attendees)
        return first;
    int matches = 0;
    for (const Attendance &a : m_meeting.attendees) {
        if (firstName(a.person.name) == first || a.person.initials == first)
            ++matches;
    }
    return matches == 1 ? assignee : first;
}

} // namespace minutebook::test
