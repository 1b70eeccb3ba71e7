#pragma once

// How items and decisions are numbered and cited: "6.2" for the second sub-item of item 6,
// "LG 2024-02-06 §3" for a decision in item 3. One place, so every view and export agrees.

#include "Meeting.h"

#include <QString>

namespace minutebook {

/// "3" for a top-level item at index 2, "6.2" for a child at index 1 of item 6.
QString itemNumber(const QString &parentNumber, int index);

/// "§3": how an item is cited after its meeting.
QString itemMark(const QString &itemNumber);

/// Citable reference of an item: "LG 2024-02-06 §3".
QString itemReference(const QString &bodyShortName, const QDate &date, const QString &itemNumber);

/// Citable reference of a decision: body short name, meeting date, item number, and the
/// decision's number within the item when an item holds more than one ("§3:2").
QString decisionReference(const QString &bodyShortName, const QDate &date,
    const QString &itemNumber, int indexInItem, int decisionsInItem);

/// Calls fn(item, number, depth) for every item in document order.
template<typename Fn>
void forEachItem(
    const QVector<AgendaItem> &items, Fn &&fn, const QString &parentNumber = {}, int depth = 0)
{
    for (int i = 0; i < items.size(); ++i) {
        const QString number = itemNumber(parentNumber, i);
        fn(items.at(i), number, depth);
        forEachItem(items.at(i).children, fn, number, depth + 1);
    }
}

} // namespace minutebook
