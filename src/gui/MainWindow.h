#pragma once

// The main window: assembles the meeting list, the meeting editor (with the read-only minutes
// in a tab beside it), menus and status bar, and connects them. The work itself is done by the
// widgets it holds.

#include <QMainWindow>

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QUndoGroup;

namespace minutebook {

class Database;
class Dialogs;
class MeetingEditor;
class MeetingListView;
class MeetingView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `database` and `dialogs` must outlive the window.
    MainWindow(const Database &database, Dialogs &dialogs, QWidget *parent = nullptr);

    /// Call once the window is shown: offers the example on an empty database, then shows the
    /// newest meeting.
    void start();

    MeetingListView *meetingList() const { return m_list; }
    MeetingView *meetingView() const { return m_view; }
    MeetingEditor *meetingEditor() const { return m_editor; }
    /// The editor and the read-only minutes ("Minutes" tab) share the centre.
    QTabWidget *centreTabs() const { return m_tabs; }
    const Database &database() const { return m_database; }
    Dialogs &dialogs() const { return m_dialogs; }

    /// The meeting the user is looking at; 0 when none.
    qint64 currentMeetingId() const;
    /// Selects the meeting in the list and shows it; when `itemId` is not 0, scrolls to that
    /// item, with `terms` (words of a search) highlighted.
    void openMeetingAt(qint64 meetingId, qint64 itemId = 0, const QStringList &terms = {});

    /// Every undo stack of the window (a meeting's edits, the action list) joins this group;
    /// Edit → Undo/Redo act on the active one.
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void showMeeting(qint64 meetingId);
    void showCount(int count);
    void showAbout();
    void reportLoadFailure(const QString &message);
    void restoreLayout();
    void saveLayout() const;
    void createEditor();
    void showCreatedMeeting(qint64 meetingId);

    const Database &m_database;
    Dialogs &m_dialogs;
    QSplitter *m_splitter = nullptr;
    MeetingListView *m_list = nullptr;
    MeetingView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    MeetingEditor *m_editor = nullptr;
    QLabel *m_countLabel = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace minutebook
