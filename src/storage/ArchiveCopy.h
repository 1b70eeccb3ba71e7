#pragma once

// Moves an archive from one database to another — a local file to a server and back — with
// every table the schema has: bodies, persons, rosters, meetings, attendance, items, decisions,
// assignments, import records, approvals with their stored documents, the meeting log and
// amendments. One transaction on the target; the source is read from one snapshot. A plain
// copy keeps every id (a server's identity sequences are then moved on); --append gives the
// rows new ids, keeps bodies and persons that already exist by name, and maps every reference
// (but for a correction's target key, which the approval's fingerprint covers).

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace minutebook {

class ArchiveCopy
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::ArchiveCopy)

public:
    struct Options
    {
        /// Add to a target that already holds meetings (new ids) instead of refusing it.
        bool append = false;
        /// Rows copied so far and in all, with the table being copied; return false to cancel
        /// (nothing is then written).
        std::function<bool(qint64 done, qint64 total, const QString &table)> progress;
    };

    struct Counts
    {
        qint64 rows = 0;
        qint64 meetings = 0;
    };

    /// The archive's tables in the order they are copied (a row's references come first).
    static QStringList tables();

    static Result<Counts> copy(const Database &from, const Database &to, const Options &options);
};

} // namespace minutebook
