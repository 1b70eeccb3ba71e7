#pragma once

// The small writes of the secretary's editor, each one transaction: agenda items added,
// removed, moved, indented and outdented with positions and numbers kept consistent; field
// saves of the autosave; attendance; the roster; decisions and assignments. Rows removed by an
// edit can be put back with the same ids, so undo restores exactly what was there.

#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>

namespace minutebook {

/// Where an item stands among its siblings.
struct ItemPlacement
{
    qint64 parentId = 0; ///< 0: top level
    int position = 0;
};

class MeetingEdits
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::MeetingEdits)

public:
    explicit MeetingEdits(const Database &database);

    /// Inserts `item` with its children, decisions and assignments at `position` among the
    /// children of `parentId` (clamped; -1: last). Ids that are not 0 are kept (undo of a
    /// removal); the others are filled in.
    Status addItem(qint64 meetingId, qint64 parentId, int position, AgendaItem &item);
    /// Removes the item with everything under it.
    Status removeItem(qint64 itemId);
    /// Moves the item (with its children) to `position` among the children of `parentId`,
    /// counted after it has left its old place.
    Status moveItem(qint64 itemId, qint64 parentId, int position);
    /// Makes the item the last child of the item above it; fails on the first of its level.
    Status indentItem(qint64 itemId);
    /// Makes the item the next sibling of its parent; fails on a top-level item.
    Status outdentItem(qint64 itemId);
    Result<ItemPlacement> placement(qint64 itemId) const;

    /// The autosave: the header (when not null) and the fields of `items`, in one transaction.
    Status saveFields(const Meeting *header, const QVector<AgendaItem> &items);

    /// Creates or replaces the attendance row of the person (found or created by name when
    /// its id is 0; filled in).
    Status setAttendance(qint64 meetingId, Attendance &attendance);
    Status removeAttendance(qint64 meetingId, qint64 personId);

    /// The person with that name (ignoring case and surrounding space); id 0 when none.
    Result<Person> findPerson(const QString &name) const;
    /// Adds the person to the body's roster, last; fails when somebody of that name is
    /// already on it. Fills in the person's id.
    Status addToRoster(qint64 bodyId, RosterEntry &entry);
    Status removeFromRoster(qint64 bodyId, qint64 personId);

    /// Number 0 takes the next free number of the meeting; id and number are filled in.
    Status addDecision(qint64 itemId, Decision &decision);
    Status updateDecision(const Decision &decision);
    Status removeDecision(qint64 decisionId);
    /// `position` -1: last.
    Status addAction(qint64 itemId, ActionItem &action, int position = -1);
    Status updateAction(const ActionItem &action);
    Status removeAction(qint64 actionId);

    // Building blocks for FollowUp, inside a transaction the caller owns.
    Status insertItemInTransaction(qint64 meetingId, qint64 parentId, int position,
        AgendaItem &item, int *nextDecision = nullptr);
    /// Positions 0..n-1 under every parent, and the numbers ("6.2") that follow from them.
    Status renumberInTransaction(qint64 meetingId);
    Result<qint64> meetingOfItem(qint64 itemId) const;

private:
    Status moveInTransaction(qint64 itemId, qint64 parentId, int position);
    Status insertDecision(qint64 itemId, Decision &decision);
    Status insertAction(qint64 itemId, ActionItem &action, int position);
    Status failIfApproved(qint64 meetingId) const;
    Result<int> childCount(qint64 meetingId, qint64 parentId) const;

    const Database &m_database;
};

} // namespace minutebook
