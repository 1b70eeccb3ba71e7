#pragma once

// Where a shared archive lives: a PostgreSQL server named by a libpq connection URI
// ("postgresql://anna@db.example/minutes?sslmode=verify-full") or key=value string, as
// `--server URL` and $MINUTEBOOK_SERVER give it. libpq's own parser (PQconninfoParse) reads it,
// so every parameter libpq knows is understood and passed on to Qt's QPSQL driver: host (also a
// socket folder), port, database, user, and the rest (sslmode, sslrootcert, service, …) as
// connect options. Passwords are libpq's business (~/.pgpass, PGPASSWORD, a service file),
// never stored by the program. Every connection says it is Minutebook (application_name) and
// gives up after at most 10 seconds.

#include "Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

class QSqlDatabase;
class QSqlError;

namespace minutebook {

class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::ServerAddress)

public:
    /// The longest a connection attempt may take, in seconds.
    static constexpr int connectTimeout = 10;

    /// Parses a URI or key=value string; says what is wrong with a bad one.
    static Result<ServerAddress> parse(const QString &text);

    /// An address from its parts by libpq's names (host, port, dbname, user, sslmode…), as the
    /// window's fields give them; empty values are left out. Checked as parse() checks a string.
    static Result<ServerAddress> fromParameters(const QMap<QString, QString> &parameters);

    QString host() const { return m_parameters.value(QStringLiteral("host")); }
    int port() const;
    QString database() const { return m_parameters.value(QStringLiteral("dbname")); }
    QString user() const { return m_parameters.value(QStringLiteral("user")); }
    /// Every parameter given, by libpq's name ("sslmode" → "verify-full").
    QMap<QString, QString> parameters() const { return m_parameters; }
    /// The connect options handed to QPSQL: what is not host, port, database or user, with
    /// application_name and connect_timeout added.
    QString connectOptions() const;
    /// For messages, the title bar and the status bar: user@host:port/database, never a
    /// password.
    QString displayName() const;
    /// The address as a libpq key=value string without any password: what a list of recent
    /// archives may keep, and parse() reads back to the same address.
    QString text() const;
    /// The same address with `password` (typed by the user when the server asked for one; kept
    /// in memory only). An empty password removes it.
    ServerAddress withPassword(const QString &password) const;
    /// The address as a postgresql:// URI without any password (a socket folder as the host
    /// parameter), for people to read and paste; parse() reads it back to the same address.
    QString uri() const;
    bool hasPassword() const { return m_parameters.contains(QStringLiteral("password")); }

    /// A QPSQL connection named `connectionName`, set up but not opened.
    QSqlDatabase configure(const QString &connectionName) const;
    /// Opens `db` (configured by configure()); a failure in words a user can act on: server
    /// unreachable, login refused, no such database.
    Status open(QSqlDatabase &db) const;
    /// The sentence for a failed connection attempt.
    QString describeConnectFailure(const QSqlError &error) const;

    /// What a login attempt found, for the window's Connect and Test buttons.
    enum class Login {
        Accepted, ///< the server let us in
        NeedsPassword, ///< the server asked for a password and none was given: ask, then retry
        Failed, ///< unreachable, refused, no such database (the sentence in `message`)
    };
    /// Tries to log in with libpq alone and closes again; `message` gets the same sentence as
    /// open() gives for a failure. Blocks for up to connectTimeout seconds: call it off the
    /// GUI thread.
    Login tryLogin(QString *message) const;

private:
    /// connect_timeout as given, at most connectTimeout.
    int timeout() const;
    QString describeConnectFailure(const QString &code, const QString &detail) const;

    QMap<QString, QString> m_parameters;
};

} // namespace minutebook
