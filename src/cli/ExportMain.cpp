// minutebook-export: minutebook-cli's commands plus `export`, which lays out text and so needs
// a QGuiApplication (and Qt Gui's libraries, which minutebook-cli does not load).
// minutebook-cli runs this program for `export` with the same command line.

#include "CliMain.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // A command-line tool must not need a display, so it draws offscreen unless the caller
    // chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, ssh, CI) Qt warns on stderr that XDG_RUNTIME_DIR is unset and then
    // uses a folder of its own; name that folder first, so the one-line error contract of stderr
    // holds.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-")
            + qEnvironmentVariable("USER", QStringLiteral("minutebook"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    QGuiApplication app(argc, argv);
    return minutebook::runCli(app);
}
