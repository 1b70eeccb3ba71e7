#include "DatabaseLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace minutebook {

QString DatabaseLocation::resolve(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnvironment = qEnvironmentVariable("MINUTEBOOK_DATABASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

QString DatabaseLocation::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/minutebook.db");
}

} // namespace minutebook
