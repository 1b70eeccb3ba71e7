#include "RecordEdits.h"

#include "ApprovedRule.h"
#include "SqlValues.h"
#include "Transaction.h"

namespace minutebook {

namespace {
Status expectOneRow(const QSqlQuery &q, const QString &missing)
{
    return q.numRowsAffected() == 1 ? Status() : Status::failure(missing);
}
} // namespace

RecordEdits::RecordEdits(const Database &database)
    : m_database(database)
    , m_rule(database)
{ }

Result<int> RecordEdits::nextDecisionNumberInTransaction(qint64 meetingId) const
{
    // Numbers are never reused while the meeting holds a higher one.
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT coalesce(max(d.number), 0) + 1 FROM decisions d "
                           "JOIN agenda_items i ON i.id = d.item_id WHERE i.meeting_id = ?"),
            {meetingId});
        !s)
        return s;
    q.next();
    return q.value(0).toInt();
}

Status RecordEdits::insertDecisionInTransaction(qint64 itemId, Decision &decision)
{
    const Result<qint64> id = sql::insertRow(m_database.connection(), QStringLiteral("decisions"),
        {QStringLiteral("item_id"), QStringLiteral("number"), QStringLiteral("text")},
        {itemId, decision.number, decision.text}, decision.id);
    if (!id)
        return id.status();
    decision.id = id.value();
    return {};
}

Status RecordEdits::insertActionInTransaction(qint64 itemId, ActionItem &action, int position)
{
    const Result<qint64> id = sql::insertRow(m_database.connection(), QStringLiteral("actions"),
        {QStringLiteral("item_id"), QStringLiteral("position"), QStringLiteral("text"),
            QStringLiteral("assignee"), QStringLiteral("due_date"), QStringLiteral("status"),
            QStringLiteral("status_date"), QStringLiteral("origin_action_id")},
        {itemId, position, action.text, action.assignee, sql::date(action.due),
            toString(action.status), sql::date(action.statusDate), sql::id(action.originActionId)},
        action.id);
    if (!id)
        return id.status();
    action.id = id.value();
    return {};
}

Status RecordEdits::addDecision(qint64 itemId, Decision &decision)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Item, itemId);
        if (!meeting)
            return meeting.status();
        if (decision.number == 0) {
            const Result<int> next = nextDecisionNumberInTransaction(meeting.value());
            if (!next)
                return next.status();
            decision.number = next.value();
        }
        return insertDecisionInTransaction(itemId, decision);
    });
}

Status RecordEdits::updateDecision(const Decision &decision)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Decision, decision.id);
            !meeting)
            return meeting.status();
        QSqlQuery q(m_database.connection());
        return sql::exec(q, QStringLiteral("UPDATE decisions SET text = ? WHERE id = ?"),
            {decision.text, decision.id});
    });
}

Status RecordEdits::removeDecision(qint64 decisionId)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Decision, decisionId);
            !meeting)
            return meeting.status();
        QSqlQuery q(m_database.connection());
        return sql::exec(q, QStringLiteral("DELETE FROM decisions WHERE id = ?"), {decisionId});
    });
}

Status RecordEdits::addAction(qint64 itemId, ActionItem &action, int position)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Item, itemId); !meeting)
            return meeting.status();
        QSqlQuery q(m_database.connection());
        if (Status s = sql::exec(
                q, QStringLiteral("SELECT count(*) FROM actions WHERE item_id = ?"), {itemId});
            !s)
            return s;
        q.next();
        const int count = q.value(0).toInt();
        if (position < 0 || position > count)
            position = count;
        if (Status s = sql::exec(q,
                QStringLiteral("UPDATE actions SET position = position + 1 "
                               "WHERE item_id = ? AND position >= ?"),
                {itemId, position});
            !s)
            return s;
        return insertActionInTransaction(itemId, action, position);
    });
}

Status RecordEdits::updateAction(const ActionItem &action)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Action, action.id);
            !meeting)
            return meeting.status();
        QSqlQuery q(m_database.connection());
        return sql::exec(q,
            QStringLiteral("UPDATE actions SET text = ?, assignee = ?, due_date = ? WHERE id = ?"),
            {action.text, action.assignee, sql::date(action.due), action.id});
    });
}

Status RecordEdits::removeAction(qint64 actionId)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        if (const Result<qint64> meeting = m_rule.check(ApprovedRule::Row::Action, actionId);
            !meeting)
            return meeting.status();
        QSqlQuery q(m_database.connection());
        return sql::exec(q, QStringLiteral("DELETE FROM actions WHERE id = ?"), {actionId});
    });
}

Status RecordEdits::setActionStatus(qint64 actionId, ActionStatus status, const QDate &on)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        QSqlQuery q(m_database.connection());
        if (Status s = sql::exec(q,
                QStringLiteral("UPDATE actions SET status = ?, status_date = ? WHERE id = ?"),
                {toString(status), sql::date(on), actionId});
            !s)
            return s;
        return expectOneRow(q, tr("The assignment no longer exists; it may have been deleted."));
    });
}

} // namespace minutebook
