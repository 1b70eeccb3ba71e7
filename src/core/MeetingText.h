#pragma once

// A meeting as plain text for terminals and logs (`minutebook-cli show`). Dates in ISO form so
// output is the same in every locale; labels follow the UI language.

#include "Meeting.h"

#include <QCoreApplication>

namespace minutebook {

class MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::MeetingText)

public:
    static QString format(const Meeting &meeting);
    /// `text` on one line (runs of white space made one space), at most `maxChars` long: cut at
    /// the end of a word where there is one in the last half, then "…". For messages and lists
    /// that quote a field of the minutes.
    static QString oneLine(const QString &text, int maxChars);

private:
    static void appendItems(QString &out, const Meeting &meeting, const QVector<AgendaItem> &items,
        const QString &parentNumber, int depth);
};

} // namespace minutebook
