#include "CliMain.h"

#include "Cli.h"
#include "Language.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace minutebook {

int runCli(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Minutebook"));
    QCoreApplication::setApplicationName(QStringLiteral("Minutebook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MINUTEBOOK_VERSION));

    Language::install(app, qEnvironmentVariable("MINUTEBOOK_LANGUAGE"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}

} // namespace minutebook
