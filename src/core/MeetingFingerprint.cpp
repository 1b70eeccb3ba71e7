#include "MeetingFingerprint.h"

#include <QCryptographicHash>
#include <QStringList>

namespace minutebook {

namespace MeetingFingerprint {

namespace {
// Text as the fingerprint sees it: Unicode NFC (the same letters typed or pasted differently
// are the same text), line ends \n, no spaces at the end of a line, no blank lines or spaces at
// the start or end.
QString normalised(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_C);
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = s.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

// One field: backslash, tab and newline escaped, so fields and records never run together.
QString field(const QString &text)
{
    QString out;
    const QString s = normalised(text);
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString time(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QString attendance(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QStringLiteral("present");
    case AttendanceStatus::Absent:
        return QStringLiteral("absent");
    case AttendanceStatus::Guest:
        return QStringLiteral("guest");
    }
    return {};
}

class Writer
{
public:
    void record(const char *name, const QStringList &fields)
    {
        m_text += QLatin1String(name);
        for (const QString &f : fields)
            m_text += QLatin1Char('\t') + field(f);
        m_text += QLatin1Char('\n');
    }
    QByteArray utf8() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

void items(Writer &out, const QVector<AgendaItem> &list, int depth)
{
    for (const AgendaItem &item : list) {
        out.record("item",
            {QString::number(depth), item.title, item.presenter, item.responsible,
                date(item.deferredTo)});
        out.record("text", {item.body});
        for (const Decision &d : item.decisions)
            out.record("decision", {QString::number(d.number), d.text});
        for (const ActionItem &a : item.actions)
            out.record("assignment", {a.text, a.assignee, date(a.due)});
        items(out, item.children, depth + 1);
    }
}

QByteArray version1(const Meeting &m)
{
    Writer out;
    out.record("minutebook-fingerprint", {QStringLiteral("1")});
    out.record("body", {m.body.name, m.body.shortName, m.body.organisation});
    out.record("title", {m.title});
    out.record("time", {date(m.date), time(m.start), time(m.end)});
    out.record("place", {m.place});
    out.record("minute-taker", {m.minuteTaker});
    out.record("notes", {m.notes});
    for (const QString &name : m.approval.by)
        out.record("approved-by", {name});
    out.record("approved-on", {date(m.approval.date)});
    for (const Attendance &a : m.attendees)
        out.record("attendee", {a.person.name, a.groupLabel, attendance(a.status), a.note});
    items(out, m.items, 0);
    for (const Amendment &a : m.amendments) {
        out.record("amendment",
            {QString::number(a.approvalVersion),
                a.recordedAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")), a.by,
                a.reason, a.target, a.oldText, a.newText});
    }
    out.record("end", {});
    return out.utf8();
}
} // namespace

bool isKnown(int version)
{
    return version == 1;
}

QByteArray canonical(const Meeting &meeting, int version)
{
    return version == 1 ? version1(meeting) : QByteArray();
}

QString of(const Meeting &meeting, int version)
{
    if (!isKnown(version))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(meeting, version), QCryptographicHash::Sha256).toHex());
}

QString grouped(const QString &fingerprint, int groups)
{
    QStringList out;
    for (int i = 0; i < fingerprint.size() && (groups == 0 || out.size() < groups); i += 4)
        out.append(fingerprint.mid(i, 4));
    QString text = out.join(QLatin1Char(' '));
    if (groups > 0 && fingerprint.size() > groups * 4)
        text += QStringLiteral(" …");
    return text;
}

} // namespace MeetingFingerprint

} // namespace minutebook
