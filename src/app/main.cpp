// minutebook: the desktop program. Parses the command line, installs the translators, opens
// the database and shows the main window (docs/architecture.md).

#include "BackupRunner.h"
#include "CommandLine.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "InstallationCheck.h"
#include "Language.h"
#include "MainWindow.h"
#include "MeetingSessions.h"
#include "MessageBoxDialogs.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <limits>

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
    const QString path = minutebook::DatabaseLocation::resolve(commandLine.database());
    // An upgrade rebuilds the search index: at 100,000 meetings that takes a while, shown with
    // progress and Cancel (the archive then stays as it was and the next start offers it again).
    QProgressDialog indexing(CommandLine::tr("Minutebook is building the search index for this "
                                             "version. This happens once."),
        CommandLine::tr("Cancel"), 0, 0);
    indexing.setWindowTitle(CommandLine::tr("Building the search index"));
    indexing.setMinimumDuration(500);
    indexing.setWindowModality(Qt::ApplicationModal);
    minutebook::Database::Options options;
    options.searchIndexProgress = [&indexing](qint64 done, qint64 total) {
        indexing.setMaximum(int(qMin<qint64>(total, std::numeric_limits<int>::max())));
        indexing.setValue(int(qMin<qint64>(done, std::numeric_limits<int>::max())));
        QCoreApplication::processEvents();
        return !indexing.wasCanceled();
    };
    auto database = minutebook::Database::open(path, options);
    indexing.reset();
    if (!database.ok()) {
        const QString message
            = CommandLine::tr("Minutebook could not open the database “%1”.").arg(path);
        QTextStream(stderr) << message << ' ' << database.error() << Qt::endl;
        dialogs.critical(nullptr, CommandLine::tr("Database not opened"),
            message + QStringLiteral("\n\n") + database.error());
        return 1;
    }

    // The open meetings live outside the widgets, which are handed them.
    minutebook::MeetingSessions sessions(*database.value());
    minutebook::MainWindow window(sessions, dialogs);
    window.show();
    // After the window is on screen: the first-run question then has a window to belong to.
    QTimer::singleShot(0, &window, &minutebook::MainWindow::start);

    // The day's automatic backup, on a thread of its own once the window is up.
    minutebook::BackupRunner backup;
    QObject::connect(&backup, &minutebook::BackupRunner::finished, &window,
        [&window](const QString &file, const QString &error) {
            if (error.isEmpty())
                window.statusBar()->showMessage(
                    CommandLine::tr("Backup saved: %1").arg(QDir::toNativeSeparators(file)), 10000);
            else
                window.statusBar()->showMessage(
                    CommandLine::tr("The automatic backup failed: %1").arg(error));
        });
    if (!database.value()->isReadOnly()) {
        QTimer::singleShot(1000, &backup, [&backup, path] {
            backup.startIfDue(path, minutebook::BackupRunner::policyFromSettings());
        });
    }
    return app.exec();
}
