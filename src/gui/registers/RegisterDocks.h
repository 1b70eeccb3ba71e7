#pragma once

// Adds the cross-meeting areas to a main window as dock widgets, each with an entry and a
// shortcut in the View menu it is given: the search pane (Ctrl+F, on the left), the decision
// register (Ctrl+Shift+D) and the action list (Ctrl+Shift+A), both below. The registers are
// built the first time they are shown and follow every change to a meeting (MeetingSessions).
// Hits and register rows ask for their meeting to be opened (openRequested).

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace minutebook {

class ActionListView;
class DecisionRegisterView;
class Dialogs;
class MeetingSessions;
class SearchPane;

class RegisterDocks : public QObject
{
    Q_OBJECT

public:
    /// Call after the window's menus exist and before its layout is restored (the docks have
    /// object names, so their places are remembered).
    RegisterDocks(
        QMainWindow *window, MeetingSessions &sessions, Dialogs &dialogs, QMenu *viewMenu);

    SearchPane *searchPane() const { return m_search; }
    /// Built on first use.
    DecisionRegisterView *decisionRegister();
    ActionListView *actionList();
    QAction *searchAction() const { return m_searchAction; }
    QAction *decisionAction() const { return m_decisionAction; }
    QAction *actionListAction() const { return m_actionListAction; }
signals:
    /// A hit or a register row asks for its meeting, at the item, with the words marked.
    void openRequested(qint64 meetingId, qint64 itemId, const QStringList &terms);

private:
    QDockWidget *addDock(const QString &title, const QString &name, Qt::DockWidgetArea area);
    void createActions(QMenu *viewMenu);

    QMainWindow *m_window;
    MeetingSessions &m_sessions;
    Dialogs &m_dialogs;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_decisionDock = nullptr;
    QDockWidget *m_actionDock = nullptr;
    SearchPane *m_search = nullptr;
    DecisionRegisterView *m_decisions = nullptr;
    ActionListView *m_actions = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_decisionAction = nullptr;
    QAction *m_actionListAction = nullptr;
};

} // namespace minutebook
