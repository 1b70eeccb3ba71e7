#pragma once

// Meetings that came from files: each import is recorded with the file's content hash, so the
// same file imported twice is recognised and refused unless the user insists.

#include "Database.h"
#include "Meeting.h"
#include "MeetingWriter.h"
#include "Result.h"

#include <QCoreApplication>

namespace minutebook {

class ImportRepository
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::ImportRepository)

public:
    explicit ImportRepository(const Database &database);

    /// SHA-256 of the file's bytes, as stored.
    static QString contentHash(const QByteArray &bytes);

    /// The meeting an earlier import of these bytes created, or 0.
    Result<qint64> meetingFor(const QString &contentHash) const;

    /// Inserts the meeting and records the import, in one transaction. Fails when the same
    /// content was imported before, unless `force` (then a new meeting is created and the
    /// record points at it).
    Status importMeeting(
        Meeting &meeting, const QString &contentHash, const QString &fileName, bool force);

private:
    const Database &m_database;
    MeetingWriter m_writer;
};

} // namespace minutebook
