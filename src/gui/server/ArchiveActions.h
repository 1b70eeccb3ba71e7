#pragma once

// The File menu's entries about the archive itself: New Archive…, Open Archive…, Connect to
// Server…, Recent Archives, Save a Copy…, Restore Backup… and Move Archive to Server… (with
// progress and Cancel).
// They choose an archive and ask for it (openFileRequested, openServerRequested); ArchiveWindow
// opens it and builds the window again around it, after this window is gone.

#include "ServerAddress.h"

#include <QObject>

class QAction;
class QMenu;
class QProgressDialog;

namespace minutebook {

class ConnectServerDialog;
class Dialogs;
class MainWindow;
class MoveToServer;

class ArchiveActions : public QObject
{
    Q_OBJECT

public:
    /// Adds the entries to `window`'s File menu.
    ArchiveActions(MainWindow *window, Dialogs &dialogs);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveCopyAction() const { return m_saveCopy; }
    QAction *restoreAction() const { return m_restore; }
    QAction *connectAction() const { return m_connect; }
    QAction *moveAction() const { return m_move; }
    QMenu *recentMenu() const { return m_recent; }
    /// The dialog shown by Connect to Server… or Move Archive to Server… (nullptr when none).
    ConnectServerDialog *dialog() const { return m_dialog; }
    MoveToServer *mover() const { return m_mover; }
    QProgressDialog *progressDialog() const { return m_progress; }

    /// File → New Archive…: a file name not in use, then the new, empty archive is opened.
    void newArchive();
    /// File → Open Archive… (Ctrl+O): an archive file chosen, then opened.
    void openArchive();
    /// File → Save a Copy…: the open archive, with what is being typed, copied to a file
    /// (VACUUM INTO, written beside it and renamed into place); the archive stays open.
    void saveCopy();
    /// File → Restore Backup…: one of the archive's automatic copies chosen and confirmed,
    /// then asked for (restoreRequested).
    void restoreBackup();
    /// File → Connect to Server…: shows the dialog (window-modal; returns at once).
    void connectToServer();
    /// File → Move Archive to Server…: saves what is being typed, then shows the dialog.
    void moveToServer();

signals:
    void openFileRequested(const QString &path);
    void openServerRequested(const minutebook::ServerAddress &address);
    void restoreRequested(const QString &backupPath);

private:
    ConnectServerDialog *showDialog(int purpose);
    void startMove(const ServerAddress &target);
    void moveFinished(
        const ServerAddress &target, qint64 meetings, const QString &error, bool cancelled);
    void fillRecentMenu();

    MainWindow *m_window;
    Dialogs &m_dialogs;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_move = nullptr;
    QMenu *m_recent = nullptr;
    ConnectServerDialog *m_dialog = nullptr;
    MoveToServer *m_mover = nullptr;
    QProgressDialog *m_progress = nullptr;
};

} // namespace minutebook
