// minutebook-guide SOURCE OUTPUT: builds the user guide (docs/guide) into HTML at build time.

#include "GuideBuilder.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Text layout needs a GUI application; no display is needed or wanted at build time.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() != 3) {
        err << "usage: minutebook-guide SOURCE_DIR OUTPUT_DIR\n";
        return 2;
    }
    const minutebook::Status built
        = minutebook::GuideBuilder::build(arguments.at(1), arguments.at(2));
    if (!built) {
        err << "minutebook-guide: " << built.error() << '\n';
        return 1;
    }
    return 0;
}
