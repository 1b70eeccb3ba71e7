#pragma once

// One file chosen for import as the import dialog shows it: the parsed meeting, what the user
// chose for it (date, group, import anyway) and how its import went.

#include "ImportResult.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace minutebook {

struct ImportFile
{
    enum class State {
        Ready,
        Warning,
        Error,
        AlreadyImported,
        NeedsDate,
        NeedsGroup,
        Imported,
        Failed
    };

    QString path;
    QString fileName;
    QByteArray bytes;
    QString hash;
    QString error; ///< why the file cannot be read; empty when it can
    QString importError; ///< why the import failed; empty when it did not
    ImportResult result;
    qint64 existingMeetingId = 0; ///< an earlier import of the same bytes
    bool force = false; ///< import although the same bytes were imported before
    QDate date; ///< from the file, or chosen by the user
    QString group;
    qint64 meetingId = 0; ///< set once imported

    State state() const
    {
        if (meetingId != 0)
            return State::Imported;
        if (!error.isEmpty())
            return State::Error;
        if (!importError.isEmpty())
            return State::Failed;
        // Already imported first: a missing date does not matter unless the user insists.
        if (existingMeetingId != 0 && !force)
            return State::AlreadyImported;
        if (!date.isValid())
            return State::NeedsDate;
        if (group.trimmed().isEmpty())
            return State::NeedsGroup;
        return result.warnings.isEmpty() ? State::Ready : State::Warning;
    }
};

} // namespace minutebook
