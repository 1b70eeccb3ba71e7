#include "ServerAddress.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>

#include <libpq-fe.h>

namespace minutebook {

namespace {
// Given to QPSQL separately, not as connect options.
bool isOwnField(const QString &key)
{
    return key == QLatin1String("host") || key == QLatin1String("port")
        || key == QLatin1String("dbname") || key == QLatin1String("user")
        || key == QLatin1String("password");
}

// A connect option value as libpq reads it: quoted when it holds a space, a quote or a
// backslash. QPSQL joins the options with spaces; a ';' would split them.
QString optionValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')) && !value.contains(QLatin1Char(';')))
        return value;
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}
} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<ServerAddress>::failure(
            tr("No server given: use a URL such as postgresql://user@host/database."));
    char *error = nullptr;
    const QByteArray utf8 = trimmed.toUtf8();
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &error);
    if (!options) {
        QString why = error ? QString::fromUtf8(error).trimmed() : QString();
        if (error)
            PQfreemem(error);
        return Result<ServerAddress>::failure(
            tr("“%1” is not a server address: %2").arg(trimmed, why));
    }
    ServerAddress address;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && *o->val)
            address.m_parameters.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    // libpq checks the port only when it connects; a typo is said now.
    const QString ports = address.m_parameters.value(QStringLiteral("port"));
    for (const QString &port : ports.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool number = false;
        const int value = port.toInt(&number);
        if (!number || value < 1 || value > 65535)
            return Result<ServerAddress>::failure(
                tr("“%1” is not a server address: “%2” is not a port number.").arg(trimmed, port));
    }
    if (address.database().isEmpty())
        return Result<ServerAddress>::failure(
            tr("“%1” names no database: add it to the address (…/database).").arg(trimmed));
    return address;
}

Result<ServerAddress> ServerAddress::fromParameters(const QMap<QString, QString> &parameters)
{
    QStringList pairs;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            pairs.append(it.key() + QLatin1Char('=') + optionValue(it.value().trimmed()));
    }
    if (pairs.isEmpty())
        return parse(QString());
    return parse(pairs.join(QLatin1Char(' ')));
}

int ServerAddress::port() const
{
    bool ok = false;
    const int value = m_parameters.value(QStringLiteral("port")).toInt(&ok);
    return ok ? value : -1;
}

int ServerAddress::timeout() const
{
    bool ok = false;
    const int seconds = m_parameters.value(QStringLiteral("connect_timeout")).toInt(&ok);
    return !ok || seconds <= 0 || seconds > connectTimeout ? connectTimeout : seconds;
}

QString ServerAddress::connectOptions() const
{
    QStringList out;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it) {
        if (isOwnField(it.key()) || it.key() == QLatin1String("application_name")
            || it.key() == QLatin1String("connect_timeout"))
            continue;
        out.append(it.key() + QLatin1Char('=') + optionValue(it.value()));
    }
    out.append(QStringLiteral("connect_timeout=%1").arg(timeout()));
    out.append(QStringLiteral("application_name=Minutebook"));
    // QPSQL splits its options at ';' and hands each to libpq.
    return out.join(QLatin1Char(';'));
}

QString ServerAddress::displayName() const
{
    QString where = host().isEmpty() ? QStringLiteral("localhost") : host();
    if (port() > 0)
        where += QLatin1Char(':') + QString::number(port());
    const QString who = user().isEmpty() ? QString() : user() + QLatin1Char('@');
    return who + where + QLatin1Char('/') + database();
}

QSqlDatabase ServerAddress::configure(const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host());
    if (port() > 0)
        db.setPort(port());
    db.setDatabaseName(database());
    db.setUserName(user());
    if (m_parameters.contains(QStringLiteral("password")))
        db.setPassword(m_parameters.value(QStringLiteral("password")));
    db.setConnectOptions(connectOptions());
    return db;
}

Status ServerAddress::open(QSqlDatabase &db) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Status::failure(tr("This installation cannot reach a server: Qt's PostgreSQL "
                                  "driver (package libqt6sql6-psql) is missing."));
    if (db.open())
        return {};
    return Status::failure(describeConnectFailure(db.lastError()));
}

QString ServerAddress::text() const
{
    QStringList out;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it) {
        if (it.key() != QLatin1String("password"))
            out.append(it.key() + QLatin1Char('=') + optionValue(it.value()));
    }
    return out.join(QLatin1Char(' '));
}

QString ServerAddress::uri() const
{
    const auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    // A socket folder (or a list of hosts) cannot be the URI's host part: it goes in the query.
    const bool plainHost = !host().isEmpty() && !host().startsWith(QLatin1Char('/'))
        && !host().contains(QLatin1Char(','));
    QString out = QStringLiteral("postgresql://");
    if (!user().isEmpty())
        out += encoded(user()) + QLatin1Char('@');
    if (plainHost) {
        out += host().contains(QLatin1Char(':')) ? QLatin1Char('[') + host() + QLatin1Char(']')
                                                 : host();
        if (port() > 0)
            out += QLatin1Char(':') + QString::number(port());
    }
    out += QLatin1Char('/') + encoded(database());
    QStringList query;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("password") || key == QLatin1String("user")
            || key == QLatin1String("dbname") || (plainHost && key == QLatin1String("host"))
            || (plainHost && port() > 0 && key == QLatin1String("port")))
            continue;
        query.append(key + QLatin1Char('=') + encoded(it.value()));
    }
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

ServerAddress ServerAddress::withPassword(const QString &password) const
{
    ServerAddress out = *this;
    if (password.isEmpty())
        out.m_parameters.remove(QStringLiteral("password"));
    else
        out.m_parameters.insert(QStringLiteral("password"), password);
    return out;
}

ServerAddress::Login ServerAddress::tryLogin(QString *message) const
{
    // What configure() hands QPSQL, as libpq's keyword arrays.
    QMap<QString, QString> parameters = m_parameters;
    parameters.insert(QStringLiteral("connect_timeout"), QString::number(timeout()));
    parameters.insert(QStringLiteral("application_name"), QStringLiteral("Minutebook"));
    QVector<QByteArray> keys;
    QVector<QByteArray> values;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        keys.append(it.key().toUtf8());
        values.append(it.value().toUtf8());
    }
    QVector<const char *> keyPointers;
    QVector<const char *> valuePointers;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        keyPointers.append(keys.at(i).constData());
        valuePointers.append(values.at(i).constData());
    }
    keyPointers.append(nullptr);
    valuePointers.append(nullptr);
    PGconn *connection = PQconnectdbParams(keyPointers.constData(), valuePointers.constData(), 0);
    Login login = Login::Accepted;
    if (!connection) {
        login = Login::Failed;
        if (message)
            *message = describeConnectFailure(QString(), tr("out of memory"));
    } else if (PQstatus(connection) != CONNECTION_OK) {
        login = PQconnectionNeedsPassword(connection) ? Login::NeedsPassword : Login::Failed;
        if (message)
            *message = describeConnectFailure(
                QString(), QString::fromUtf8(PQerrorMessage(connection)).trimmed());
    }
    PQfinish(connection);
    return login;
}

QString ServerAddress::describeConnectFailure(const QSqlError &error) const
{
    const QString detail = error.databaseText().trimmed().isEmpty()
        ? error.text().trimmed()
        : error.databaseText().trimmed();
    return describeConnectFailure(error.nativeErrorCode(), detail);
}

QString ServerAddress::describeConnectFailure(const QString &code, const QString &detail) const
{
    // SQLSTATEs where libpq gives one; the text where the connection never got that far.
    if (code == QLatin1String("3D000") || detail.contains(QLatin1String("does not exist")))
        return tr("The server %1 has no database “%2”. Check the address, or ask whoever runs "
                  "the server to create it.")
            .arg(displayName(), database());
    if (code == QLatin1String("28P01") || code == QLatin1String("28000")
        || detail.contains(QLatin1String("authentication failed"))
        || detail.contains(QLatin1String("no password supplied"))
        || detail.contains(QLatin1String("no pg_hba.conf entry")))
        return tr("The server %1 refused the login: %2").arg(displayName(), detail);
    return tr("The server %1 cannot be reached (gave up after at most %2 s): %3")
        .arg(displayName())
        .arg(connectTimeout)
        .arg(detail);
}

} // namespace minutebook
