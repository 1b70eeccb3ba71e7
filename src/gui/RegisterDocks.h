#pragma once

// Adds the cross-meeting areas to the main window as dock widgets, each with an entry and a
// shortcut under View: the search pane (Ctrl+F, on the left), the decision register
// (Ctrl+Shift+D) and the action list (Ctrl+Shift+A), both below. The registers are built the
// first time they are shown. Hits and register rows open their meeting through
// MainWindow::openMeetingAt; the action list's undo stack joins MainWindow::undoGroup().

#include <QObject>

class QAction;
class QDockWidget;

namespace minutebook {

class ActionListView;
class DecisionRegisterView;
class MainWindow;
class SearchPane;

class RegisterDocks : public QObject
{
    Q_OBJECT

public:
    /// Call from MainWindow's constructor after its menus exist and before its layout is
    /// restored (the docks have object names, so their places are remembered).
    explicit RegisterDocks(MainWindow *window);

    SearchPane *searchPane() const { return m_search; }
    /// Built on first use.
    DecisionRegisterView *decisionRegister();
    ActionListView *actionList();
    QAction *searchAction() const { return m_searchAction; }
    QAction *decisionAction() const { return m_decisionAction; }
    QAction *actionListAction() const { return m_actionListAction; }
    /// After meetings were added or changed elsewhere: fresh choices and rows.
    void reload();

private:
    QDockWidget *addDock(const QString &title, const QString &name, Qt::DockWidgetArea area);
    void createActions();

    MainWindow *m_window;
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
