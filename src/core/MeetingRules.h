#pragma once

// The domain rules that more than one layer applies: when minutes are frozen, when an
// assignment is overdue, the due date a new assignment proposes. One place, so the editor, the
// registers, the CLI and every writer in storage judge alike.

#include "Meeting.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace minutebook {

class MeetingRules
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::MeetingRules)

public:
    /// Approved minutes are frozen: header, attendance, items, decisions and the text, assignee
    /// and due date of assignments. An assignment's status is follow-up and stays changeable.
    static bool isFrozen(MeetingStatus status) { return status == MeetingStatus::Approved; }
    /// The one message of every refused change to approved minutes.
    static QString frozenMessage();

    /// Open, with a due date before `today`.
    static bool isOverdue(ActionStatus status, const QDate &due, const QDate &today);
    static bool isOverdue(const ActionItem &action, const QDate &today)
    {
        return isOverdue(action.status, action.due, today);
    }

    /// What may be missing before the minutes are approved, one sentence each: items without a
    /// title, assignments without someone responsible or a due date. Warnings, never blockers.
    static QStringList approvalWarnings(const Meeting &meeting);

    /// How far ahead a new assignment's due date is proposed.
    static constexpr int defaultDueDays = 14;
    static QDate defaultDueDate(const QDate &today) { return today.addDays(defaultDueDays); }
};

} // namespace minutebook
