#pragma once

// The agenda of a meeting as the secretary edits it, each change one transaction: items added,
// removed, moved, indented and outdented with positions and numbers kept consistent, and the
// autosave of the meeting's text (header and item fields). The one writer of agenda_items and
// of a meeting's header fields; FollowUp builds on the *InTransaction steps. Rows removed by
// an edit can be put back with the same ids, so undo restores exactly what was there. Every
// writer refuses approved minutes (ApprovedRule).

#include "ApprovedRule.h"
#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>

#include <memory>

class QSqlQuery;

namespace minutebook {

/// Where an item stands among its siblings.
struct ItemPlacement
{
    qint64 parentId = 0; ///< 0: top level
    int position = 0;
};

class AgendaEdits
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::AgendaEdits)

public:
    explicit AgendaEdits(const Database &database);
    ~AgendaEdits();
    AgendaEdits(const AgendaEdits &) = delete;
    AgendaEdits &operator=(const AgendaEdits &) = delete;

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

    /// The autosave, the one writer of a meeting's text: the header (title, date, times, place,
    /// minute-taker, notes; when not null) and the own fields of `items` (title, presenter,
    /// responsible, body), in one transaction.
    Status saveFields(const Meeting *header, const QVector<AgendaItem> &items);

    // Steps for FollowUp, inside a transaction the caller owns; each applies the approved rule.
    Status insertItemInTransaction(qint64 meetingId, qint64 parentId, int position,
        AgendaItem &item, int *nextDecision = nullptr);
    /// Removes the item; the meeting's other items are renumbered.
    Status removeItemInTransaction(qint64 itemId);
    /// Marks the item sent on to `date` (invalid: not deferred).
    Status setDeferredToInTransaction(qint64 itemId, const QDate &date);
    /// Puts the meeting's top-level items in the order of `itemIds`, the others after them in
    /// the order they stood in, and renumbers.
    Status orderTopLevelInTransaction(qint64 meetingId, const QVector<qint64> &itemIds);
    /// Positions 0..n-1 under every parent, and the numbers ("6.2") that follow from them.
    Status renumberInTransaction(qint64 meetingId);

private:
    Status moveInTransaction(qint64 itemId, qint64 parentId, int position);
    Status insertTree(
        qint64 meetingId, qint64 parentId, int position, AgendaItem &item, int *nextDecision);
    Result<int> childCount(qint64 meetingId, qint64 parentId) const;
    /// `slot`, prepared with `statement` on first use.
    Result<QSqlQuery *> prepared(std::unique_ptr<QSqlQuery> &slot, const QString &statement);

    const Database &m_database;
    ApprovedRule m_rule;
    // The autosave's statements, prepared once: a save runs while the secretary types.
    std::unique_ptr<QSqlQuery> m_saveHeader;
    std::unique_ptr<QSqlQuery> m_saveItem;
};

} // namespace minutebook
