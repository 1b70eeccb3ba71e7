// minutebook: the desktop program. Parses the command line, installs the translators, opens
// the archive (a file, or a server with --server) and shows the main window, which
// ArchiveWindow builds again when another archive is opened (docs/architecture.md).

#include "ArchiveActions.h"
#include "ArchiveWindow.h"
#include "BackupRunner.h"
#include "CommandLine.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "InstallationCheck.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBoxDialogs.h"
#include "ServerAddress.h"
#include "SingleArchive.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using minutebook::CommandLine;

namespace {
// The same names as minutebook-cli, so both find the same settings and default database.
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Minutebook"));
    QCoreApplication::setApplicationName(QStringLiteral("Minutebook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MINUTEBOOK_VERSION));
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// The program's identity, the language and the command line, for the runs that need no window:
// false (the error said) when the command line is wrong.
bool parseWithoutWindow(QCoreApplication &app)
{
    setIdentity();
    minutebook::Language::install(app, CommandLine::languageChoice(app.arguments()));
    CommandLine commandLine;
    if (!commandLine.parse(app.arguments())) {
        QTextStream(stderr) << commandLine.error() << Qt::endl;
        return false;
    }
    return true;
}

// --help and --version print and exit inside parse(). They run without a window, so they work
// in a terminal that has no display.
int printHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return parseWithoutWindow(app) ? 0 : 2;
}

// --check-installation: a report for whoever installed the program. It asks a real dialog
// button for its text, so it needs the widgets, but no display: offscreen unless the caller
// chose a platform.
int checkInstallation(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    if (!parseWithoutWindow(app))
        return 2;
    QTextStream out(stdout);
    return minutebook::InstallationCheck::report(out) ? 0 : 1;
}
// Opens the file at `path` into the window; false (said on stderr and in a message box) when it
// cannot be opened.
bool openFile(const QString &path, minutebook::Dialogs &dialogs, minutebook::ArchiveWindow &archive)
{
    // An upgrade rebuilds the search index: shown with progress and Cancel.
    auto database = minutebook::ArchiveWindow::openWithProgress(
        nullptr, [&path](const minutebook::Database::Options &options) {
            return minutebook::Database::open(path, options);
        });
    if (!database.ok()) {
        const QString message
            = CommandLine::tr("Minutebook could not open the database “%1”.").arg(path);
        QTextStream(stderr) << message << ' ' << database.error() << Qt::endl;
        dialogs.critical(nullptr, CommandLine::tr("Database not opened"),
            message + QStringLiteral("\n\n") + database.error());
        return false;
    }
    return archive.show(std::move(database.value()));
}

// `minutebook --server URL`: connects before any window is shown (nothing to hang yet), asking
// for the password when the server wants one, as File → Connect to Server… does.
bool openServer(
    const QString &url, minutebook::Dialogs &dialogs, minutebook::ArchiveWindow &archive)
{
    const auto fail = [&dialogs](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
        dialogs.critical(nullptr, CommandLine::tr("Archive not opened"), message);
        return false;
    };
    auto address = minutebook::ServerAddress::parse(url);
    if (!address)
        return fail(address.error());
    QString message;
    while (address.value().tryLogin(&message) == minutebook::ServerAddress::Login::NeedsPassword) {
        const QString password = dialogs.password(nullptr, CommandLine::tr("Password"),
            CommandLine::tr("The password for %1:").arg(address.value().displayName()));
        if (password.isEmpty())
            return fail(message);
        address = address.value().withPassword(password);
    }
    return archive.openServer(address.value());
}
} // namespace

int main(int argc, char *argv[])
{
    if (CommandLine::asksForHelpOrVersion(argumentList(argc, argv)))
        return printHelpOrVersion(argc, argv);
    if (CommandLine::asksForInstallationCheck(argumentList(argc, argv)))
        return checkInstallation(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Minutebook"));
    // The desktop file's name (resources/CMakeLists.txt): the Wayland app id, so the window gets
    // the menu entry's name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("se.minutebook.Minutebook"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/minutebook.svg")));
    minutebook::Language::install(app, CommandLine::languageChoice(app.arguments()));

    CommandLine commandLine;
    if (!commandLine.parse(app.arguments())) {
        QTextStream(stderr) << commandLine.error() << Qt::endl;
        return 2;
    }

    minutebook::MessageBoxDialogs dialogs;
    minutebook::ArchiveWindow archive(dialogs);
    const QString server = commandLine.server();
    const QString path = server.isEmpty()
        ? minutebook::DatabaseLocation::resolve(commandLine.database())
        : QString();
    if (!server.isEmpty()) {
        if (!openServer(server, dialogs, archive))
            return 1;
    } else if (minutebook::SingleArchive::bringForward(path)) {
        // One writer per file: the Minutebook that has it open comes forward instead.
        QTextStream(stderr) << CommandLine::tr("“%1” is already open in Minutebook; that window "
                                               "was brought forward.")
                                   .arg(QDir::toNativeSeparators(path))
                            << Qt::endl;
        return 0;
    } else if (!openFile(path, dialogs, archive)) {
        return 1;
    }

    // For the pictures in docs/images (docs/server.md): File → Connect to Server… opened as the
    // user would, once the window is up.
    if (qEnvironmentVariable("MINUTEBOOK_SCREENSHOT_DIALOG") == QLatin1String("connect-server"))
        QTimer::singleShot(300, archive.actions(), &minutebook::ArchiveActions::connectToServer);

    // The day's automatic backup of a file, on a thread of its own once the window is up.
    minutebook::BackupRunner backup;
    QObject::connect(&backup, &minutebook::BackupRunner::finished, &archive,
        [&archive](const QString &file, const QString &error) {
            if (error.isEmpty() && file.isEmpty())
                return; // nothing to back up yet (no meetings)
            if (error.isEmpty())
                archive.window()->statusBar()->showMessage(
                    CommandLine::tr("Backup saved: %1").arg(QDir::toNativeSeparators(file)), 10000);
            else
                archive.window()->statusBar()->showMessage(
                    CommandLine::tr("The automatic backup failed: %1").arg(error));
        });
    if (server.isEmpty() && !archive.database()->isReadOnly()) {
        QTimer::singleShot(1000, &backup, [&backup, path] {
            backup.startIfDue(path, minutebook::BackupRunner::policyFromSettings());
        });
    }
    return app.exec();
}
