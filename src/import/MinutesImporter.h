#pragma once

// Imports a plain-text minutes file (text taken from a PDF, as the group has kept its minutes)
// into a Meeting: header, attendees, items with sub-items, decisions, assignments and
// deferrals. The rules are described in docs/import.md. Nothing is dropped: what is not
// understood stays in the nearest item's text or the meeting notes, with a warning.
//
//     QFile file(path);
//     auto result = MinutesImporter::importFile(file, {fallbackDate, bodyName, shortName});
//     if (!result) showError(result.error());
//     else if (!result->hasDate) askForDate();

#include "ImportResult.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace minutebook {

class MinutesImporter
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::MinutesImporter)

public:
    /// Larger files are refused: minutes are a few pages, not megabytes.
    static constexpr qint64 maxFileSize = qint64(4) * 1024 * 1024;

    /// Reads the whole device (opening it read-only if it is not open). Fails with a message
    /// a user can act on for unreadable, empty, binary, too large or structureless files.
    [[nodiscard]] static Result<ImportResult> importFile(
        QIODevice &device, const ImportOptions &options = {});

    /// Opens the file at `path` and imports it.
    [[nodiscard]] static Result<ImportResult> importPath(
        const QString &path, const ImportOptions &options = {});

    /// The bytes of a file: decoded (UTF-8, else Windows-1252), then parsed.
    [[nodiscard]] static Result<ImportResult> importBytes(
        const QByteArray &bytes, const ImportOptions &options = {});

    /// Text already decoded; line ends may be "\n", "\r\n" or "\r".
    [[nodiscard]] static Result<ImportResult> importText(
        const QString &text, const ImportOptions &options = {});
};

} // namespace minutebook
