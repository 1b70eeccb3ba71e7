// minutebook-cli: the command-line tool (docs/cli.md). Qt Core and Sql only, so that a search
// starts in milliseconds; `export` is handed over to minutebook-export (ExportHandOver.cpp).

#include "CliMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return minutebook::runCli(app);
}
