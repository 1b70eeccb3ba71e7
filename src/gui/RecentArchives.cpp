#include "RecentArchives.h"

#include "ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

namespace minutebook {

namespace {
const char settingsKey[] = "recentArchives";
const QString filePrefix = QStringLiteral("file:");
const QString serverPrefix = QStringLiteral("server:");
} // namespace

bool RecentArchives::Entry::missing() const
{
    return !server && !QFileInfo::exists(location);
}

QString RecentArchives::Entry::label() const
{
    if (server) {
        const Result<ServerAddress> address = ServerAddress::parse(location);
        return address ? address.value().displayName() : location;
    }
    const QString path = QDir::toNativeSeparators(location);
    return missing() ? tr("%1 (missing)").arg(path) : path;
}

QVector<RecentArchives::Entry> RecentArchives::entries() const
{
    QVector<Entry> out;
    const QStringList stored = QSettings().value(QLatin1String(settingsKey)).toStringList();
    for (const QString &item : stored) {
        if (item.startsWith(filePrefix))
            out.append({false, item.mid(filePrefix.size())});
        else if (item.startsWith(serverPrefix))
            out.append({true, item.mid(serverPrefix.size())});
        if (out.size() == limit)
            break;
    }
    return out;
}

void RecentArchives::addFile(const QString &path)
{
    add({false, QFileInfo(path).absoluteFilePath()});
}

void RecentArchives::addServer(const ServerAddress &address)
{
    // text() never holds the password: a list in the settings is no place for one.
    add({true, address.text()});
}

void RecentArchives::clear()
{
    QSettings().remove(QLatin1String(settingsKey));
}

void RecentArchives::add(const Entry &entry)
{
    QStringList stored {(entry.server ? serverPrefix : filePrefix) + entry.location};
    for (const Entry &old : entries()) {
        if (old.server != entry.server || old.location != entry.location)
            stored.append((old.server ? serverPrefix : filePrefix) + old.location);
    }
    while (stored.size() > limit)
        stored.removeLast();
    QSettings().setValue(QLatin1String(settingsKey), stored);
}

} // namespace minutebook
