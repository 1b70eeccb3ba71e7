#include "MeetingSessions.h"

#include "MeetingSession.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace minutebook {

MeetingSessions::MeetingSessions(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_group(new QUndoGroup(this))
{ }

MeetingSessions::~MeetingSessions()
{
    // Each session writes its last typing as it goes. Its stack leaves the group first: a stack
    // being destroyed clears itself, and that must not make it the active one.
    for (MeetingSession *session : std::as_const(m_sessions)) {
        disconnect(session->undoStack(), nullptr, m_group, nullptr);
        m_group->removeStack(session->undoStack());
        delete session;
    }
    m_sessions.clear();
}

MeetingSession *MeetingSessions::create(qint64 meetingId)
{
    auto *session = new MeetingSession(m_database);
    QUndoStack *stack = session->undoStack();
    m_group->addStack(stack);
    // An edit made anywhere (the editor, a register) makes its meeting's stack the active one,
    // so Ctrl+Z takes back what was just done.
    connect(stack, &QUndoStack::indexChanged, m_group,
        [this, stack] { m_group->setActiveStack(stack); });
    connect(session, &MeetingSession::saved, this, [this, session] {
        if (session->meetingId() != 0)
            emit meetingChanged(session->meetingId());
    });
    connect(session, &MeetingSession::actionStatusChanged, this,
        [this, session](qint64 actionId, ActionStatus status, const QDate &date) {
            emit actionStatusChanged(session->meetingId(), actionId, status, date);
        });
    connect(session, &MeetingSession::otherMeetingChanged, this,
        [this](qint64 other) { meetingsChangedElsewhere({other}); });
    m_sessions.insert(meetingId, session);
    return session;
}

Result<MeetingSession *> MeetingSessions::session(qint64 meetingId)
{
    if (MeetingSession *known = find(meetingId))
        return known;
    MeetingSession *session = create(meetingId);
    if (Status s = session->load(meetingId); !s && session->meetingId() != meetingId) {
        m_sessions.remove(meetingId);
        delete session;
        return s;
    } else if (!s) {
        // Loaded, with something missing (the roster): shown, and said.
        emit failed(s.error());
    }
    return session;
}

MeetingSession *MeetingSessions::find(qint64 meetingId) const
{
    return m_sessions.value(meetingId, nullptr);
}

Status MeetingSessions::setActionStatus(qint64 meetingId, qint64 actionId, ActionStatus status)
{
    const Result<MeetingSession *> s = session(meetingId);
    if (!s)
        return s.status();
    m_group->setActiveStack(s.value()->undoStack());
    return s.value()->setActionStatus(actionId, status);
}

Status MeetingSessions::flushAll()
{
    Status first;
    for (MeetingSession *s : std::as_const(m_sessions)) {
        if (Status result = s->flush(); !result && first.ok())
            first = result;
    }
    return first;
}

void MeetingSessions::meetingsChangedElsewhere(const QVector<qint64> &meetingIds)
{
    for (qint64 id : meetingIds) {
        if (MeetingSession *s = find(id)) {
            if (Status r = s->reload(); !r)
                emit failed(r.error());
        }
        emit meetingChanged(id);
    }
}

} // namespace minutebook
