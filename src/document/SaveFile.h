#pragma once

// The one way the document layer writes a file: through QSaveFile, so an existing file is
// replaced only when everything was written, and a failure (unwritable folder, full disk, an
// error while rendering) leaves neither a half-written file nor a damaged old one.

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace minutebook {

class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::SaveFile)

public:
    /// Writes the content into the open device; a failure carries a sentence for the user.
    using Writer = std::function<Status(QIODevice &device)>;

    /// Opens `fileName` through QSaveFile, lets `writer` fill it and commits it. On failure the
    /// message names the file.
    static Status write(const QString &fileName, const Writer &writer);
    /// The same for bytes already in memory.
    static Status write(const QString &fileName, const QByteArray &bytes);
};

} // namespace minutebook
