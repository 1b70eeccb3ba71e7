#include "ArchiveWindow.h"

#include "ArchiveActions.h"
#include "Database.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "MeetingSessions.h"
#include "RecentArchives.h"
#include "ServerAddress.h"

#include <QTimer>

namespace minutebook {

ArchiveWindow::ArchiveWindow(Dialogs &dialogs, QObject *parent)
    : QObject(parent)
    , m_dialogs(dialogs)
{ }

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
    auto sessions = std::make_unique<MeetingSessions>(*database);
    auto window = std::make_unique<MainWindow>(*sessions, m_dialogs);
    m_actions = new ArchiveActions(window.get(), m_dialogs);
    // Queued: the old window is deleted by the switch, and the request may come from inside it.
    connect(m_actions, &ArchiveActions::openFileRequested, this, &ArchiveWindow::openFile,
        Qt::QueuedConnection);
    connect(m_actions, &ArchiveActions::openServerRequested, this, &ArchiveWindow::openServer,
        Qt::QueuedConnection);
    if (server)
        RecentArchives().addServer(*server);
    else
        RecentArchives().addFile(database->path());

    window->show();
    QTimer::singleShot(0, window.get(), &MainWindow::start);
    // The old window goes first, then its sessions, then its database.
    m_window = std::move(window);
    m_sessions = std::move(sessions);
    m_database = std::move(database);
    emit windowChanged();
    return true;
}

bool ArchiveWindow::openFile(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        m_dialogs.critical(m_window.get(), tr("Archive not opened"),
            tr("Minutebook could not open the archive “%1”.").arg(path) + QStringLiteral("\n\n")
                + opened.error());
        return false;
    }
    return show(std::move(opened.value()));
}

bool ArchiveWindow::openServer(const ServerAddress &address)
{
    auto opened = Database::openServer(address);
    if (!opened) {
        m_dialogs.critical(m_window.get(), tr("Archive not opened"), opened.error());
        return false;
    }
    return show(std::move(opened.value()), &address);
}

} // namespace minutebook
