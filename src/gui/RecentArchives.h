#pragma once

// The archives opened lately, for File → Recent Archives: files by their path and servers by
// their address without a password (ServerAddress::text), newest first, at most five, kept in
// the settings. A file that is no longer there stays in the list, marked, so the secretary sees
// where it was.

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace minutebook {

class ServerAddress;

class RecentArchives
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::RecentArchives)

public:
    static constexpr int limit = 5;

    struct Entry
    {
        bool server = false;
        /// The file's path, or the server's address as ServerAddress::parse reads it.
        QString location;

        /// The file that is not there any more (never true for a server).
        bool missing() const;
        /// For the menu: the path or user@host/database, "(missing)" after a missing file.
        QString label() const;
    };

    /// The list as the settings hold it.
    QVector<Entry> entries() const;
    /// Puts the archive first (moving it up when it was there), dropping the oldest beyond
    /// limit.
    void addFile(const QString &path);
    void addServer(const ServerAddress &address);
    void clear();

private:
    void add(const Entry &entry);
};

} // namespace minutebook
