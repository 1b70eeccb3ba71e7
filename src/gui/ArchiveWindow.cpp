#include "ArchiveWindow.h"

#include "ArchiveActions.h"
#include "ArchiveSettings.h"
#include "AutoBackup.h"
#include "Database.h"
#include "Dialogs.h"
#include "Language.h"
#include "MainWindow.h"
#include "MeetingSessions.h"
#include "RecentArchives.h"
#include "ServerAddress.h"
#include "SingleArchive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

#include <limits>

namespace minutebook {

ArchiveWindow::ArchiveWindow(Dialogs &dialogs, QObject *parent)
    : QObject(parent)
    , m_dialogs(dialogs)
    , m_single(new SingleArchive(this))
{
    connect(m_single, &SingleArchive::forwardRequested, this, [this] {
        if (!m_window)
            return;
        if (m_window->isMinimized())
            m_window->showNormal();
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
        emit broughtForward();
    });
}

ArchiveWindow::~ArchiveWindow() = default;

bool ArchiveWindow::show(std::unique_ptr<Database> database, const ServerAddress *server)
{
    if (m_window) {
        // The last moment of typing is written before the archive changes; if it cannot be,
        // the secretary stays with her text.
        if (Status s = m_sessions->flushAll(); !s) {
            m_dialogs.warning(m_window.get(), MainWindow::tr("Minutes not saved"), s.error());
            return false;
        }
        m_window->saveLayout();
    }
    adoptDocumentLanguage(*database);
    auto sessions = std::make_unique<MeetingSessions>(*database);
    auto window = std::make_unique<MainWindow>(*sessions, m_dialogs);
    m_actions = new ArchiveActions(window.get(), m_dialogs);
    // Queued: the old window is deleted by the switch, and the request may come from inside it.
    connect(m_actions, &ArchiveActions::openFileRequested, this, &ArchiveWindow::openFile,
        Qt::QueuedConnection);
    connect(m_actions, &ArchiveActions::openServerRequested, this, &ArchiveWindow::openServer,
        Qt::QueuedConnection);
    connect(m_actions, &ArchiveActions::restoreRequested, this, &ArchiveWindow::restoreBackup,
        Qt::QueuedConnection);
    if (server) {
        RecentArchives().addServer(*server);
        m_single->stop();
    } else {
        RecentArchives().addFile(database->path());
        m_single->listen(database->path());
    }

    window->show();
    QTimer::singleShot(0, window.get(), &MainWindow::start);
    // The old window goes first, then its sessions, then its database.
    m_window = std::move(window);
    m_sessions = std::move(sessions);
    m_database = std::move(database);
    emit windowChanged();
    return true;
}

Result<std::unique_ptr<Database>> ArchiveWindow::openWithProgress(QWidget *parent,
    const std::function<Result<std::unique_ptr<Database>>(const Database::Options &)> &open)
{
    QProgressDialog indexing(tr("Minutebook is building the search index for this version. "
                                "This happens once."),
        tr("Cancel"), 0, 0, parent);
    indexing.setWindowTitle(tr("Building the search index"));
    indexing.setMinimumDuration(500);
    indexing.setWindowModality(Qt::ApplicationModal);
    Database::Options options;
    options.searchIndexProgress = [&indexing](qint64 done, qint64 total) {
        indexing.setMaximum(int(qMin<qint64>(total, std::numeric_limits<int>::max())));
        indexing.setValue(int(qMin<qint64>(done, std::numeric_limits<int>::max())));
        QCoreApplication::processEvents();
        return !indexing.wasCanceled();
    };
    auto opened = open(options);
    indexing.reset();
    return opened;
}

void ArchiveWindow::adoptDocumentLanguage(const Database &database)
{
    // An archive without a language of its own (new, or made before the setting) takes the
    // window's: from now on its minutes are written in it on every computer, by the CLI too.
    // Not written: a read-only archive keeps following each program's language.
    if (database.isReadOnly())
        return;
    const ArchiveSettings settings(database);
    const Result<QString> language = settings.documentLanguage();
    if (language && language.value().isEmpty())
        (void)settings.setDocumentLanguage(Language::code(QLocale()));
}

bool ArchiveWindow::openFile(const QString &path)
{
    const QString wanted = QFileInfo(path).canonicalFilePath(); // empty: not there yet
    if (m_database && !m_database->isServer() && !wanted.isEmpty()
        && wanted == QFileInfo(m_database->path()).canonicalFilePath()) {
        // This window already shows it (chosen again in Open Archive… or Recent Archives).
        m_window->raise();
        m_window->activateWindow();
        return true;
    }
    if (SingleArchive::bringForward(path)) {
        m_dialogs.information(m_window.get(), tr("Archive already open"),
            tr("“%1” is open in another Minutebook window, which has been brought forward. One "
               "window per archive keeps every edit in one place.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    auto opened = openWithProgress(m_window.get(),
        [&path](const Database::Options &options) { return Database::open(path, options); });
    if (!opened) {
        m_dialogs.critical(m_window.get(), tr("Archive not opened"),
            tr("Minutebook could not open the archive “%1”.").arg(path) + QStringLiteral("\n\n")
                + opened.error());
        return false;
    }
    return show(std::move(opened.value()));
}

bool ArchiveWindow::restoreBackup(const QString &backupPath)
{
    if (!m_window || m_database->isServer())
        return false;
    if (Status s = m_sessions->flushAll(); !s) {
        m_dialogs.warning(m_window.get(), MainWindow::tr("Minutes not saved"), s.error());
        return false;
    }
    m_window->saveLayout();
    const QString path = m_database->path();
    // The program goes on without a window for a moment.
    const bool quitWhenClosed = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_actions = nullptr;
    m_window.reset();
    m_sessions.reset();
    m_database.reset();
    const Result<QString> restored
        = AutoBackup::restore(backupPath, path, QDateTime::currentDateTime());
    auto reopened = openWithProgress(nullptr,
        [&path](const Database::Options &options) { return Database::open(path, options); });
    QGuiApplication::setQuitOnLastWindowClosed(quitWhenClosed);
    if (!reopened) {
        m_dialogs.critical(nullptr, tr("Archive not opened"),
            tr("Minutebook could not open the archive “%1”.").arg(path) + QStringLiteral("\n\n")
                + reopened.error());
        QCoreApplication::exit(1);
        return false;
    }
    show(std::move(reopened.value()));
    if (!restored) {
        m_dialogs.warning(m_window.get(), tr("Backup not restored"), restored.error());
        return false;
    }
    m_window->statusBar()->showMessage(tr("Backup restored. The archive as it was is kept as %1")
                                           .arg(QDir::toNativeSeparators(restored.value())));
    return true;
}

bool ArchiveWindow::openServer(const ServerAddress &address)
{
    auto opened = openWithProgress(m_window.get(), [&address](const Database::Options &options) {
        return Database::openServer(address, options);
    });
    if (!opened) {
        m_dialogs.critical(m_window.get(), tr("Archive not opened"), opened.error());
        return false;
    }
    return show(std::move(opened.value()), &address);
}

} // namespace minutebook
