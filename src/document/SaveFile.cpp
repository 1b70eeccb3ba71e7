#include "SaveFile.h"

#include <QDir>
#include <QSaveFile>

namespace minutebook {

namespace {
QString cannotWrite(const QString &fileName, const QString &reason)
{
    return SaveFile::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), reason);
}
} // namespace

Status SaveFile::write(const QString &fileName, const Writer &writer)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(cannotWrite(fileName, file.errorString()));
    const Status written = writer(file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    // A write error (disk full) makes commit() fail and removes the temporary file.
    if (!file.commit())
        return Status::failure(cannotWrite(fileName, file.errorString()));
    return {};
}

Status SaveFile::write(const QString &fileName, const QByteArray &bytes)
{
    return write(fileName, [&bytes](QIODevice &device) {
        if (device.write(bytes) != bytes.size())
            return Status::failure(tr("Could not write the file: %1").arg(device.errorString()));
        return Status();
    });
}

} // namespace minutebook
