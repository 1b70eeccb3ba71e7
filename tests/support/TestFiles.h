#pragma once

// A file's SHA-256, to prove a file was not modified.

#include <QCryptographicHash>
#include <QFile>

namespace minutebook::test {

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace minutebook::test
