#pragma once

// Which database file the app and the CLI open, decided the same way for both.

#include <QString>

namespace minutebook {

class DatabaseLocation
{
public:
    /// `--database FILE` when given, else $MINUTEBOOK_DATABASE when set, else the default file.
    static QString resolve(const QString &commandLineValue);
    /// minutebook.db under QStandardPaths::AppDataLocation (the folder is created).
    static QString defaultPath();
};

} // namespace minutebook
