#pragma once

// The e-mail that sends approved minutes to those on the meeting's attendance list: recipients
// (everyone listed — present, absent, guests — who has an e-mail address), subject
// ("Mötesanteckningar LG 2024-02-06"), a short body, and the command line of `xdg-email`
// (xdg-utils), which opens the user's own e-mail program with the PDF attached.

#include "Meeting.h"

#include <QCoreApplication>
#include <QStringList>

namespace minutebook {

class MinutesMail
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::MinutesMail)

public:
    static QStringList recipients(const Meeting &meeting);
    static QString subject(const Meeting &meeting);
    static QString body(const Meeting &meeting);
    /// Arguments for `xdg-email`: UTF-8, subject, body, the attachment, then the recipients.
    static QStringList xdgEmailArguments(const Meeting &meeting, const QString &attachment);
};

} // namespace minutebook
