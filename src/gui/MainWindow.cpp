#include "MainWindow.h"

#include "Database.h"
#include "Dialogs.h"
#include "ExampleMinutes.h"
#include "ImportDialog.h"
#include "LanguageMenu.h"
#include "MeetingListModel.h"
#include "MeetingListView.h"
#include "MeetingView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoGroup>

namespace minutebook {

namespace {
const char geometryKey[] = "mainWindow/geometry";
const char stateKey[] = "mainWindow/state";
const char splitterKey[] = "mainWindow/splitter";
} // namespace

MainWindow::MainWindow(const Database &database, Dialogs &dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_dialogs(dialogs)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new MeetingListView(database, m_splitter))
    , m_view(new MeetingView(database, m_splitter))
    , m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("Minutebook — %1").arg(QFileInfo(database.path()).fileName()));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setContentsMargins(6, 6, 6, 0);
    setCentralWidget(m_splitter);

    connect(m_list, &MeetingListView::currentMeetingChanged, this, &MainWindow::showMeeting);
    connect(m_list, &MeetingListView::loadFailed, this, &MainWindow::reportLoadFailure);
    connect(m_list->model(), &MeetingListModel::totalCountChanged, this, &MainWindow::showCount);

    createMenus();
    createStatusBar();
    restoreLayout();
    m_list->setFocus();
}

void MainWindow::start()
{
    const Result<bool> example = ExampleMinutes::offer(m_database, m_dialogs, this);
    if (!example.ok())
        m_dialogs.warning(this, tr("Example not loaded"), example.error());
    if (example.ok() && example.value())
        m_list->reload();
    m_list->selectNewest();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, [this] {
        const QVector<qint64> imported = ImportDialog::run(m_database, m_dialogs, this);
        if (imported.isEmpty())
            return;
        m_list->reload();
        if (!m_list->selectMeeting(imported.last()))
            showMeeting(imported.last());
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    // Not QKeySequence::Quit: some platforms bind nothing to it, and Ctrl+Q is what users expect.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_editMenu->addAction(undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, as the editor's users expect, plus the platform's own (Ctrl+Y).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    m_editMenu->addAction(redo);

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    view->addMenu(new LanguageMenu(m_dialogs, this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Minutebook"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    auto *path = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(path, 1);
    m_countLabel = new QLabel;
    statusBar()->addPermanentWidget(m_countLabel);
    showCount(m_list->model()->totalCount());
}

void MainWindow::showMeeting(qint64 meetingId)
{
    if (meetingId == 0)
        m_view->showNothing(m_list->emptyText());
    else
        m_view->showMeeting(meetingId);
}

qint64 MainWindow::currentMeetingId() const
{
    return m_view->meetingId();
}

void MainWindow::openMeetingAt(qint64 meetingId, qint64 itemId, const QStringList &terms)
{
    if (!m_list->selectMeeting(meetingId))
        showMeeting(meetingId);
    // The read-only view cannot scroll to an item yet; the editor will.
    Q_UNUSED(itemId);
    Q_UNUSED(terms);
}

void MainWindow::showCount(int count)
{
    m_countLabel->setText(tr("%n meeting(s)", nullptr, count));
}

void MainWindow::showAbout()
{
    const QString text
        = QStringLiteral("<h3>Minutebook %1</h3><p>%2</p><p>%3</p><p>%4</p>")
              .arg(QStringLiteral(MINUTEBOOK_VERSION),
                  tr("Meeting minutes for the people who write and read them."),
                  tr("Licence: GNU General Public License, version 3 or later "
                     "(GPL-3.0-or-later)."),
                  tr("Built with Qt %1, running on Qt %2.")
                      .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_dialogs.about(this, tr("About Minutebook"), text);
}

void MainWindow::reportLoadFailure(const QString &message)
{
    m_dialogs.warning(this, tr("Meetings not shown"), message);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(geometryKey)).toByteArray())) {
        // First start: most of the screen, minutes readable beside the list.
        const QRect screen = QApplication::primaryScreen()
            ? QApplication::primaryScreen()->availableGeometry()
            : QRect(0, 0, 1280, 800);
        resize(qMin(1280, screen.width() * 9 / 10), qMin(860, screen.height() * 9 / 10));
    }
    restoreState(settings.value(QLatin1String(stateKey)).toByteArray());
    if (!m_splitter->restoreState(settings.value(QLatin1String(splitterKey)).toByteArray()))
        m_splitter->setSizes({420, 860});
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(geometryKey), saveGeometry());
    settings.setValue(QLatin1String(stateKey), saveState());
    settings.setValue(QLatin1String(splitterKey), m_splitter->saveState());
}

} // namespace minutebook
