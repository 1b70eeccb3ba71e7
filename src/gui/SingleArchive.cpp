#include "SingleArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace minutebook {

namespace {
const QByteArray request = "minutebook: forward\n";
const QByteArray reply = "minutebook: ok\n";
} // namespace

SingleArchive::SingleArchive(QObject *parent)
    : QObject(parent)
{ }

SingleArchive::~SingleArchive() = default;

QString SingleArchive::serverName(const QString &path)
{
    // The canonical path names the file whatever path it was opened by (links, "..");
    // a file not there yet by its absolute path. The user's home keeps users apart.
    const QFileInfo file(path);
    const QString canonical = file.canonicalFilePath();
    const QString key = (canonical.isEmpty() ? file.absoluteFilePath() : canonical)
        + QLatin1Char('\n') + QDir::homePath();
    return QStringLiteral("minutebook-")
        + QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

bool SingleArchive::bringForward(const QString &path, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(path));
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody has it open (or a stale name a crash left behind)
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (socket.bytesAvailable() < reply.size()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readAll().startsWith(reply);
}

bool SingleArchive::listen(const QString &path)
{
    stop();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleArchive::answer);
    const QString name = serverName(path);
    m_name = name;
    // Taken by a Minutebook that opened the file in the same moment: it keeps it (listening with
    // socket options would silently replace its socket). Nobody answering: a name a crashed one
    // left behind, taken over.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500)) {
        stop();
        return false;
    }
    QLocalServer::removeServer(name);
    if (m_server->listen(name))
        return true;
    stop();
    return false;
}

void SingleArchive::stop()
{
    delete m_server;
    m_server = nullptr;
    m_name.clear();
}

bool SingleArchive::answersFor(const QString &path) const
{
    return m_server && m_name == serverName(path);
}

void SingleArchive::answer()
{
    while (QLocalSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() < request.size())
                return;
            if (socket->readAll().startsWith(request)) {
                emit forwardRequested(); // forward first: the asker may go on at the reply
                socket->write(reply);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace minutebook
