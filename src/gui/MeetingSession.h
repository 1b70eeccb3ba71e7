#pragma once

// The meeting being edited: its header, attendance and agenda models, its undo stack and its
// autosave. Every user edit enters here as an undoable command; structural edits (items,
// attendance, decisions, assignments, deferral) are written at once, one transaction each;
// typing is applied at once and written by the autosave at most `autosaveDelay` later, also
// one transaction. Widgets show the models and call these functions; they never write.

#include "AgendaEdits.h"
#include "AttendanceEdits.h"
#include "FollowUp.h"
#include "MeetingRepository.h"
#include "MeetingRules.h"
#include "RecordEdits.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class QUndoStack;

namespace minutebook {

class AgendaModel;
class AttendanceModel;

class MeetingSession : public QObject
{
    Q_OBJECT

public:
    enum HeaderField { TitleField, DateField, StartField, EndField, PlaceField, MinuteTakerField };
    enum ItemField { ItemTitle, ItemPresenter, ItemResponsible, ItemBody };
    static constexpr int autosaveDelay = 500; ///< ms; the timer is not restarted by typing

    explicit MeetingSession(const Database &database, QObject *parent = nullptr);
    ~MeetingSession() override;

    /// Saves what is pending, then loads the meeting (0: none) with a fresh undo stack.
    Status load(qint64 meetingId);
    qint64 meetingId() const { return m_header.id; }
    /// The header fields (no attendees, no items: see the models).
    const Meeting &header() const { return m_header; }
    bool isReadOnly() const { return MeetingRules::isFrozen(m_header.status); }
    QUndoStack *undoStack() const { return m_stack; }
    AgendaModel *agenda() const { return m_agenda; }
    AttendanceModel *attendance() const { return m_attendance; }
    /// Names of everybody known, for completion.
    QStringList personNames() const;
    /// The whole meeting as it stands, unsaved typing included.
    Meeting meeting() const;

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
    void editAction(const ActionItem &before, const ActionItem &after);
    void removeAction(qint64 itemId, qint64 actionId);
    /// Defers the item; the later meeting is created as a draft when needed.
    void defer(qint64 itemId, const QDate &date);
    /// The date the body's next meeting would have (see FollowUp::proposedDate).
    Result<QDate> proposedNextDate() const;
    /// Creates the body's next meeting on `date` (see FollowUp::createFromPrevious).
    Result<qint64> createNextMeeting(const QDate &date);

    /// Writes pending typing now (the autosave's work); true when nothing is pending after.
    Status flush();
    bool hasPendingChanges() const { return m_headerDirty || !m_dirtyItems.isEmpty(); }

signals:
    void loaded();
    void headerChanged();
    /// The item's own fields, decisions or assignments changed.
    void itemChanged(qint64 itemId);
    /// A new item should be selected (after add, or undo of a removal).
    void itemAdded(qint64 itemId);
    /// An edit or a save failed; the message is for the user. Nothing typed is dropped.
    void failed(const QString &message);
    /// Something was written (a meeting list or preview may want to refresh).
    void saved();
    /// A deferral created or filled a later meeting.
    void otherMeetingChanged(qint64 meetingId);

private:
    void push(const QString &text, std::function<Status()> redo, std::function<Status()> undo);
    void markDirty(qint64 itemId);
    void report(const QString &message);
    Status insertItem(qint64 parentId, int row, AgendaItem item);
    Status removeItemNow(qint64 itemId);
    Status moveItemNow(qint64 itemId, qint64 parentId, int row);
    Status setAttendanceNow(const Attendance &attendance);
    Status removeAttendanceNow(qint64 personId);
    void changeItem(qint64 itemId, const std::function<void(AgendaItem &)> &change);
    qint64 itemOfRecord(qint64 recordId, bool decision) const;
    QString headerFieldName(HeaderField field) const;
    QString itemFieldName(ItemField field) const;

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
    QSet<qint64> m_dirtyItems;
};

} // namespace minutebook
