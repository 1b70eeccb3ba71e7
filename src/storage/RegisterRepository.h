#pragma once

// The registers across all meetings: every decision (citable) and every assignment.

#include "Database.h"
#include "Records.h"
#include "Result.h"

namespace minutebook {

struct RegisterFilter
{
    QString body; ///< name or short name; empty: all
    QDate from; ///< inclusive; invalid: open
    QDate to; ///< inclusive; invalid: open
    QString assignee; ///< actions only; empty: all
    bool openOnly = false; ///< actions only
    int offset = 0;
    int limit = -1;
};

class RegisterRepository
{
public:
    explicit RegisterRepository(const Database &database);

    /// Newest meeting first, then in item order.
    Result<QVector<DecisionRecord>> decisions(const RegisterFilter &filter = {}) const;
    /// Assignments that were carried forward to a later meeting appear once, as their latest
    /// copy. Earliest due date first.
    Result<QVector<ActionRecord>> actions(const RegisterFilter &filter = {}) const;

private:
    const Database &m_database;
};

} // namespace minutebook
