#pragma once

// The main window: assembles the meeting list, the meeting view, menus and status bar, and
// connects them. The work itself is done by the widgets it holds.

#include <QMainWindow>

class QLabel;
class QSplitter;

namespace minutebook {

class Database;
class Dialogs;
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

    const Database &m_database;
    Dialogs &m_dialogs;
    QSplitter *m_splitter = nullptr;
    MeetingListView *m_list = nullptr;
    MeetingView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace minutebook
