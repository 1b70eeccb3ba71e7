#pragma once

// File → Move Archive to Server…: the command line's `copy` (ArchiveCopy) from an archive file to
// a server, on a thread of its own with connections of its own (a connection belongs to the
// thread that made it): the file read from one snapshot, the server written in one transaction,
// so a cancelled or failed move leaves the server's archive as it was. Reports progress while it
// runs.

#include "ServerAddress.h"

#include <QObject>

#include <atomic>

class QThread;

namespace minutebook {

class MoveToServer : public QObject
{
    Q_OBJECT

public:
    explicit MoveToServer(QObject *parent = nullptr);
    /// Cancels a running move and waits for it: nothing is left half-written.
    ~MoveToServer() override;

    /// Starts copying the archive in the file `source` to `target`; false when one runs already.
    bool start(const QString &source, const ServerAddress &target);
    /// Asks the move to stop; finished() follows, with nothing written to the server.
    void cancel();
    bool isRunning() const;

signals:
    /// Rows copied so far and in all.
    void progress(qint64 done, qint64 total);
    /// `error` is empty on success; `meetings` is how many meetings were copied.
    void finished(qint64 meetings, const QString &error, bool cancelled);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel {false};
};

} // namespace minutebook
