#include "MeetingRules.h"

namespace minutebook {

QString MeetingRules::frozenMessage()
{
    return tr("These minutes are approved and can no longer be changed.");
}

bool MeetingRules::isOverdue(ActionStatus status, const QDate &due, const QDate &today)
{
    return status == ActionStatus::Open && due.isValid() && due < today;
}

} // namespace minutebook
