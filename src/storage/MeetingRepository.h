#pragma once

// Meetings as whole aggregates: header, attendance, item tree with decisions and assignments.
// Read whole; written whole when new (MeetingWriter, resolving bodies and persons by name);
// deleted whole. Changes to an existing meeting go through AgendaEdits, AttendanceEdits and
// RecordEdits, one writer per table.

#include "ApprovedRule.h"
#include "Database.h"
#include "Meeting.h"
#include "MeetingWriter.h"
#include "Result.h"

#include <QCoreApplication>

namespace minutebook {

struct MeetingFilter
{
    qint64 bodyId = 0; ///< 0: all bodies
    QString body; ///< body name or short name; empty: all
    int year = 0; ///< 0: all years
    /// Part of the title, place, body name or short name, or date ("2024-02"); empty: all.
    /// Case is ignored for ASCII letters.
    QString text;
    /// Keyset paging: when `afterId` is not 0, only meetings that come after the meeting
    /// (`afterDate`, `afterId`) in the list order (newest first). A page deep in 100,000
    /// meetings then costs what the first one does; `offset` would read every row before it.
    QDate afterDate;
    qint64 afterId = 0;
    int offset = 0;
    int limit = -1; ///< -1: no limit
};

class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::MeetingRepository)

public:
    explicit MeetingRepository(const Database &database);

    /// Newest first.
    Result<QVector<MeetingSummary>> list(const MeetingFilter &filter = {}) const;
    Result<int> count(const MeetingFilter &filter = {}) const;
    /// The days of the oldest and the newest meeting (both invalid when there is none): two
    /// lookups in the date index, whatever the archive's size.
    Result<std::pair<QDate, QDate>> dateRange() const;
    /// The meeting with everything in it, read with one statement (one round trip on a
    /// server).
    Result<Meeting> load(qint64 id) const;
    Result<bool> exists(qint64 id) const;

    /// Inserts a new meeting in one transaction; fills in the ids of everything written.
    Status insert(Meeting &meeting);
    /// The same, inside a transaction the caller owns (bulk generate and import, FollowUp).
    Status insertInTransaction(Meeting &meeting);
    /// Deletes a meeting with everything in it; approved minutes are refused (ApprovedRule).
    Status remove(qint64 id);
    Status removeInTransaction(qint64 id);

    /// The one writer of a meeting's status (draft or approved). The program approves and
    /// reopens through Approvals, which records who and why and calls the second form; the
    /// first is for tests and tools that set up archives. A meeting's text is written by
    /// AgendaEdits::saveFields, its attendance by AttendanceEdits.
    Status setStatus(qint64 id, MeetingStatus status);
    Status setStatusInTransaction(qint64 id, MeetingStatus status);
    /// Records that the meeting was prepared from `previousId` ("new meeting from previous").
    Status setPreparedFromInTransaction(qint64 id, qint64 previousId);

private:
    const Database &m_database;
    ApprovedRule m_rule;
    MeetingWriter m_writer;
    mutable QString m_loadStatement; ///< built for the backend on the first load
};

} // namespace minutebook
