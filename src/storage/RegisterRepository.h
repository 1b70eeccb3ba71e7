#pragma once

// The registers across all meetings: every decision (citable) and every assignment, paged and
// sorted for the register views. Read only: marking an assignment done is
// RecordEdits::setActionStatus.

#include "Database.h"
#include "Records.h"
#include "Result.h"

#include <QCoreApplication>

namespace minutebook {

enum class RegisterSort {
    Default, ///< decisions: newest meeting first; assignments: earliest due date first
    Date, ///< meeting date
    Reference, ///< body short name, then date (decisions)
    Title, ///< item title
    Assignee, ///< assignments
    Due, ///< assignments
    Status, ///< assignments
};

struct RegisterFilter
{
    QString body; ///< name or short name; empty: all
    qint64 meetingId = 0; ///< one meeting's rows (a view refreshing them); 0: all
    QDate from; ///< inclusive; invalid: open
    QDate to; ///< inclusive; invalid: open
    /// Words that must all occur (each as a word start) in the decision or its item's title,
    /// or in the assignment's text or assignee; empty: all.
    QString text;
    QString assignee; ///< actions only; empty: all
    bool openOnly = false; ///< actions only
    bool doneOnly = false; ///< actions only
    RegisterSort sort = RegisterSort::Default;
    bool descending = false; ///< for every sort but Default
    int offset = 0;
    int limit = -1;
};

class RegisterRepository
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::RegisterRepository)

public:
    explicit RegisterRepository(const Database &database);

    /// Newest meeting first, then in item order (unless `filter.sort` says otherwise).
    Result<QVector<DecisionRecord>> decisions(const RegisterFilter &filter = {}) const;
    Result<int> decisionCount(const RegisterFilter &filter = {}) const;
    /// Assignments that were carried forward to a later meeting appear once, as their latest
    /// copy. Earliest due date first, those without one before them (unless `filter.sort`
    /// says otherwise).
    Result<QVector<ActionRecord>> actions(const RegisterFilter &filter = {}) const;
    Result<int> actionCount(const RegisterFilter &filter = {}) const;
    /// Every assignee named in an assignment, sorted.
    Result<QStringList> assignees() const;

private:
    const Database &m_database;
};

} // namespace minutebook
