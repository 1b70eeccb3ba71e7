#include "MeetingRules.h"

#include "Numbering.h"

namespace minutebook {

QString MeetingRules::frozenMessage()
{
    return tr("These minutes are approved and can no longer be changed.");
}

bool MeetingRules::isOverdue(ActionStatus status, const QDate &due, const QDate &today)
{
    return status == ActionStatus::Open && due.isValid() && due < today;
}

QStringList MeetingRules::approvalWarnings(const Meeting &meeting)
{
    QStringList out;
    const auto quoted = [](const QString &text) {
        const QString line = text.simplified();
        if (line.size() <= 40)
            return line;
        // Cut at a word's end where there is one not far back.
        QString cut = line.left(39);
        const int space = int(cut.lastIndexOf(QLatin1Char(' ')));
        if (space > 20)
            cut.truncate(space);
        return cut + QChar(0x2026);
    };
    forEachItem(meeting.items, [&](const AgendaItem &item, const QString &number, int) {
        if (item.title.trimmed().isEmpty())
            out.append(tr("Item %1 has no title.").arg(number));
        for (const ActionItem &a : item.actions) {
            if (a.assignee.trimmed().isEmpty())
                out.append(tr("Item %1: the assignment “%2” has nobody responsible.")
                               .arg(number, quoted(a.text)));
            if (!a.due.isValid())
                out.append(tr("Item %1: the assignment “%2” has no due date.")
                               .arg(number, quoted(a.text)));
        }
    });
    return out;
}

} // namespace minutebook
