#pragma once

// One open meeting, the document every view of it observes (after Tiled's MapDocument): its
// header, attendance and agenda models, its undo stack and its autosave. Every change to the
// meeting — from the editor, the assignment list, the decision register — enters here as a
// named undoable command (editing/*Command) on this stack; structural edits are written at
// once, one transaction each; typing is applied at once and written by the autosave at most
// `autosaveDelay` later, also one transaction. The models and the signals tell every view what
// changed; widgets never write. Sessions are made and kept by MeetingSessions.

#include "AgendaEdits.h"
#include "AttendanceEdits.h"
#include "FollowUp.h"
#include "MeetingRepository.h"
#include "MeetingRules.h"
#include "RecordEdits.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class QUndoStack;

namespace minutebook {

class AgendaModel;
class AttendanceModel;
class SessionCommand;

class MeetingSession : public QObject
{
    Q_OBJECT

public:
    enum HeaderField { TitleField, DateField, StartField, EndField, PlaceField, MinuteTakerField };
    enum ItemField { ItemTitle, ItemPresenter, ItemResponsible, ItemBody };
    static constexpr int autosaveDelay = 500; ///< ms; the timer is not restarted by typing

    explicit MeetingSession(const Database &database, QObject *parent = nullptr);
    ~MeetingSession() override;

    /// Saves what is pending, then loads the meeting (0: none) with an empty undo stack.
    Status load(qint64 meetingId);
    /// Reads the meeting again after a change made elsewhere (a deferral into it); typing not
    /// yet saved is written first, and the undo history stays.
    Status reload();
    qint64 meetingId() const { return m_header.id; }
    /// The header fields (no attendees, no items: see the models).
    const Meeting &header() const { return m_header; }
    /// Nothing of it can be changed: approved (frozen), or the archive is open read-only.
    bool isReadOnly() const;
    /// The archive itself cannot be written (a read-only file or connection): not even an
    /// assignment's status.
    bool archiveIsReadOnly() const;
    QUndoStack *undoStack() const { return m_stack; }
    AgendaModel *agenda() const { return m_agenda; }
    AttendanceModel *attendance() const { return m_attendance; }
    /// Names of everybody known, for completion; empty (and failed() emitted) when they cannot
    /// be read.
    QStringList personNames();

    // The edits a user makes. Each becomes a command on the undo stack.
    void setHeaderField(HeaderField field, const QVariant &value);
    void setItemField(qint64 itemId, ItemField field, const QString &value);
    /// A new empty item after `afterId` at its level (0: at the end); returns its id (0 on
    /// failure, reported).
    qint64 addItemAfter(qint64 afterId);
    qint64 addChildItem(qint64 parentId);
    void removeItem(qint64 itemId);
    void moveItem(qint64 itemId, qint64 parentId, int row);
    void moveUp(qint64 itemId);
    void moveDown(qint64 itemId);
    void indent(qint64 itemId);
    void outdent(qint64 itemId);
    void toggleAttendance(qint64 personId);
    /// `name` of a known person is that person; a new name becomes a new person.
    void addGuest(const QString &name, const QString &presented);
    /// Fails (and changes nothing) when somebody of that name is on the roster already.
    Status addRosterMember(const QString &name, const QString &groupLabel);
    /// Returns the new decision's id (0 on failure, reported).
    qint64 addDecision(qint64 itemId, const QString &text = {});
    void editDecision(const Decision &before, const Decision &after);
    void removeDecision(qint64 itemId, qint64 decisionId);
    qint64 addAction(qint64 itemId, const ActionItem &action);
    /// Text, assignee and due date as one edit; a changed status as "Mark assignment done".
    void editAction(const ActionItem &before, const ActionItem &after);
    void removeAction(qint64 itemId, qint64 actionId);
    /// Marks an assignment done or open, with today's date; allowed in approved minutes
    /// (follow-up). Fails when the meeting holds no such assignment.
    Status setActionStatus(qint64 actionId, ActionStatus status);
    /// Defers the item; the later meeting is created as a draft when needed.
    void defer(qint64 itemId, const QDate &date);
    /// The date the body's next meeting would have (see FollowUp::proposedDate).
    Result<QDate> proposedNextDate() const;
    /// Creates the body's next meeting on `date` (see FollowUp::createFromPrevious).
    Result<qint64> createNextMeeting(const QDate &date);

    /// Writes pending typing now (the autosave's work).
    Status flush();
    bool hasPendingChanges() const { return m_headerDirty || !m_dirtyItems.isEmpty(); }

    // For the commands (editing/*Command): each writes through storage, then changes the
    // models and emits what changed. Not for views.
    void applyHeaderField(HeaderField field, const QVariant &value);
    void applyItemField(qint64 itemId, ItemField field, const QString &value);
    Status insertItemNow(qint64 parentId, int row, AgendaItem &item);
    Status removeItemNow(qint64 itemId);
    Status moveItemNow(qint64 itemId, qint64 parentId, int row);
    Status setAttendanceNow(Attendance &attendance);
    /// Takes the person out of this meeting's attendance (and out of the list when they are
    /// not on the roster).
    Status removeAttendanceNow(qint64 personId);
    Status addToRosterNow(RosterEntry &entry);
    Status removeFromRosterNow(qint64 personId);
    Status setActionStatusNow(qint64 itemId, qint64 actionId, ActionStatus status, const QDate &on);
    /// Replaces the item's own fields, decisions and assignments in the model (after a write).
    void changeItem(qint64 itemId, const std::function<void(AgendaItem &)> &change);
    void otherMeetingChangedNow(qint64 meetingId) { emit otherMeetingChanged(meetingId); }
    void report(const QString &message) { emit failed(message); }
    /// A command's write failed: reported, and push() says so (QUndoStack deletes the command
    /// on the spot, so nobody may look at it afterwards).
    void commandFailed(const QString &message)
    {
        m_commandFailed = true;
        report(message);
    }
    RecordEdits &recordEdits() { return m_recordEdits; }
    FollowUp &followUp() { return m_followUp; }

signals:
    void loaded();
    void headerChanged();
    /// The item's own fields, decisions or assignments changed.
    void itemChanged(qint64 itemId);
    /// A new item should be selected (after add, or undo of a removal).
    void itemAdded(qint64 itemId);
    /// An edit or a save failed; the message is for the user. Nothing typed is dropped.
    void failed(const QString &message);
    /// Something was written (a meeting list, a register or the minutes view may refresh).
    void saved();
    /// An assignment's status was written (registers update the row in place).
    void actionStatusChanged(qint64 actionId, ActionStatus status, const QDate &date);
    /// A deferral created or filled another meeting.
    void otherMeetingChanged(qint64 meetingId);

private:
    /// Pushes the command unless the minutes are frozen (`followUp`: allowed then too); pending
    /// typing is written first, so the database sees edits in the order they were made.
    /// Returns whether it was applied; when not, the command is already deleted.
    bool push(SessionCommand *command, bool followUp = false);
    void show(const Meeting &meeting, const QVector<RosterEntry> &roster);
    void markDirty(qint64 itemId);
    qint64 itemOfRecord(qint64 recordId, bool decision) const;
    const ActionItem *action(qint64 actionId, qint64 *itemId) const;

    const Database &m_database;
    MeetingRepository m_meetings;
    AgendaEdits m_agendaEdits;
    AttendanceEdits m_attendanceEdits;
    RecordEdits m_recordEdits;
    FollowUp m_followUp;
    Meeting m_header;
    AgendaModel *m_agenda = nullptr;
    AttendanceModel *m_attendance = nullptr;
    QUndoStack *m_stack = nullptr;
    QTimer m_autosave;
    bool m_headerDirty = false;
    bool m_commandFailed = false; ///< set by commandFailed() while push() runs a command
    QSet<qint64> m_dirtyItems;
};

} // namespace minutebook
