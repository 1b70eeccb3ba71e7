#pragma once

// What an import of existing minutes takes from the caller and gives back: the meeting, the
// warnings a user should look at (each with its line in the file), and whether the file itself
// gave the meeting date.

#include "Meeting.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace minutebook {

enum class TextEncoding { Utf8, Utf16, Windows1252 };

/// What the caller knows that a file may not say.
struct ImportOptions
{
    QDate fallbackDate; ///< used only when the file gives no date (reported, never silent)
    QString bodyName; ///< the group the minutes belong to; overrides the file's header
    QString bodyShortName; ///< e.g. "LG"; overrides the label of the attendee block
};

struct ImportWarning
{
    int line = 0; ///< 1-based line in the file; 0 for the file as a whole
    QString message;
};

struct ImportResult
{
    Meeting meeting;
    QVector<ImportWarning> warnings;
    /// The file gave the meeting date. When false, meeting.date is ImportOptions::fallbackDate
    /// (invalid when none was given): ask the user and import again, or set the date.
    bool hasDate = false;
    TextEncoding encoding = TextEncoding::Utf8;
};

} // namespace minutebook
