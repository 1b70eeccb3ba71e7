#pragma once

// Bodies (the groups that meet) and their rosters: who sits in which sub-group. The one writer
// of the roster, which belongs to the body, not to a meeting: approving minutes freezes no
// roster.

#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>

namespace minutebook {

class BodyRepository
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::BodyRepository)

public:
    explicit BodyRepository(const Database &database);

    Result<QVector<Body>> list() const;
    /// By full name or short name; fails with a message naming the body when there is none.
    Result<Body> find(const QString &nameOrShortName) const;
    /// Creates the body when no body has that name; fills in body.id either way.
    Status ensure(Body &body);

    Result<QVector<RosterEntry>> roster(qint64 bodyId) const;
    /// Replaces the roster of a body in one transaction; persons are created by name.
    Status setRoster(qint64 bodyId, QVector<RosterEntry> &roster);
    /// Adds the person to the body's roster, last; fails when somebody of that name is
    /// already on it. A person already known by that name is reused. Fills in the person's id.
    Status addToRoster(qint64 bodyId, RosterEntry &entry);
    Status removeFromRoster(qint64 bodyId, qint64 personId);

    /// The same inside a transaction the caller owns.
    Status ensureInTransaction(Body &body);

private:
    const Database &m_database;
};

} // namespace minutebook
