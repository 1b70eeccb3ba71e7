#include "ApprovedRule.h"

#include "MeetingRules.h"
#include "SqlValues.h"

#include <QSqlError>

namespace minutebook {

namespace {
QString statement(ApprovedRule::Row row)
{
    switch (row) {
    case ApprovedRule::Row::Meeting:
        return QStringLiteral("SELECT id, status FROM meetings WHERE id = ?");
    case ApprovedRule::Row::Item:
        return QStringLiteral("SELECT m.id, m.status FROM agenda_items i "
                              "JOIN meetings m ON m.id = i.meeting_id WHERE i.id = ?");
    case ApprovedRule::Row::Decision:
        return QStringLiteral("SELECT m.id, m.status FROM decisions d "
                              "JOIN agenda_items i ON i.id = d.item_id "
                              "JOIN meetings m ON m.id = i.meeting_id WHERE d.id = ?");
    case ApprovedRule::Row::Action:
        return QStringLiteral("SELECT m.id, m.status FROM actions a "
                              "JOIN agenda_items i ON i.id = a.item_id "
                              "JOIN meetings m ON m.id = i.meeting_id WHERE a.id = ?");
    }
    return {};
}
} // namespace

ApprovedRule::ApprovedRule(const Database &database)
    : m_database(database)
{ }

ApprovedRule::~ApprovedRule() = default;

Result<qint64> ApprovedRule::check(Row row, qint64 id) const
{
    std::unique_ptr<QSqlQuery> &query = m_queries.at(size_t(row));
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_database.connection());
        query->setForwardOnly(true);
        if (!query->prepare(statement(row))) {
            const QString error = Database::describe(*query);
            query.reset();
            return Result<qint64>::failure(error);
        }
    }
    QSqlQuery &q = *query;
    q.bindValue(0, id);
    if (Status s = sql::exec(q); !s)
        return s;
    const bool found = q.next();
    const qint64 meetingId = found ? q.value(0).toLongLong() : 0;
    const QString stored = found ? q.value(1).toString() : QString();
    q.finish(); // no statement left open between writes
    if (!found) {
        switch (row) {
        case Row::Meeting:
            return Result<qint64>::failure(tr("There is no meeting with id %1.").arg(id));
        case Row::Item:
            return Result<qint64>::failure(tr("There is no agenda item with id %1.").arg(id));
        case Row::Decision:
            return Result<qint64>::failure(tr("There is no decision with id %1.").arg(id));
        case Row::Action:
            return Result<qint64>::failure(tr("There is no assignment with id %1.").arg(id));
        }
    }
    MeetingStatus status = MeetingStatus::Draft;
    if (!fromString(stored, status))
        return Result<qint64>::failure(
            tr("The meeting with id %1 has an unknown status.").arg(meetingId));
    if (MeetingRules::isFrozen(status))
        return Result<qint64>::failure(MeetingRules::frozenMessage());
    return meetingId;
}

QString ApprovedRule::draftCondition(const QString &meetingIdColumn)
{
    // Our own column name and status spelling, never user text: safe in the statement.
    return QStringLiteral("EXISTS (SELECT 1 FROM meetings frozen_check WHERE frozen_check.id = %1 "
                          "AND frozen_check.status <> '%2')")
        .arg(meetingIdColumn, toString(MeetingStatus::Approved));
}

Status ApprovedRule::refusal(Row row, qint64 id) const
{
    const Result<qint64> checked = check(row, id);
    if (!checked)
        return checked.status();
    return Status::failure(tr("The change to row %1 was not saved; try again.").arg(id));
}

} // namespace minutebook
