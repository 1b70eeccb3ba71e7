#include "MeetingWriter.h"

#include "Numbering.h"
#include "SqlDialect.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace minutebook {

namespace {
QStringList columns(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

// Qt's SQLite driver matches bound values to placeholders in quadratic time, so statements
// stay at a few hundred values: large enough that triggers run per statement, not per row.
constexpr int maxValuesPerStatement = 400;
} // namespace

MeetingWriter::MeetingWriter(const Database &database)
    : m_database(database)
    , m_bodies(database)
    , m_persons(database)
    , m_meetings {"meetings",
          columns("id,body_id,title,meeting_date,start_time,end_time,place,minute_taker,"
                  "status,notes,prepared_from_id"),
          {}}
    , m_attendance {"attendance", columns("meeting_id,person_id,group_label,status,note,position"),
          {}}
    , m_items {"agenda_items",
          columns("id,meeting_id,parent_id,position,number,title,presenter,responsible,body,"
                  "deferred_to,deferred_from_item_id"),
          {}}
    , m_decisions {"decisions", columns("id,item_id,number,text"), {}}
    , m_actions {"actions",
          columns("id,item_id,position,text,assignee,due_date,status,status_date,"
                  "origin_action_id"),
          {}}
{ }

Status MeetingWriter::resolveNames(Meeting &meeting)
{
    if (meeting.body.id == 0) {
        if (const auto it = m_bodyIds.constFind(meeting.body.name); it != m_bodyIds.constEnd()) {
            meeting.body.id = it.value();
        } else {
            if (Status s = m_bodies.ensureInTransaction(meeting.body); !s)
                return s;
            m_bodyIds.insert(meeting.body.name, meeting.body.id);
        }
    }
    for (Attendance &a : meeting.attendees) {
        if (Status s = m_persons.ensureInTransaction(a.person); !s)
            return s;
    }
    return {};
}

Result<MeetingWriter::Ids> MeetingWriter::nextIds() const
{
    // Until this transaction ends, no other program adds rows with the ids given out here.
    if (Status s = m_database.dialect().lockForNewIds(m_database.connection(),
            {QLatin1String(m_meetings.name), QLatin1String(m_items.name),
                QLatin1String(m_decisions.name), QLatin1String(m_actions.name)});
        !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM meetings), "
                           "(SELECT coalesce(max(id), 0) FROM agenda_items), "
                           "(SELECT coalesce(max(id), 0) FROM decisions), "
                           "(SELECT coalesce(max(id), 0) FROM actions)"),
            {});
        !s)
        return s;
    q.next();
    Ids ids;
    ids.meeting = q.value(0).toLongLong() + 1;
    ids.item = q.value(1).toLongLong() + 1;
    ids.decision = q.value(2).toLongLong() + 1;
    ids.action = q.value(3).toLongLong() + 1;
    return ids;
}

Status MeetingWriter::insert(QVector<Meeting> &meetings)
{
    auto forget = [this](const Status &s) {
        // The caller rolls back: ids cached during this call may not exist afterwards.
        m_bodyIds.clear();
        m_persons.forget();
        return s;
    };
    for (Meeting &m : meetings) {
        if (!m.date.isValid())
            return forget(Status::failure(tr("A meeting needs a date.")));
        if (Status s = resolveNames(m); !s)
            return forget(s);
    }
    Result<Ids> next = nextIds();
    if (!next)
        return forget(next.status());
    Ids &ids = next.value();
    for (Meeting &m : meetings) {
        m.id = ids.meeting++;
        m_meetings.values << m.id << m.body.id << m.title << sql::date(m.date) << sql::time(m.start)
                          << sql::time(m.end) << m.place << m.minuteTaker << toString(m.status)
                          << m.notes << sql::id(m.preparedFromId);
        for (int i = 0; i < m.attendees.size(); ++i) {
            const Attendance &a = m.attendees.at(i);
            m_attendance.values << m.id << a.person.id << a.groupLabel << toString(a.status)
                                << a.note << i;
        }
        // Decision numbers count through the meeting and are kept once given.
        int nextDecision = 1;
        forEachItem(m.items, [&](const AgendaItem &item, const QString &, int) {
            for (const Decision &d : item.decisions)
                nextDecision = qMax(nextDecision, d.number + 1);
        });
        addItems(m.id, m.items, 0, QString(), ids, nextDecision);
    }
    for (Table *table : {&m_meetings, &m_attendance, &m_items, &m_decisions, &m_actions}) {
        if (Status s = flush(*table); !s)
            return forget(s);
    }
    // The rows carry ids of their own: a server's identity sequences continue after them.
    return m_database.dialect().moveIdentitiesOn(m_database.connection(),
        {QLatin1String(m_meetings.name), QLatin1String(m_items.name),
            QLatin1String(m_decisions.name), QLatin1String(m_actions.name)});
}

void MeetingWriter::addItems(qint64 meetingId, QVector<AgendaItem> &items, qint64 parentId,
    const QString &parentNumber, Ids &ids, int &nextDecision)
{
    for (int i = 0; i < items.size(); ++i) {
        AgendaItem &item = items[i];
        const QString number = itemNumber(parentNumber, i);
        item.id = ids.item++;
        m_items.values << item.id << meetingId << sql::id(parentId) << i << number << item.title
                       << item.presenter << item.responsible << item.body
                       << sql::date(item.deferredTo) << sql::id(item.deferredFromItemId);
        for (Decision &d : item.decisions) {
            d.id = ids.decision++;
            if (d.number == 0)
                d.number = nextDecision++;
            m_decisions.values << d.id << item.id << d.number << d.text;
        }
        for (int a = 0; a < item.actions.size(); ++a) {
            ActionItem &action = item.actions[a];
            action.id = ids.action++;
            m_actions.values << action.id << item.id << a << action.text << action.assignee
                             << sql::date(action.due) << toString(action.status)
                             << sql::date(action.statusDate) << sql::id(action.originActionId);
        }
        addItems(meetingId, item.children, item.id, number, ids, nextDecision);
    }
}

Status MeetingWriter::flush(Table &table) const
{
    const int width = int(table.columns.size());
    const int rowsPerStatement = maxValuesPerStatement / width;
    const QString rowPlaceholder = QLatin1Char('(')
        + QStringList(width, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                             .arg(QLatin1String(table.name), table.columns.join(QLatin1Char(',')));
    QSqlQuery full(m_database.connection());
    int preparedRows = 0;
    const int totalRows = int(table.values.size()) / width;
    Status result;
    for (int row = 0; row < totalRows && result; row += rowsPerStatement) {
        const int rows = qMin(rowsPerStatement, totalRows - row);
        if (rows != preparedRows) {
            if (!full.prepare(head + QStringList(rows, rowPlaceholder).join(QLatin1Char(',')))) {
                result = Status::failure(Database::describe(full));
                break;
            }
            preparedRows = rows;
        }
        for (int v = 0; v < rows * width; ++v)
            full.bindValue(v, sql::value(table.values.at(row * width + v)));
        result = sql::exec(full);
    }
    table.values.clear();
    return result;
}

} // namespace minutebook
