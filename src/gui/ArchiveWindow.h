#pragma once

// The program's one open archive and the window around it: the Database, the open meetings
// (MeetingSessions) and the MainWindow made over them, made and destroyed together. Opening
// another archive (File → Connect to Server…, Recent Archives, after a move to a server) writes
// the open meetings' last typing first, then builds the window again around the new archive, in
// the same place, and only then lets the old one go — so a failed open or a failed save leaves
// the secretary where she was. Every archive opened joins the recent list.

#include "Database.h"
#include "Result.h"

#include <QObject>

class QWidget;

#include <functional>
#include <memory>

namespace minutebook {

class ArchiveActions;
class Dialogs;
class MainWindow;
class MeetingSessions;
class ServerAddress;
class SingleArchive;

class ArchiveWindow : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveWindow(Dialogs &dialogs, QObject *parent = nullptr);
    ~ArchiveWindow() override;

    /// Shows `database` (a file's, or the server's at `server`) in a new window, replacing the
    /// one shown; false (and nothing changed) when the open meetings could not be saved.
    bool show(std::unique_ptr<Database> database, const ServerAddress *server = nullptr);
    /// Opens the file and shows it; a failure is said in a message box and changes nothing.
    /// A file another Minutebook has open is not opened: that one is brought forward.
    bool openFile(const QString &path);
    /// Connects to the server (on this thread: call it once a ServerCheck has succeeded) and
    /// shows its archive; a failure is said in a message box and changes nothing.
    bool openServer(const ServerAddress &address);

    /// Puts the copy `backupPath` back in place of the open file (AutoBackup::restore, which
    /// keeps the archive as it was in the backups folder first) and shows it. The window, its
    /// meetings and its connection go first, after the last typing is saved: nothing may have
    /// the file open while it is replaced. False (and said) when it was not restored; the
    /// archive is shown again either way.
    bool restoreBackup(const QString &backupPath);

    /// Runs `open` with options that show progress and Cancel while the search index is built
    /// (a new version's rules; at 100,000 meetings that takes a while; Cancel leaves the
    /// archive as it was).
    static Result<std::unique_ptr<Database>> openWithProgress(QWidget *parent,
        const std::function<Result<std::unique_ptr<Database>>(const Database::Options &)> &open);

    MainWindow *window() const { return m_window.get(); }
    const Database *database() const { return m_database.get(); }
    ArchiveActions *actions() const { return m_actions; }

signals:
    /// A new window shows another archive.
    void windowChanged();
    /// Another Minutebook asked for the file shown: this window was brought forward.
    void broughtForward();

private:
    static void adoptDocumentLanguage(const Database &database);

    Dialogs &m_dialogs;
    // Destroyed in this order (the reverse of the members'): window, sessions, database.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MeetingSessions> m_sessions;
    std::unique_ptr<MainWindow> m_window;
    ArchiveActions *m_actions = nullptr;
    /// Answers other Minutebooks asking for the file shown (brings this window forward).
    SingleArchive *m_single = nullptr;
};

} // namespace minutebook
