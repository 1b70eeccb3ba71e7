#pragma once

// The main window: assembles the meeting list, the meeting editor (with the read-only minutes
// in a tab beside it), the registers, menus and status bar, and connects them. The work itself
// is done by the widgets it holds; the open meetings (MeetingSessions) are made outside it and
// handed in, and it hands them on.

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QScrollArea;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace minutebook {

class ApprovalActions;
class Database;
class Dialogs;
class DocumentActions;
class GuideWindow;
class MeetingEditor;
class MeetingSessions;
class MeetingListView;
class MeetingView;
class NoMeetingPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `sessions` (and its database) and `dialogs` must outlive the window.
    MainWindow(MeetingSessions &sessions, Dialogs &dialogs, QWidget *parent = nullptr);

    /// Call once the window is shown: offers the example on an empty database, then shows the
    /// newest meeting.
    void start();

    const Database &database() const { return m_database; }
    Dialogs &dialogs() const { return m_dialogs; }
    MeetingSessions &sessions() const { return m_sessions; }
    /// The archive as the title, the status bar and About name it: the file's path, or
    /// user@server/database for a server (never a password).
    QString archiveName() const;
    /// File menu entries about the archive itself go before this action (the separator above
    /// Quit).
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *archiveActionsPlace() const { return m_archivePlace; }
    /// The window's size, docks and splitters, and the meeting shown, for the next start (or the
    /// next archive's window).
    void saveLayout() const;

    /// The meeting the user is looking at; 0 when none.
    qint64 currentMeetingId() const;
    /// Selects the meeting in the list and shows it; when `itemId` is not 0, scrolls to that
    /// item, with `terms` (words of a search) highlighted.
    void openMeetingAt(qint64 meetingId, qint64 itemId = 0, const QStringList &terms = {});

    /// Every meeting's undo stack joins this group (MeetingSessions::undoGroup); Edit →
    /// Undo/Redo act on the active one.
    QUndoGroup *undoGroup() const;

signals:
    /// The meeting shown (0: none).
    void currentMeetingChanged(qint64 meetingId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void showMeeting(qint64 meetingId);
    /// The editor's place while no meeting is chosen (NoMeetingPanel), saying why.
    void showNoMeeting();
    void loadExample();
    void newMeeting();
    void showCount(int count);
    void showAbout();
    /// Help → User Guide: the guide's window, or the one already open brought forward.
    void showGuide();
    void reportLoadFailure(const QString &message);
    void restoreLayout();
    void createEditor();
    void showCreatedMeeting(qint64 meetingId);
    void followChanges();
    void flushShown();

    MeetingSessions &m_sessions;
    const Database &m_database;
    Dialogs &m_dialogs;
    QSplitter *m_splitter = nullptr;
    MeetingListView *m_list = nullptr;
    MeetingView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    MeetingEditor *m_editor = nullptr;
    /// The editor tab: the editor, or the panel while no meeting is chosen.
    QStackedWidget *m_editorPage = nullptr;
    QScrollArea *m_editorScroll = nullptr; ///< the editor, scrolled where the window is too small
    NoMeetingPanel *m_noMeeting = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_newMeetingAction = nullptr;
    QLabel *m_countLabel = nullptr;
    DocumentActions *m_documents = nullptr;
    ApprovalActions *m_approvals = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_archivePlace = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_meetingMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QPointer<GuideWindow> m_guide; ///< Help → User Guide while it is open
};

} // namespace minutebook
