#include "MainWindow.h"

#include "ApprovalActions.h"
#include "BodyRepository.h"
#include "Database.h"
#include "Dialogs.h"
#include "DocumentActions.h"
#include "ExampleMinutes.h"
#include "GuideWindow.h"
#include "ImportDialog.h"
#include "Language.h"
#include "LanguageMenu.h"
#include "MeetingEditor.h"
#include "MeetingListModel.h"
#include "MeetingListView.h"
#include "MeetingSession.h"
#include "MeetingSessions.h"
#include "MeetingView.h"
#include "NewMeetingDialog.h"
#include "NoMeetingPanel.h"
#include "RegisterDocks.h"
#include "SearchPane.h"
#include "ShortcutsDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace minutebook {

namespace {
const char geometryKey[] = "mainWindow/geometry";
const char stateKey[] = "mainWindow/state";
const char splitterKey[] = "mainWindow/splitter";
const char editorSplitterKey[] = "mainWindow/editorSplitter";
const char editorLeftKey[] = "mainWindow/editorLeftSplitter";
const char lastMeetingKey[] = "mainWindow/lastMeeting";
const char lastDatabaseKey[] = "mainWindow/lastMeetingDatabase";
} // namespace

MainWindow::MainWindow(MeetingSessions &sessions, Dialogs &dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_sessions(sessions)
    , m_database(sessions.database())
    , m_dialogs(dialogs)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new MeetingListView(m_database, m_splitter))
    , m_view(new MeetingView(m_database, m_splitter))
{
    // A file by its name (the path is in the status bar), a server by user@server/database.
    setWindowTitle(tr("Minutebook — %1")
                       .arg(m_database.isServer() ? m_database.path()
                                                  : QFileInfo(m_database.path()).fileName()));
    m_list->setObjectName(QStringLiteral("meetingList"));
    m_view->setObjectName(QStringLiteral("meetingView"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // The margin around the splitter by a layout, which counts it in the window's minimum size
    // (a splitter's own contents margins are not: with a large font the sides got squeezed).
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(6, 6, 6, 0);
    centreLayout->addWidget(m_splitter);
    setCentralWidget(centre);

    connect(m_list, &MeetingListView::currentMeetingChanged, this, &MainWindow::showMeeting);
    connect(m_list, &MeetingListView::loadFailed, this, &MainWindow::reportLoadFailure);
    connect(m_list->model(), &MeetingListModel::totalCountChanged, this, &MainWindow::showCount);

    createEditor();
    createMenus();
    m_noMeeting->setActions(m_newMeetingAction, m_importAction);
    showNoMeeting(); // until a meeting is chosen
    auto *docks = new RegisterDocks(this, m_sessions, m_dialogs, m_viewMenu);
    connect(docks, &RegisterDocks::openRequested, this, &MainWindow::openMeetingAt);
    // Meetings imported or added: new groups and people to choose from.
    connect(m_list->model(), &MeetingListModel::totalCountChanged, docks->searchPane(),
        &SearchPane::reloadChoices);
    m_documents = new DocumentActions(this, m_sessions, m_dialogs, m_fileMenu);
    connect(
        this, &MainWindow::currentMeetingChanged, m_documents, &DocumentActions::setCurrentMeeting);
    m_approvals = new ApprovalActions(this, m_sessions, m_dialogs, m_meetingMenu);
    connect(
        this, &MainWindow::currentMeetingChanged, m_approvals, &ApprovalActions::setCurrentMeeting);
    followChanges();
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
    // The meeting the secretary had open last time, in this database.
    const QSettings settings;
    const qint64 last = settings.value(QLatin1String(lastMeetingKey)).toLongLong();
    if (last != 0 && settings.value(QLatin1String(lastDatabaseKey)).toString() == m_database.path()
        && MeetingRepository(m_database).exists(last).ok()
        && MeetingRepository(m_database).exists(last).value()) {
        openMeetingAt(last);
        return;
    }
    m_list->selectNewest();
}

QUndoGroup *MainWindow::undoGroup() const
{
    return m_sessions.undoGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The last moment of typing is written before the window goes.
    if (Status s = m_sessions.flushAll(); !s)
        m_dialogs.warning(this, tr("Minutes not saved"), s.error());
    saveLayout();
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_newMeetingAction = file->addAction(tr("&New Meeting…"));
    m_newMeetingAction->setObjectName(QStringLiteral("newMeetingAction"));
    m_newMeetingAction->setShortcut(QKeySequence::New);
    m_newMeetingAction->setEnabled(!m_database.isReadOnly());
    connect(m_newMeetingAction, &QAction::triggered, this, &MainWindow::newMeeting);
    file->addAction(m_editor->newMeetingAction());
    file->addSeparator();
    QAction *import = m_importAction = file->addAction(tr("&Import…"));
    import->setEnabled(!m_database.isReadOnly());
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, [this] {
        const QVector<qint64> imported = ImportDialog::run(m_database, m_dialogs, this);
        if (imported.isEmpty())
            return;
        m_sessions.meetingsChangedElsewhere(imported);
        m_list->reload();
        if (!m_list->selectMeeting(imported.last()))
            showMeeting(imported.last());
    });
    m_archivePlace = file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    // Not QKeySequence::Quit: some platforms bind nothing to it, and Ctrl+Q is what users expect.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_editMenu->addAction(undo);
    QAction *redo = undoGroup()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, as the editor's users expect, plus the platform's own (Ctrl+Y).
    QList<QKeySequence> redoKeys {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    for (QAction *action : m_editor->editActions()) {
        if (action)
            m_editMenu->addAction(action);
        else
            m_editMenu->addSeparator();
    }

    // The minutes' life after writing: approval (later corrections and sending).
    m_meetingMenu = menuBar()->addMenu(tr("&Meeting"));
    m_meetingMenu->setObjectName(QStringLiteral("meetingMenu"));

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addMenu(new LanguageMenu(m_dialogs, this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(tr("&User Guide"));
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::showGuide);
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Minutebook"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    QString place = m_database.isServer() ? tr("Server: %1").arg(archiveName())
                                          : tr("Database: %1").arg(archiveName());
    if (m_database.isReadOnly())
        place += QLatin1Char(' ') + tr("(read-only)");
    auto *path = new QLabel(place);
    path->setObjectName(QStringLiteral("archiveLabel"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(path, 1);
    m_countLabel = new QLabel;
    statusBar()->addPermanentWidget(m_countLabel);
    showCount(m_list->model()->totalCount());
}

QString MainWindow::archiveName() const
{
    return m_database.isServer() ? m_database.path() : QDir::toNativeSeparators(m_database.path());
}

void MainWindow::showMeeting(qint64 meetingId)
{
    m_editor->showMeeting(meetingId);
    if (meetingId == 0) {
        m_view->showNothing(m_list->emptyText());
        showNoMeeting();
    } else {
        m_editorPage->setCurrentWidget(m_editorScroll);
        m_view->showMeeting(meetingId);
    }
    emit currentMeetingChanged(meetingId);
}

void MainWindow::showNoMeeting()
{
    // The oldest meeting's day: one index lookup, whatever the archive's size.
    const auto range = MeetingRepository(m_database).dateRange();
    const bool archiveEmpty = range.ok() && !range.value().first.isValid();
    m_noMeeting->setState(archiveEmpty, !m_database.isReadOnly(),
        m_list->model()->rowCount() == 0 ? m_list->emptyText() : QString());
    m_editorPage->setCurrentWidget(m_noMeeting);
}

void MainWindow::newMeeting()
{
    const Result<QVector<Body>> bodies = BodyRepository(m_database).list();
    if (!bodies) {
        m_dialogs.warning(this, tr("New meeting"), bodies.error());
        return;
    }
    const auto choice = NewMeetingDialog::ask(this, bodies.value(), QDate::currentDate());
    if (!choice)
        return;
    Meeting meeting;
    meeting.body = choice->body;
    meeting.date = choice->date;
    // An existing group's members, as present: the secretary ticks off who is absent.
    if (meeting.body.id != 0) {
        const auto roster = BodyRepository(m_database).roster(meeting.body.id);
        for (const RosterEntry &entry : roster.ok() ? roster.value() : QVector<RosterEntry>())
            meeting.attendees.append(
                {entry.person, entry.groupLabel, AttendanceStatus::Present, {}});
    }
    if (Status inserted = MeetingRepository(m_database).insert(meeting); !inserted) {
        m_dialogs.warning(this, tr("New meeting"), inserted.error());
        return;
    }
    showCreatedMeeting(meeting.id);
}

void MainWindow::loadExample()
{
    const Result<int> written = ExampleMinutes::load(m_database);
    if (!written.ok()) {
        m_dialogs.warning(this, tr("Example not loaded"), written.error());
        return;
    }
    m_list->reload();
    m_list->selectNewest();
}

qint64 MainWindow::currentMeetingId() const
{
    return m_editor->meetingId();
}

void MainWindow::openMeetingAt(qint64 meetingId, qint64 itemId, const QStringList &terms)
{
    if (!m_list->selectMeeting(meetingId))
        showMeeting(meetingId);
    if (m_editor->meetingId() != meetingId)
        showMeeting(meetingId);
    m_tabs->setCurrentWidget(m_editorPage);
    if (itemId != 0)
        m_editor->openItem(itemId, terms);
}

void MainWindow::createEditor()
{
    // The editor in the centre; the read-only minutes (as printed) in a tab beside it.
    m_tabs = new QTabWidget(m_splitter);
    m_editorPage = new QStackedWidget(m_tabs);
    m_editorPage->setObjectName(QStringLiteral("editorPage"));
    m_editor = new MeetingEditor(m_sessions);
    // On a small screen or with a large font the editor scrolls instead of being squeezed.
    m_editorScroll = new QScrollArea(m_editorPage);
    m_editorScroll->setObjectName(QStringLiteral("editorScroll"));
    m_editorScroll->setWidgetResizable(true);
    m_editorScroll->setFrameShape(QFrame::NoFrame);
    m_editorScroll->setWidget(m_editor);
    m_noMeeting = new NoMeetingPanel(m_editorPage);
    m_editorPage->addWidget(m_noMeeting);
    m_editorPage->addWidget(m_editorScroll);
    connect(m_noMeeting, &NoMeetingPanel::loadExampleRequested, this, &MainWindow::loadExample);
    m_tabs->setObjectName(QStringLiteral("centreTabs"));
    m_editor->setObjectName(QStringLiteral("meetingEditor"));
    m_tabs->addTab(m_editorPage, tr("Editor"));
    m_tabs->addTab(m_view, tr("Minutes"));
    m_tabs->setDocumentMode(true);
    // The shown meeting's stack is the active one when the meeting is opened and when the
    // secretary works in the editor again after another area (a stack also becomes active
    // whenever an edit lands on it: MeetingSessions).
    connect(m_editor, &MeetingEditor::undoStackChanged, undoGroup(), &QUndoGroup::setActiveStack);
    undoGroup()->setActiveStack(m_editor->undoStack());
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_editor->isAncestorOf(now))
            undoGroup()->setActiveStack(m_editor->undoStack());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The minutes tab shows what has been written, typing of the last moment included.
        if (m_tabs->currentWidget() == m_view && m_editor->meetingId() != 0) {
            flushShown();
            m_view->showMeeting(m_editor->meetingId());
        }
    });
    connect(m_editor, &MeetingEditor::meetingCreated, this, &MainWindow::showCreatedMeeting);
    connect(m_editor, &MeetingEditor::headerChanged, this, [this] {
        if (const MeetingSession *s = m_sessions.find(m_editor->meetingId())) {
            const Meeting &m = s->header();
            m_list->model()->updateMeeting({m.id, m.body.id, m.body.name, m.body.shortName, m.title,
                m.date, m.start, m.end, m.place, m.status});
        }
    });
}

void MainWindow::flushShown()
{
    if (MeetingSession *s = m_sessions.find(m_editor->meetingId())) {
        if (Status flushed = s->flush(); !flushed)
            m_dialogs.warning(this, tr("Minutes not saved"), flushed.error());
    }
}

void MainWindow::followChanges()
{
    // One source of truth: a meeting written anywhere (the registers, a deferral, an import)
    // is shown as written wherever it is on screen.
    connect(&m_sessions, &MeetingSessions::meetingChanged, this, [this](qint64 meetingId) {
        if (const MeetingSession *s = m_sessions.find(meetingId)) {
            const Meeting &m = s->header();
            m_list->model()->updateMeeting({m.id, m.body.id, m.body.name, m.body.shortName, m.title,
                m.date, m.start, m.end, m.place, m.status});
        }
        if (meetingId == m_editor->meetingId() && m_tabs->currentWidget() == m_view)
            m_view->showMeeting(meetingId);
    });
}

void MainWindow::showCreatedMeeting(qint64 meetingId)
{
    m_list->reload();
    if (!m_list->selectMeeting(meetingId))
        showMeeting(meetingId);
    m_tabs->setCurrentWidget(m_editorPage);
}

void MainWindow::showCount(int count)
{
    // %Ln: the count in the locale's digit grouping (100 010 möten).
    m_countLabel->setText(tr("%Ln meeting(s)", nullptr, count));
}

void MainWindow::showGuide()
{
    if (m_guide) {
        m_guide->raise();
        m_guide->activateWindow();
        return;
    }
    QStringList searched;
    const QUrl page = GuideWindow::page(Language::code(QLocale()), &searched);
    if (page.isEmpty()) {
        m_dialogs.warning(this, tr("No user guide"),
            tr("The user guide is not installed. Minutebook looked for it in:\n%1")
                .arg(searched.join(QLatin1Char('\n'))));
        return;
    }
    m_guide = new GuideWindow(page, this);
    m_guide->setAttribute(Qt::WA_DeleteOnClose);
    m_guide->show();
}

void MainWindow::showAbout()
{
    const QString text
        = QStringLiteral("<h3>Minutebook %1</h3><p>%2</p><p>%3</p><p>%4</p><p>%5</p>")
              .arg(QStringLiteral(MINUTEBOOK_VERSION),
                  tr("Meeting minutes for the people who write and read them."),
                  (m_database.isServer() ? tr("Archive on the server: %1") : tr("Archive file: %1"))
                      .arg(archiveName().toHtmlEscaped()),
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
        m_splitter->setSizes({360, 920});
    if (!m_editor->splitter()->restoreState(
            settings.value(QLatin1String(editorSplitterKey)).toByteArray()))
        m_editor->splitter()->setSizes({380, 540});
    (void)m_editor->leftSplitter()->restoreState(
        settings.value(QLatin1String(editorLeftKey)).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(geometryKey), saveGeometry());
    settings.setValue(QLatin1String(stateKey), saveState());
    settings.setValue(QLatin1String(splitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(editorSplitterKey), m_editor->splitter()->saveState());
    settings.setValue(QLatin1String(editorLeftKey), m_editor->leftSplitter()->saveState());
    settings.setValue(QLatin1String(lastMeetingKey), currentMeetingId());
    settings.setValue(QLatin1String(lastDatabaseKey), m_database.path());
}

} // namespace minutebook
