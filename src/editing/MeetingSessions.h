#pragma once

// The open meetings of the running program: one MeetingSession per meeting, made when a view
// first needs it and kept, so each meeting keeps its own undo history and every view of a
// meeting (the editor, the registers, a later server notice) changes it through the same
// session. Every session's undo stack joins one QUndoGroup, which Edit → Undo/Redo act on.
// Views that show many meetings (the list, the registers, search) follow meetingChanged and
// actionStatusChanged. Created outside the widgets and handed to them.

#include "Meeting.h"
#include "Result.h"

#include <QHash>
#include <QObject>

class QUndoGroup;

namespace minutebook {

class Database;
class MeetingSession;

class MeetingSessions : public QObject
{
    Q_OBJECT

public:
    explicit MeetingSessions(const Database &database, QObject *parent = nullptr);
    ~MeetingSessions() override;

    /// The meeting's session, loaded on first use (0: the empty session shown when no meeting
    /// is chosen). Fails with a sentence when the meeting cannot be read.
    Result<MeetingSession *> session(qint64 meetingId);
    /// The session when the meeting has one already; nullptr otherwise.
    MeetingSession *find(qint64 meetingId) const;
    QUndoGroup *undoGroup() const { return m_group; }
    const Database &database() const { return m_database; }

    /// Marks an assignment done or open as an undoable edit of its meeting, on that meeting's
    /// undo stack (which becomes the active one): the registers' way to change a meeting.
    Status setActionStatus(qint64 meetingId, qint64 actionId, ActionStatus status);
    /// Writes every session's pending typing; the first failure is returned.
    Status flushAll();
    /// Meetings changed outside any session (an import, a notice from elsewhere): their
    /// sessions read them again and the views are told.
    void meetingsChangedElsewhere(const QVector<qint64> &meetingIds);

signals:
    /// Something of the meeting was written.
    void meetingChanged(qint64 meetingId);
    /// An assignment's status was written (so a register can update its row in place).
    void actionStatusChanged(
        qint64 meetingId, qint64 actionId, ActionStatus status, const QDate &date);
    /// A session that was not shown failed to write; the message is for the user.
    void failed(const QString &message);

private:
    MeetingSession *create(qint64 meetingId);

    const Database &m_database;
    QUndoGroup *m_group = nullptr;
    QHash<qint64, MeetingSession *> m_sessions;
};

} // namespace minutebook
