#pragma once

// One writer per archive file on a desktop: while a Minutebook has a file open it listens on a
// local socket named after the file (QLocalServer), and a second Minutebook asked to open the
// same file — from the command line, a double-click, Open Archive… or Recent Archives — asks
// the first to come forward instead of opening it a second time (SQLite would let both write,
// and each window would show the other's edits only after reloading).

#include <QObject>
#include <QString>

class QLocalServer;

namespace minutebook {

class SingleArchive : public QObject
{
    Q_OBJECT

public:
    explicit SingleArchive(QObject *parent = nullptr);
    ~SingleArchive() override;

    /// The local socket's name for the file at `path` (the same file by any path, for this
    /// user).
    static QString serverName(const QString &path);
    /// Asks a Minutebook that has `path` open to bring its window forward; true when one
    /// answered (then this program must not open the file).
    static bool bringForward(const QString &path, int timeoutMs = 2000);

    /// Answers for `path` from now on (instead of any file before); false when the name could
    /// not be taken.
    bool listen(const QString &path);
    /// Answers for no file (an archive on a server is not a file on this desktop).
    void stop();
    /// True when this one answers for the file at `path` (by any path to it).
    bool answersFor(const QString &path) const;

signals:
    /// Another Minutebook asked for the file this one has open.
    void forwardRequested();

private:
    void answer();

    QLocalServer *m_server = nullptr;
    QString m_name;
};

} // namespace minutebook
