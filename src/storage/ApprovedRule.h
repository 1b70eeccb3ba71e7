#pragma once

// The one approved-meeting rule of storage. Every writer of a meeting's header, attendance,
// items, decisions and assignments asks it inside its own transaction before it writes, so
// approved minutes are refused whichever path a change comes by. An assignment's status is
// follow-up work and is the one thing not asked about (RecordEdits::setActionStatus); the
// roster belongs to the body and is not frozen either.

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>

#include <array>
#include <memory>

class QSqlQuery;

namespace minutebook {

class ApprovedRule
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::ApprovedRule)

public:
    /// What the id given to check() names.
    enum class Row { Meeting, Item, Decision, Action };

    explicit ApprovedRule(const Database &database);
    ~ApprovedRule();
    ApprovedRule(const ApprovedRule &) = delete;
    ApprovedRule &operator=(const ApprovedRule &) = delete;

    /// The id of the meeting the row belongs to, when that meeting may be changed. Fails with
    /// MeetingRules::frozenMessage() when it is approved, and says so when there is no such row.
    Result<qint64> check(Row row, qint64 id) const;

    /// The same rule as an SQL condition on the meeting whose id is `meetingIdColumn`, for a
    /// writer that puts it into its own statement (the autosave: one statement per save).
    static QString draftCondition(const QString &meetingIdColumn);
    /// Why a statement with draftCondition() changed no row: check()'s failure, or "no such
    /// row" when check() finds nothing wrong.
    Status refusal(Row row, qint64 id) const;

private:
    const Database &m_database;
    /// Prepared once per kind of row: the check runs before every autosave.
    mutable std::array<std::unique_ptr<QSqlQuery>, 4> m_queries;
};

} // namespace minutebook
