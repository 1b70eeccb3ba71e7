#include "MeetingRules.h"

#include "MeetingText.h"
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
        return MeetingText::oneLine(text, 40);
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
