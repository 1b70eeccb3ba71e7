#include "MinutesGenerator.h"

#include "BodyRepository.h"
#include "MeetingWriter.h"
#include "SqlDialect.h"
#include "SyntheticMinutes.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace minutebook {

MinutesGenerator::MinutesGenerator(const Database &database)
    : m_database(database)
{ }

Result<int> MinutesGenerator::generate(int total, quint64 seed, const Progress &progress)
{
    SyntheticMinutes source(total, seed);
    BodyRepository bodies(m_database);
    for (int b = 0; b < source.bodies().size(); ++b) {
        Body body = source.bodies().at(b);
        if (Status s = bodies.ensure(body); !s)
            return s;
        QVector<RosterEntry> roster = source.roster(b);
        if (Status s = bodies.setRoster(body.id, roster); !s)
            return s;
    }
    // Large batches keep the per-commit cost negligible; small enough that a stop request
    // is answered quickly.
    const int batch = 1000;
    MeetingWriter writer(m_database);
    {
        // Bulk writing: a larger page cache and fewer, larger checkpoints.
        QSqlQuery q(m_database.connection());
        for (const QString &setting : m_database.dialect().bulkWriteSettings())
            (void)q.exec(setting); // only speed: a setting refused changes nothing else
    }
    int written = 0;
    while (written < total) {
        const int end = qMin(total, written + batch);
        QVector<Meeting> meetings;
        meetings.reserve(end - written);
        for (int i = written; i < end; ++i)
            meetings.append(source.meeting(i));
        if (Status s
            = Transaction::run(m_database.connection(), [&] { return writer.insert(meetings); });
            !s)
            return s;
        written = end;
        if (progress && !progress(written, total))
            break;
    }
    // Thousands of batches leave each full-text index in many segments; one merge at the end
    // makes every later search look a word up once.
    if (Status s = m_database.optimizeSearchIndex(); !s)
        return s;
    return written;
}

} // namespace minutebook
