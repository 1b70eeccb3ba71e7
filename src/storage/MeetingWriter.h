#pragma once

// Inserts whole meetings, many at a time, inside the caller's transaction. Ids are assigned
// here (the transaction holds the write lock) so that each table is written with a few
// multi-row INSERT statements: the FTS triggers then run once per statement rather than per
// row, which is what makes generating or importing 100,000 meetings take seconds.

#include "BodyRepository.h"
#include "Database.h"
#include "Meeting.h"
#include "PersonRepository.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantList>

namespace minutebook {

class MeetingWriter
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::MeetingWriter)

public:
    explicit MeetingWriter(const Database &database);

    /// Inserts the meetings and fills in every id (meeting, body, persons, items, decisions,
    /// actions). Must run inside a transaction; on failure the caller rolls back.
    Status insert(QVector<Meeting> &meetings);

private:
    struct Table
    {
        const char *name;
        QStringList columns;
        QVariantList values;
    };
    struct Ids
    {
        qint64 meeting = 0, item = 0, decision = 0, action = 0;
    };
    Status resolveNames(Meeting &meeting);
    Result<Ids> nextIds() const;
    void addItems(qint64 meetingId, QVector<AgendaItem> &items, qint64 parentId,
        const QString &parentNumber, Ids &ids, int &nextDecision);
    Status flush(Table &table) const;

    const Database &m_database;
    BodyRepository m_bodies;
    PersonRepository m_persons;
    QHash<QString, qint64> m_bodyIds;
    Table m_meetings;
    Table m_attendance;
    Table m_items;
    Table m_decisions;
    Table m_actions;
};

} // namespace minutebook
