#include "RegisterDocks.h"

#include "ActionListView.h"
#include "DecisionRegisterView.h"
#include "MeetingSessions.h"
#include "SearchPane.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace minutebook {

RegisterDocks::RegisterDocks(
    QMainWindow *window, MeetingSessions &sessions, Dialogs &dialogs, QMenu *viewMenu)
    : QObject(window)
    , m_window(window)
    , m_sessions(sessions)
    , m_dialogs(dialogs)
{
    m_searchDock = addDock(tr("Search"), QStringLiteral("searchDock"), Qt::LeftDockWidgetArea);
    m_search = new SearchPane(sessions.database(), m_searchDock);
    m_searchDock->setWidget(m_search);
    m_decisionDock = addDock(
        tr("Decision register"), QStringLiteral("decisionRegisterDock"), Qt::BottomDockWidgetArea);
    m_actionDock
        = addDock(tr("Assignments"), QStringLiteral("actionListDock"), Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(m_decisionDock, m_actionDock);
    m_decisionDock->hide();
    m_actionDock->hide();
    // Built when first shown (by the menu or by a restored layout).
    // Shown again: read afresh, the minutes may have been edited meanwhile.
    connect(m_decisionDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_decisions)
            m_decisions->reload();
        else if (visible)
            decisionRegister();
    });
    connect(m_actionDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_actions)
            m_actions->reload();
        else if (visible)
            actionList();
    });
    connect(m_search, &SearchPane::hitActivated, this, &RegisterDocks::openRequested);
    // Hits follow the minutes: a change to a meeting runs the shown search again.
    connect(&sessions, &MeetingSessions::meetingChanged, m_search, &SearchPane::refreshHits);
    createActions(viewMenu);
}

QDockWidget *RegisterDocks::addDock(
    const QString &title, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    m_window->addDockWidget(area, dock);
    return dock;
}

void RegisterDocks::createActions(QMenu *view)
{
    view->addSeparator();
    m_searchAction = view->addAction(tr("&Search"));
    m_searchAction->setShortcut(QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusField();
    });
    m_decisionAction = m_decisionDock->toggleViewAction();
    m_decisionAction->setText(tr("&Decision register"));
    m_decisionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addAction(m_decisionAction);
    m_actionListAction = m_actionDock->toggleViewAction();
    m_actionListAction->setText(tr("&Assignments"));
    m_actionListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(m_actionListAction);
    QAction *searchDockToggle = m_searchDock->toggleViewAction();
    searchDockToggle->setText(tr("Search &pane"));
    view->addAction(searchDockToggle);
}

DecisionRegisterView *RegisterDocks::decisionRegister()
{
    if (!m_decisions) {
        m_decisions = new DecisionRegisterView(m_sessions, m_dialogs);
        m_decisionDock->setWidget(m_decisions);
        connect(m_decisions, &DecisionRegisterView::openRequested, this,
            [this](qint64 meetingId, qint64 itemId) { emit openRequested(meetingId, itemId, {}); });
    }
    return m_decisions;
}

ActionListView *RegisterDocks::actionList()
{
    if (!m_actions) {
        m_actions = new ActionListView(m_sessions, m_dialogs);
        m_actionDock->setWidget(m_actions);
        connect(m_actions, &ActionListView::openRequested, this,
            [this](qint64 meetingId, qint64 itemId) { emit openRequested(meetingId, itemId, {}); });
    }
    return m_actions;
}

} // namespace minutebook
