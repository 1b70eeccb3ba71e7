// minutebook-cli: the command-line tool (docs/cli.md).

#include "Cli.h"
#include "Language.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
