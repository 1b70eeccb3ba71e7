#include "RegisterDocks.h"

#include "ActionListView.h"
#include "DecisionRegisterView.h"
#include "MainWindow.h"
#include "MeetingListModel.h"
#include "MeetingListView.h"
#include "SearchPane.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QUndoGroup>
#include <QUndoStack>

namespace minutebook {

RegisterDocks::RegisterDocks(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_searchDock = addDock(tr("Search"), QStringLiteral("searchDock"), Qt::LeftDockWidgetArea);
    m_search = new SearchPane(window->database(), m_searchDock);
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
    // Meetings imported or added: new groups and people to choose from.
    connect(window->meetingList()->model(), &MeetingListModel::totalCountChanged, m_search,
        &SearchPane::reloadChoices);
    connect(m_search, &SearchPane::hitActivated, window, &MainWindow::openMeetingAt);
    createActions();
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

void RegisterDocks::createActions()
{
    QMenu *view = m_window->viewMenu();
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
        m_decisions = new DecisionRegisterView(m_window->database(), m_window->dialogs());
        m_decisionDock->setWidget(m_decisions);
        connect(m_decisions, &DecisionRegisterView::openRequested, m_window,
            [this](
                qint64 meetingId, qint64 itemId) { m_window->openMeetingAt(meetingId, itemId); });
    }
    return m_decisions;
}

ActionListView *RegisterDocks::actionList()
{
    if (!m_actions) {
        m_actions = new ActionListView(m_window->database(), m_window->dialogs());
        m_actionDock->setWidget(m_actions);
        m_window->undoGroup()->addStack(m_actions->undoStack());
        connect(m_actions, &ActionListView::openRequested, m_window,
            [this](
                qint64 meetingId, qint64 itemId) { m_window->openMeetingAt(meetingId, itemId); });
    }
    return m_actions;
}

void RegisterDocks::reload()
{
    m_search->reloadChoices();
    if (m_decisions)
        m_decisions->reload();
    if (m_actions)
        m_actions->reload();
}

} // namespace minutebook
