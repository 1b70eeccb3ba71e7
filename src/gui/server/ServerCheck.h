#pragma once

// One attempt to reach an archive on a server, on a thread of its own, so the window never waits
// for a slow or unreachable server (libpq blocks for up to ServerAddress::connectTimeout). The
// attempt logs in with libpq alone first, so a server that wants a password is told apart from
// one that refuses; then it opens the archive as Database::openServer does (the same checks and
// sentences as the command line) and closes it again: a connection belongs to the thread that
// made it, so the window opens its own once the attempt has succeeded. libpq cannot be
// interrupted: cancel() drops the attempt's answer, and its thread ends by itself within the
// timeout.

#include "ServerAddress.h"

#include <QObject>

namespace minutebook {

class ServerCheck : public QObject
{
    Q_OBJECT

public:
    explicit ServerCheck(QObject *parent = nullptr);
    /// Drops a running attempt's answer (its thread finishes on its own).
    ~ServerCheck() override;

    /// Starts an attempt; a running one is dropped first.
    void start(const ServerAddress &address);
    /// Stops waiting: finished() is not emitted for the running attempt.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    /// The attempt's outcome; `message` says what went wrong (empty when accepted).
    void finished(minutebook::ServerAddress::Login login, const QString &message);

private:
    int m_attempt = 0;
    bool m_running = false;
};

} // namespace minutebook
