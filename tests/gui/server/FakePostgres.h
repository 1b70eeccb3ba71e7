#pragma once

// A stand-in for a PostgreSQL server on a Unix socket in a temporary folder, for what the test
// server (trust logins) cannot show: a server that asks for a password, and one that accepts the
// connection and never answers. It speaks just enough of the protocol: after the startup
// message it asks for a clear-text password, and refuses whatever password comes (SQLSTATE
// 28P01, as PostgreSQL does). Needs Qt6::Network.

#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QtEndian>

namespace minutebook::test {

class FakePostgres : public QObject
{
public:
    enum class Mode { Silent, AsksForPassword };

    explicit FakePostgres(Mode mode)
        : m_mode(mode)
    {
        m_server.setSocketOptions(QLocalServer::WorldAccessOption);
        m_listening = m_server.listen(m_dir.filePath(QStringLiteral(".s.PGSQL.5432")));
        QObject::connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool isListening() const { return m_listening; }
    QString socketFolder() const { return m_dir.path(); }
    /// The address of database `database` on it (libpq key=value), giving up after 2 s.
    QString address(const QString &database = QStringLiteral("minutes")) const
    {
        return QStringLiteral("host=%1 dbname=%2 user=anna connect_timeout=2")
            .arg(socketFolder(), database);
    }
    /// The passwords the client sent, in order.
    QStringList passwords;

private:
    void serve(QLocalSocket *socket)
    {
        if (m_mode == Mode::Silent)
            return; // connected, and no word ever comes back
        QObject::connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            m_buffers[socket] += socket->readAll();
            QByteArray &buffer = m_buffers[socket];
            // The startup message has no type byte; every later message has one.
            if (!m_started.value(socket)) {
                if (buffer.size() < 4 || buffer.size() < qFromBigEndian<qint32>(buffer.constData()))
                    return;
                buffer.remove(0, qFromBigEndian<qint32>(buffer.constData()));
                m_started[socket] = true;
                socket->write(QByteArray("R\0\0\0\x08\0\0\0\x03", 9)); // clear-text password
                return;
            }
            if (buffer.size() < 5
                || buffer.size() < 1 + qFromBigEndian<qint32>(buffer.constData() + 1))
                return;
            if (buffer.at(0) == 'p')
                passwords.append(QString::fromUtf8(buffer.mid(5).chopped(1)));
            QByteArray fields;
            fields += QByteArray("SFATAL", 7);
            fields += QByteArray("C28P01", 7);
            fields += QByteArray("Mpassword authentication failed for user \"anna\"");
            fields += '\0';
            fields += '\0';
            QByteArray error("E");
            QByteArray length(4, '\0');
            qToBigEndian<qint32>(4 + fields.size(), length.data());
            socket->write(error + length + fields);
            socket->flush();
            socket->disconnectFromServer();
        });
    }

    Mode m_mode;
    QTemporaryDir m_dir;
    QLocalServer m_server;
    bool m_listening = false;
    QHash<QLocalSocket *, QByteArray> m_buffers;
    QHash<QLocalSocket *, bool> m_started;
};

} // namespace minutebook::test
