#pragma once

// Rows of the cross-meeting views: decision register, action list and search hits. Each names
// the meeting and item it came from so a view can open the meeting there.

#include "Meeting.h"

namespace minutebook {

/// Where a row stands: meeting (body, date) and agenda item.
struct ItemPlace
{
    qint64 meetingId = 0;
    qint64 itemId = 0;
    QString bodyName;
    QString bodyShortName;
    QDate date;
    QString itemNumber;
    QString itemTitle;
};

struct DecisionRecord : ItemPlace
{
    qint64 decisionId = 0;
    int number = 0;
    QString reference; ///< "LG 2024-02-06 §3"
    QString text;
};

struct ActionRecord : ItemPlace
{
    qint64 actionId = 0;
    QString text;
    QString assignee;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    QDate statusDate; ///< when the status was last set; invalid when never
};

enum class HitKind { Meeting, Item, Decision, Action };
QString toString(HitKind kind);

struct SearchHit : ItemPlace
{
    HitKind kind = HitKind::Item;
    QString snippet; ///< matches between highlightStart and highlightEnd
    double rank = 0; ///< lower is better (bm25)
};

/// Marks around matched words in SearchHit::snippet; views turn them into bold or brackets.
inline constexpr QChar highlightStart = QChar(0x02);
inline constexpr QChar highlightEnd = QChar(0x03);

} // namespace minutebook
