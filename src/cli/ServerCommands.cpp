// Where an archive is (a file or a server), `server init|upgrade` and `copy`.

#include "ArchiveCopy.h"
#include "Cli.h"
#include "DatabaseLocation.h"
#include "ServerAddress.h"

namespace minutebook {

namespace {
// A server given where a file could be (copy --from/--to): a libpq URI.
bool looksLikeServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}
} // namespace

void Cli::archiveLocation(const QCommandLineParser &parser, QString *location, bool *server)
{
    // run() has refused --database together with --server.
    const bool file = parser.isSet(QStringLiteral("database"));
    const bool url = parser.isSet(QStringLiteral("server"));
    const QString fromEnvironment = qEnvironmentVariable("MINUTEBOOK_SERVER");
    *server = url || (!file && !fromEnvironment.isEmpty());
    if (*server)
        *location = url ? parser.value(QStringLiteral("server")) : fromEnvironment;
    else
        *location = DatabaseLocation::resolve(parser.value(QStringLiteral("database")));
}

Result<std::unique_ptr<Database>> Cli::openArchive(
    const QString &location, bool server, const Database::Options &options)
{
    if (!server)
        return Database::open(location, options);
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        return address.status();
    return Database::openServer(address.value(), options);
}

int Cli::server(const QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().at(0);
    if (action != QLatin1String("init") && action != QLatin1String("upgrade"))
        return fail(tr("server takes init or upgrade, not “%1”").arg(action), Usage);
    QString location;
    bool isServer = false;
    archiveLocation(parser, &location, &isServer);
    if (!isServer)
        return fail(
            tr("server %1 needs a server: give --server URL or set $MINUTEBOOK_SERVER").arg(action),
            Usage);
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        return fail(address.error());
    int from = 0;
    const bool create = action == QLatin1String("init");
    auto db = Database::prepareServer(address.value(),
        create ? Database::ServerSchema::Create : Database::ServerSchema::Upgrade, &from);
    if (!db)
        return fail(db.error());
    const int now = db.value()->schemaVersion();
    if (create)
        m_out << tr("Created a Minutebook archive (schema version %1) on %2.")
                     .arg(now)
                     .arg(address.value().displayName());
    else if (from == now)
        m_out << tr("The archive on %1 is up to date (schema version %2).")
                     .arg(address.value().displayName())
                     .arg(now);
    else
        m_out << tr("Upgraded the archive on %1 from schema version %2 to %3.")
                     .arg(address.value().displayName())
                     .arg(from)
                     .arg(now);
    m_out << QLatin1Char('\n');
    return Success;
}

int Cli::copy(const QCommandLineParser &parser)
{
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return fail(tr("copy needs --from SOURCE and --to TARGET"), Usage);
    Database::Options sourceOptions;
    sourceOptions.readsOnly = true;
    sourceOptions.createIfMissing = false;
    auto source = openArchive(from, looksLikeServer(from), sourceOptions);
    if (!source)
        return fail(source.error());
    auto target = openArchive(to, looksLikeServer(to), Database::Options());
    if (!target)
        return fail(target.error());
    if (target.value()->isReadOnly())
        return fail(tr("“%1” is read-only: copy needs to write to it.").arg(to));

    ArchiveCopy::Options options;
    options.append = parser.isSet(QStringLiteral("append"));
    int shownPercent = -100;
    options.progress = [&](qint64 done, qint64 total, const QString &) {
        // A line per tenth: readable in a terminal and in a log alike.
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent / 10 != shownPercent / 10) {
            shownPercent = percent;
            m_err << tr("copying: %1 of %2 rows (%3 %)").arg(done).arg(total).arg(percent)
                  << QLatin1Char('\n');
            m_err.flush();
        }
        return true;
    };
    const auto copied = ArchiveCopy::copy(*source.value(), *target.value(), options);
    if (!copied)
        return fail(copied.error());
    m_out << tr("Copied %n meeting(s), %1 rows in all, from %2 to %3.", nullptr,
        int(copied.value().meetings))
                 .arg(copied.value().rows)
                 .arg(source.value()->path(), target.value()->path())
          << QLatin1Char('\n');
    return Success;
}

} // namespace minutebook
