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

private:
    static void appendItems(QString &out, const Meeting &meeting, const QVector<AgendaItem> &items,
        const QString &parentNumber, int depth);
};

} // namespace minutebook
