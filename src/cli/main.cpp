// minutebook-cli: the command-line tool (docs/cli.md).

#include "Cli.h"
#include "Language.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Only export lays out text, which needs a QGuiApplication; the other commands stay plain
    // QCoreApplication. A command-line tool must not need a display, so it draws offscreen
    // unless the caller chose a platform. A stray "export" among other arguments only costs a
    // QGuiApplication.
    const bool needsGui = std::any_of(
        argv + 1, argv + argc, [](const char *arg) { return std::strcmp(arg, "export") == 0; });
    std::unique_ptr<QCoreApplication> application;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (cron, ssh, CI) Qt warns on stderr that XDG_RUNTIME_DIR is unset and
        // then uses a folder of its own; name that folder first, so the one-line error contract
        // of stderr holds.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-")
                + qEnvironmentVariable("USER", QStringLiteral("minutebook"));
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Minutebook"));
    QCoreApplication::setApplicationName(QStringLiteral("Minutebook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MINUTEBOOK_VERSION));

    minutebook::Language::install(app, qEnvironmentVariable("MINUTEBOOK_LANGUAGE"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    minutebook::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
