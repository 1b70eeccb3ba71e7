#pragma once

// The decisions and assignments of a meeting as the secretary, the registers and follow-up
// edit them, each change one transaction: the one writer of the decisions and actions tables.
// Every writer refuses approved minutes (ApprovedRule) except setActionStatus: an assignment's
// status is follow-up done at later meetings and stays changeable after approval.

#include "ApprovedRule.h"
#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>

namespace minutebook {

class RecordEdits
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::RecordEdits)

public:
    explicit RecordEdits(const Database &database);

    /// Number 0 takes the next free number of the meeting; id and number are filled in.
    Status addDecision(qint64 itemId, Decision &decision);
    /// The decision's text.
    Status updateDecision(const Decision &decision);
    Status removeDecision(qint64 decisionId);

    /// `position` -1: last. Ids that are not 0 are kept (undo of a removal).
    Status addAction(qint64 itemId, ActionItem &action, int position = -1);
    /// The assignment's text, assignee and due date; its status is setActionStatus's.
    Status updateAction(const ActionItem &action);
    Status removeAction(qint64 actionId);
    /// The one writer of an assignment's status: open or done, recorded with the day it was set
    /// (`on`; invalid for none, as undo may restore). Allowed in approved minutes.
    Status setActionStatus(qint64 actionId, ActionStatus status, const QDate &on);

    // Steps for AgendaEdits, inside a transaction the caller owns, after it applied the rule.
    Result<int> nextDecisionNumberInTransaction(qint64 meetingId) const;
    Status insertDecisionInTransaction(qint64 itemId, Decision &decision);
    Status insertActionInTransaction(qint64 itemId, ActionItem &action, int position);

private:
    const Database &m_database;
    ApprovedRule m_rule;
};

} // namespace minutebook
