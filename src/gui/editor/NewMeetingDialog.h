#pragma once

// File → New Meeting…: the group (one of the archive's, or a new one with its short name) and
// the day of a meeting that starts empty. The next meeting of a group is usually made from the
// previous one instead (Meeting → New Meeting from Previous…); this is for the first meeting of
// an archive or of a group.

#include "Meeting.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <optional>

class QWidget;

namespace minutebook {

class NewMeetingDialog
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::NewMeetingDialog)

public:
    struct Choice
    {
        Body body; ///< an existing group (with its id), or a new one (id 0)
        QDate date;
    };
    /// Asks for the group among `bodies` (or a new name) and the day, proposing `proposed`;
    /// nothing when the user cancelled.
    static std::optional<Choice> ask(
        QWidget *parent, const QVector<Body> &bodies, const QDate &proposed);
};

} // namespace minutebook
