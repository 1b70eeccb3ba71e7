#include "MinutesImporter.h"

#include "LineCleaner.h"
#include "MinutesParser.h"
#include "TextDecoder.h"

#include <QFile>
#include <QFileInfo>

namespace minutebook {

Result<ImportResult> MinutesImporter::importFile(QIODevice &device, const ImportOptions &options)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        return Result<ImportResult>::failure(
            tr("The file could not be opened: %1").arg(device.errorString()));
    if (!device.isReadable())
        return Result<ImportResult>::failure(tr("The file cannot be read."));
    if (!device.isSequential() && device.size() > maxFileSize)
        return Result<ImportResult>::failure(
            tr("The file is too large for minutes (more than %1 MB).")
                .arg(maxFileSize / (qint64(1024) * 1024)));
    const QByteArray bytes = device.read(maxFileSize + 1);
    if (bytes.isEmpty() && !device.errorString().isEmpty() && !device.atEnd())
        return Result<ImportResult>::failure(
            tr("The file could not be read: %1").arg(device.errorString()));
    if (bytes.size() > maxFileSize)
        return Result<ImportResult>::failure(
            tr("The file is too large for minutes (more than %1 MB).")
                .arg(maxFileSize / (qint64(1024) * 1024)));
    return importBytes(bytes, options);
}

Result<ImportResult> MinutesImporter::importPath(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ImportResult>::failure(
            tr("Could not open \"%1\": %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return importFile(file, options);
}

Result<ImportResult> MinutesImporter::importBytes(
    const QByteArray &bytes, const ImportOptions &options)
{
    if (bytes.size() > maxFileSize)
        return Result<ImportResult>::failure(
            tr("The file is too large for minutes (more than %1 MB).")
                .arg(maxFileSize / (qint64(1024) * 1024)));
    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return decoded.status();
    Result<ImportResult> result = importText(decoded->text, options);
    if (result) {
        result->encoding = decoded->encoding;
        if (decoded->encoding == TextEncoding::Windows1252)
            result->warnings.prepend(
                {0, tr("The file is not UTF-8; it was read as Windows-1252 (Latin-1).")});
    }
    return result;
}

Result<ImportResult> MinutesImporter::importText(const QString &text, const ImportOptions &options)
{
    if (text.trimmed().isEmpty())
        return Result<ImportResult>::failure(tr("The file is empty."));
    QVector<SourceLine> lines = LineCleaner::split(TextDecoder::normaliseLineEnds(text));
    return MinutesParser(std::move(lines), options).parse();
}

} // namespace minutebook
