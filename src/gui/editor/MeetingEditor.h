#pragma once

// The centre of the main window: the minutes of one meeting being written. Header on top;
// attendance and the agenda tree on the left; the chosen item on the right. It shows the
// meeting's session, which MeetingSessions hands it (each meeting keeps its own session and
// undo history); every edit goes through that session (undoable, saved as it is made).
// Approved minutes are shown read-only. Edit-menu actions (items, decision, assignment, defer,
// next meeting) live here.

#include "Result.h"

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QUndoStack;

namespace minutebook {

class AgendaTreeView;
class AttendanceEditor;
class Database;
class HeaderEditor;
class ItemEditor;
class MeetingSession;
class MeetingSessions;

class MeetingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingEditor(MeetingSessions &sessions, QWidget *parent = nullptr);

    /// Saves what is pending and shows the meeting (0: none).
    void showMeeting(qint64 meetingId);
    qint64 meetingId() const;
    /// Selects the item, scrolls to it and marks `terms` in its text.
    void openItem(qint64 itemId, const QStringList &terms = {});
    qint64 currentItemId() const;

    /// Adds the next item after the current one and puts the cursor in its title.
    void addNextItem();
    /// Asks for the date (proposing one) and creates the next meeting of the body.
    void newMeetingFromPrevious();
    /// The same without asking; the new meeting's id, or a failure.
    Result<qint64> createNextMeeting(const QDate &date);

    /// For the Edit menu, in order (nullptr stands for a separator).
    QList<QAction *> editActions() const { return m_editActions; }
    QAction *newMeetingAction() const { return m_newMeeting; }
    QUndoStack *undoStack() const;
    QSplitter *splitter() const { return m_splitter; }
    QSplitter *leftSplitter() const { return m_left; }
    /// The last failure shown in the editor; empty when none.
    QString noticeText() const;

signals:
    /// A new undo stack belongs to the meeting now shown.
    void undoStackChanged(QUndoStack *stack);
    /// Something was saved (the list and the preview may refresh).
    void saved();
    /// The shown meeting's header changed (typed, not yet saved).
    void headerChanged();
    /// The next meeting was created (or completed); show it.
    void meetingCreated(qint64 meetingId);

private:
    QWidget *buildAgenda();
    void createActions();
    QAction *addAction(const QString &text, const QKeySequence &key, void (MeetingEditor::*slot)());
    void bind(MeetingSession &session);
    void selectItem(qint64 itemId);
    void showNotice(const QString &message);
    void updateActions();
    void addSubItem();
    void removeCurrent();
    void moveCurrentUp();
    void moveCurrentDown();
    void indentCurrent();
    void outdentCurrent();
    void addDecision();
    void addAssignment();
    void deferCurrent();

    MeetingSessions &m_sessions;
    MeetingSession *m_session = nullptr;
    HeaderEditor *m_header = nullptr;
    AttendanceEditor *m_attendance = nullptr;
    AgendaTreeView *m_agendaView = nullptr;
    ItemEditor *m_item = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_left = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_readOnly = nullptr;
    QList<QAction *> m_editActions;
    QAction *m_newMeeting = nullptr;
};

} // namespace minutebook
