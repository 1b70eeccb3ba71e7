#include "MeetingText.h"

#include "AmendmentTarget.h"
#include "Numbering.h"

#include <QMap>

namespace minutebook {

namespace {
QString indented(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QString out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        out += (line.isEmpty() ? QString() : pad + line) + QLatin1Char('\n');
    return out;
}
} // namespace

QString MeetingText::oneLine(const QString &text, int maxChars)
{
    const QString line = text.simplified();
    if (line.size() <= maxChars)
        return line;
    QString cut = line.left(maxChars - 1);
    const int space = int(cut.lastIndexOf(QLatin1Char(' ')));
    if (space > maxChars / 2)
        cut.truncate(space);
    return cut + QChar(0x2026);
}

QString MeetingText::format(const Meeting &m)
{
    QString out;
    out += m.body.name;
    if (!m.body.shortName.isEmpty() && m.body.shortName != m.body.name)
        out += QStringLiteral(" (") + m.body.shortName + QLatin1Char(')');
    out += QLatin1Char('\n');
    if (!m.title.isEmpty())
        out += m.title + QLatin1Char('\n');
    out += m.date.toString(Qt::ISODate);
    if (m.start.isValid())
        out += QLatin1Char(' ') + m.start.toString(QStringLiteral("HH:mm"));
    if (m.end.isValid())
        out += QStringLiteral("–") + m.end.toString(QStringLiteral("HH:mm"));
    out += QLatin1Char('\n');
    if (!m.place.isEmpty())
        out += tr("Place: %1").arg(m.place) + QLatin1Char('\n');
    out += tr("Status: %1").arg(m.status == MeetingStatus::Approved ? tr("approved") : tr("draft"))
        + QLatin1Char('\n');
    if (m.status == MeetingStatus::Approved && m.approval.isRecorded())
        out += tr("Approved %1 by %2, fingerprint %3")
                   .arg(m.approval.date.toString(Qt::ISODate),
                       m.approval.by.join(QStringLiteral(", ")), m.approval.fingerprint)
            + QLatin1Char('\n');
    else if (m.status == MeetingStatus::Approved)
        out += tr("Approved before approvals were recorded in the program") + QLatin1Char('\n');
    if (!m.minuteTaker.isEmpty())
        out += tr("Minute-taker: %1").arg(m.minuteTaker) + QLatin1Char('\n');

    QMap<QString, QStringList> present;
    QStringList absent;
    QStringList guests;
    for (const Attendance &a : m.attendees) {
        if (a.status == AttendanceStatus::Present)
            present[a.groupLabel].append(a.person.name);
        else if (a.status == AttendanceStatus::Absent)
            absent.append(a.person.name);
        else
            guests.append(a.note.isEmpty()
                    ? a.person.name
                    : a.person.name + QStringLiteral(" (") + a.note + QLatin1Char(')'));
    }
    if (!m.attendees.isEmpty())
        out += QLatin1Char('\n');
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        const QString label = it.key().isEmpty() ? tr("Present") : tr("Present (%1)").arg(it.key());
        out += label + QStringLiteral(": ") + it.value().join(QStringLiteral(", "))
            + QLatin1Char('\n');
    }
    if (!absent.isEmpty())
        out += tr("Absent: %1").arg(absent.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (!guests.isEmpty())
        out += tr("Guests: %1").arg(guests.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (!m.notes.isEmpty())
        out += QLatin1Char('\n') + m.notes + QLatin1Char('\n');
    appendItems(out, m, m.items, QString(), 0);
    if (m.status == MeetingStatus::Approved && !m.amendments.isEmpty()) {
        out += QLatin1Char('\n') + tr("Corrections:") + QLatin1Char('\n');
        for (const Amendment &a : m.amendments) {
            const std::optional<AmendmentTarget> target = AmendmentTarget::fromKey(a.target);
            out += indented(tr("%1 %2: “%3” → “%4” (%5: %6)")
                                .arg(a.recordedAt.toUTC().date().toString(Qt::ISODate),
                                    target ? target->describe(m) : a.target, a.oldText.simplified(),
                                    a.newText.simplified(), a.by, a.reason),
                3);
        }
    }
    return out;
}

void MeetingText::appendItems(QString &out, const Meeting &m, const QVector<AgendaItem> &items,
    const QString &parentNumber, int depth)
{
    const int pad = 2 * depth;
    for (int i = 0; i < items.size(); ++i) {
        const AgendaItem &item = items.at(i);
        const QString number = itemNumber(parentNumber, i);
        out += QLatin1Char('\n') + QString(pad, QLatin1Char(' ')) + number + QStringLiteral(". ")
            + item.title;
        if (!item.responsible.isEmpty())
            out += QStringLiteral(" (") + item.responsible + QLatin1Char(')');
        out += QLatin1Char('\n');
        if (!item.presenter.isEmpty())
            out += indented(tr("Presenter: %1").arg(item.presenter), pad + 3);
        if (!item.body.isEmpty())
            out += indented(item.body.trimmed(), pad + 3);
        for (int d = 0; d < item.decisions.size(); ++d) {
            const QString ref = decisionReference(
                m.body.shortName, m.date, number, d, int(item.decisions.size()));
            out += indented(tr("Decision (%1): %2").arg(ref, item.decisions.at(d).text), pad + 3);
        }
        for (const ActionItem &a : item.actions) {
            QString line = tr("Assignment: %1").arg(a.text);
            if (!a.assignee.isEmpty())
                line += QStringLiteral(" — ") + a.assignee;
            if (a.due.isValid())
                line += QStringLiteral(", ") + tr("due %1").arg(a.due.toString(Qt::ISODate));
            line += QStringLiteral(" [")
                + (a.status == ActionStatus::Done ? tr("done") : tr("open")) + QLatin1Char(']');
            out += indented(line, pad + 3);
        }
        if (item.deferredTo.isValid())
            out += indented(
                tr("Moved to the meeting on %1").arg(item.deferredTo.toString(Qt::ISODate)),
                pad + 3);
        appendItems(out, m, item.children, number, depth + 1);
    }
}

} // namespace minutebook
