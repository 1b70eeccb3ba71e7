#include "ArchiveActions.h"

#include "ConnectServerDialog.h"
#include "Database.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "MeetingSessions.h"
#include "MoveToServer.h"
#include "RecentArchives.h"
#include "RestoreBackupDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QProgressDialog>
#include <QStatusBar>

#include <limits>

namespace minutebook {

namespace {
// Where the dialog starts: the last server used, else $MINUTEBOOK_SERVER (as the command line).
void suggestAddress(ConnectServerDialog *dialog)
{
    for (const RecentArchives::Entry &entry : RecentArchives().entries()) {
        if (entry.server) {
            if (const auto address = ServerAddress::parse(entry.location); address.ok()) {
                dialog->setAddress(address.value());
                return;
            }
        }
    }
    const QString environment = qEnvironmentVariable("MINUTEBOOK_SERVER");
    if (const auto address = ServerAddress::parse(environment); address.ok())
        dialog->setAddress(address.value());
}

int clamped(qint64 value)
{
    return int(qMin<qint64>(value, std::numeric_limits<int>::max()));
}
} // namespace

ArchiveActions::ArchiveActions(MainWindow *window, Dialogs &dialogs)
    : QObject(window)
    , m_window(window)
    , m_dialogs(dialogs)
{
    QMenu *file = window->fileMenu();
    QAction *place = window->archiveActionsPlace();
    m_new = new QAction(tr("New &Archive…"), this);
    m_new->setObjectName(QStringLiteral("newArchiveAction"));
    connect(m_new, &QAction::triggered, this, &ArchiveActions::newArchive);
    m_open = new QAction(tr("&Open Archive…"), this);
    m_open->setObjectName(QStringLiteral("openArchiveAction"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &ArchiveActions::openArchive);
    m_saveCopy = new QAction(tr("Save a Cop&y…"), this);
    m_saveCopy->setObjectName(QStringLiteral("saveCopyAction"));
    // The server's archive is backed up by its administrator (pg_dump), not into a file here.
    m_saveCopy->setEnabled(!window->database().isServer());
    connect(m_saveCopy, &QAction::triggered, this, &ArchiveActions::saveCopy);
    m_restore = new QAction(tr("Res&tore Backup…"), this);
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restore->setEnabled(!window->database().isServer() && !window->database().isReadOnly());
    connect(m_restore, &QAction::triggered, this, &ArchiveActions::restoreBackup);
    m_connect = new QAction(tr("&Connect to Server…"), this);
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_connect, &QAction::triggered, this, &ArchiveActions::connectToServer);
    m_recent = new QMenu(tr("&Recent Archives"), file);
    m_recent->setObjectName(QStringLiteral("recentArchivesMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &ArchiveActions::fillRecentMenu);
    fillRecentMenu();
    m_move = new QAction(tr("Mov&e Archive to Server…"), this);
    // A server's archive is already shared; a read-only file can still be copied.
    m_move->setEnabled(!window->database().isServer());
    connect(m_move, &QAction::triggered, this, &ArchiveActions::moveToServer);
    file->insertSeparator(place);
    file->insertAction(place, m_new);
    file->insertAction(place, m_open);
    file->insertAction(place, m_connect);
    file->insertMenu(place, m_recent);
    file->insertSeparator(place);
    file->insertAction(place, m_saveCopy);
    file->insertAction(place, m_restore);
    file->insertAction(place, m_move);
}

namespace {
QString archiveFilter()
{
    return ArchiveActions::tr("Minutebook archives (*.db);;All files (*)");
}
// A name typed without an extension gets the archives' own.
QString withSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".db") : path;
}
bool sameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}
} // namespace

void ArchiveActions::newArchive()
{
    const QString chosen
        = m_dialogs.saveFileName(m_window, tr("New archive"), tr("Minutes.db"), archiveFilter());
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    if (QFileInfo::exists(path)) {
        // Never over an existing file: it may be another archive.
        m_dialogs.warning(m_window, tr("New archive"),
            tr("“%1” already exists. A new archive needs a name not in use; Open Archive… opens "
               "an existing one.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit openFileRequested(path);
}

void ArchiveActions::openArchive()
{
    const QStringList files
        = m_dialogs.openFileNames(m_window, tr("Open archive"), archiveFilter());
    if (files.isEmpty())
        return;
    emit openFileRequested(files.constFirst()); // the one shown: ArchiveWindow leaves it be
}

void ArchiveActions::restoreBackup()
{
    const QString path = m_window->database().path();
    const QString chosen = RestoreBackupDialog::choose(m_window, path);
    if (chosen.isEmpty())
        return;
    Dialogs::Question question;
    question.title = tr("Restore backup");
    question.text
        = tr("Replace the archive with the copy of %1?").arg(RestoreBackupDialog::describe(chosen));
    question.details = tr("The archive as it is now is kept in the backups folder first, so this "
                          "can be undone by restoring that copy.");
    question.yes = tr("Restore");
    question.no = tr("Keep the archive");
    if (!m_dialogs.question(m_window, question))
        return;
    emit restoreRequested(chosen);
}

void ArchiveActions::saveCopy()
{
    const Database &database = m_window->database();
    const QString suggested
        = QFileInfo(database.path()).completeBaseName() + tr(" copy") + QStringLiteral(".db");
    const QString chosen
        = m_dialogs.saveFileName(m_window, tr("Save a copy"), suggested, archiveFilter());
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    if (sameFile(path, database.path())) {
        m_dialogs.warning(m_window, tr("Save a copy"),
            tr("“%1” is the open archive itself. Choose another name for the copy.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    // What is being typed belongs in the copy.
    if (Status flushed = m_window->sessions().flushAll(); !flushed) {
        m_dialogs.warning(m_window, tr("Save a copy"), flushed.error());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status copied = database.backupTo(path);
    QApplication::restoreOverrideCursor();
    if (!copied) {
        m_dialogs.warning(m_window, tr("Copy not saved"), copied.error());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Copy saved: %1").arg(QDir::toNativeSeparators(path)), 10000);
}

ConnectServerDialog *ArchiveActions::showDialog(int purpose)
{
    if (m_dialog)
        return nullptr;
    m_dialog = new ConnectServerDialog(ConnectServerDialog::Purpose(purpose), m_dialogs, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    suggestAddress(m_dialog);
    m_dialog->open();
    return m_dialog;
}

void ArchiveActions::connectToServer()
{
    ConnectServerDialog *dialog = showDialog(int(ConnectServerDialog::Purpose::Connect));
    if (!dialog)
        return;
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { emit openServerRequested(dialog->acceptedAddress()); });
}

void ArchiveActions::moveToServer()
{
    if (m_window->database().isServer() || (m_mover && m_mover->isRunning()))
        return;
    // What is being typed belongs in the copy.
    if (Status s = m_window->sessions().flushAll(); !s) {
        m_dialogs.warning(m_window, tr("Minutes not saved"), s.error());
        return;
    }
    ConnectServerDialog *dialog = showDialog(int(ConnectServerDialog::Purpose::MoveTarget));
    if (!dialog)
        return;
    connect(
        dialog, &QDialog::accepted, this, [this, dialog] { startMove(dialog->acceptedAddress()); });
}

void ArchiveActions::startMove(const ServerAddress &target)
{
    if (!m_mover)
        m_mover = new MoveToServer(this);
    m_progress = new QProgressDialog(
        tr("Moving the archive to %1…").arg(target.displayName()), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Move Archive to Server"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_mover, &MoveToServer::cancel);
    connect(m_mover, &MoveToServer::progress, m_progress, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(clamped(total));
        m_progress->setValue(clamped(done));
    });
    // Once per move: the connection ends with it.
    auto *once = new QObject(this);
    connect(m_mover, &MoveToServer::finished, once,
        [this, target, once](qint64 meetings, const QString &error, bool cancelled) {
            once->deleteLater();
            moveFinished(target, meetings, error, cancelled);
        });
    m_mover->start(m_window->database().path(), target);
    m_progress->show();
}

void ArchiveActions::moveFinished(
    const ServerAddress &target, qint64 meetings, const QString &error, bool cancelled)
{
    m_progress->deleteLater();
    m_progress = nullptr;
    if (cancelled) {
        m_dialogs.information(m_window, tr("Move cancelled"),
            tr("Nothing was written to %1; this archive stays where it is.")
                .arg(target.displayName()));
        return;
    }
    if (!error.isEmpty()) {
        m_dialogs.warning(m_window, tr("Archive not moved"), error);
        return;
    }
    Dialogs::Question question;
    question.title = tr("Archive moved");
    question.text
        = tr("%n meeting(s) were copied to %1.", nullptr, int(meetings)).arg(target.displayName());
    question.details = tr("The file stays as it was. Work on in the server's archive, so that "
                          "everybody sees the same minutes?");
    question.yes = tr("Open the Server Archive");
    question.no = tr("Stay in the File");
    if (m_dialogs.question(m_window, question))
        emit openServerRequested(target);
}

void ArchiveActions::fillRecentMenu()
{
    m_recent->clear();
    const RecentArchives recent;
    const QVector<RecentArchives::Entry> entries = recent.entries();
    const QString current = m_window->database().path();
    for (const RecentArchives::Entry &entry : entries) {
        QAction *action = m_recent->addAction(entry.label());
        const bool isCurrent = entry.server
            ? ServerAddress::parse(entry.location).ok()
                && ServerAddress::parse(entry.location).value().displayName() == current
            : entry.location == QFileInfo(current).absoluteFilePath();
        action->setEnabled(!entry.missing() && !isCurrent);
        if (entry.server) {
            const QString location = entry.location;
            // Through the dialog: a password asked for, and never a wait without Cancel.
            connect(action, &QAction::triggered, this, [this, location] {
                const auto address = ServerAddress::parse(location);
                ConnectServerDialog *dialog = nullptr;
                if (address.ok())
                    dialog = showDialog(int(ConnectServerDialog::Purpose::Connect));
                if (!dialog)
                    return;
                connect(dialog, &QDialog::accepted, this,
                    [this, dialog] { emit openServerRequested(dialog->acceptedAddress()); });
                dialog->setAddress(address.value());
                dialog->connectToServer();
            });
        } else {
            const QString path = entry.location;
            connect(
                action, &QAction::triggered, this, [this, path] { emit openFileRequested(path); });
        }
    }
    if (entries.isEmpty())
        m_recent->addAction(tr("No recent archives"))->setEnabled(false);
}

} // namespace minutebook
