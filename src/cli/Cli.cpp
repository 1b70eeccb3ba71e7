#include "Cli.h"

#include "DatabaseLocation.h"

#include <QDate>

namespace minutebook {

struct Cli::Command
{
    const char *name;
    const char *arguments;
    const char *description;
    QList<QCommandLineOption> (*options)();
    int (Cli::*run)(const QCommandLineParser &);
    Access access;
    /// Exactly this many positional arguments after the command; -1: at least one; -2: the
    /// command checks them itself.
    int positionals;
};

namespace {
QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), Cli::tr("Print JSON (format in docs/cli.md).")};
}
QCommandLineOption bodyOption()
{
    return {QStringLiteral("body"), Cli::tr("Only the body with this name or short name."),
        QStringLiteral("B")};
}
QCommandLineOption limitOption()
{
    return {QStringLiteral("limit"), Cli::tr("At most N results."), QStringLiteral("N")};
}
QCommandLineOption fromOption()
{
    return {QStringLiteral("from"), Cli::tr("From this date (YYYY-MM-DD)."), QStringLiteral("D")};
}
QCommandLineOption toOption()
{
    return {QStringLiteral("to"), Cli::tr("Up to this date (YYYY-MM-DD)."), QStringLiteral("D")};
}

QList<QCommandLineOption> noOptions()
{
    return {};
}
QList<QCommandLineOption> listOptions()
{
    return {bodyOption(),
        {QStringLiteral("year"), Cli::tr("Only meetings of year Y."), QStringLiteral("Y")},
        limitOption(), jsonOption()};
}
QList<QCommandLineOption> showOptions()
{
    return {jsonOption()};
}
QCommandLineOption csvOption()
{
    return {QStringLiteral("csv"),
        Cli::tr("Print CSV: UTF-8 with byte order mark, ';'-separated (for Excel).")};
}
QCommandLineOption separatorOption()
{
    return {QStringLiteral("separator"),
        Cli::tr("CSV field separator: semicolon (default), comma or tab."), QStringLiteral("S")};
}

QList<QCommandLineOption> searchOptions()
{
    return {jsonOption(), limitOption(), bodyOption(), fromOption(), toOption(),
        {QStringLiteral("person"),
            Cli::tr("Only hits where this person attended, presented or was assigned."),
            QStringLiteral("NAME")},
        {QStringLiteral("kind"),
            Cli::tr("Only hits of this kind: meeting, item, decision or action."),
            QStringLiteral("K")}};
}
QList<QCommandLineOption> decisionOptions()
{
    return {jsonOption(), csvOption(), separatorOption(), limitOption(), bodyOption(), fromOption(),
        toOption()};
}
QList<QCommandLineOption> actionOptions()
{
    return {jsonOption(), csvOption(), separatorOption(), limitOption(), bodyOption(),
        {QStringLiteral("open"), Cli::tr("Only assignments still open.")},
        {QStringLiteral("assignee"), Cli::tr("Only assignments of this person."),
            QStringLiteral("NAME")}};
}
QList<QCommandLineOption> importOptions()
{
    return {{QStringLiteral("date"),
                Cli::tr("Meeting date for files that do not give one (YYYY-MM-DD)."),
                QStringLiteral("D")},
        {QStringLiteral("body"), Cli::tr("The group the minutes belong to (name)."),
            QStringLiteral("B")},
        {QStringLiteral("dry-run"), Cli::tr("Show what would be imported; write nothing.")},
        {QStringLiteral("force"), Cli::tr("Import a file again even if it was imported before.")},
        jsonOption()};
}

// How a rendered document looks (export, and the archival copy approve stores).
QList<QCommandLineOption> documentLookOptions()
{
    return {{QStringLiteral("organisation"),
                Cli::tr("Organisation named in the header and page footer (default: from the "
                        "program's settings)."),
                QStringLiteral("NAME")},
        {QStringLiteral("logo"),
            Cli::tr("Logo (SVG or PNG) at the top of the first page; \"\" for none (default: "
                    "from the program's settings)."),
            QStringLiteral("FILE")},
        {QStringLiteral("footer"),
            Cli::tr("Footer text on every page (default: from the program's settings)."),
            QStringLiteral("TEXT")},
        {QStringLiteral("document-language"),
            Cli::tr("Write the minutes in this language (sv or en) this once (default: the "
                    "archive's language; see the command “language”)."),
            QStringLiteral("LANG")}};
}

QList<QCommandLineOption> exportOptions()
{
    return QList<QCommandLineOption> {
               {QStringLiteral("format"), Cli::tr("pdf, html or md (default: from the file name)."),
                   QStringLiteral("F")},
               {QStringList {QStringLiteral("o"), QStringLiteral("output")},
                   Cli::tr("Write to FILE (replaced only when the export succeeds)."),
                   QStringLiteral("FILE")},
               {QStringLiteral("output-dir"),
                   Cli::tr(
                       "Archive: write every meeting as PDF/A, index.html and registers to DIR."),
                   QStringLiteral("DIR")},
               {QStringLiteral("body"),
                   Cli::tr("Archive: only the body with this name or short name."),
                   QStringLiteral("B")},
               {QStringLiteral("year"), Cli::tr("Archive: only meetings of year Y."),
                   QStringLiteral("Y")}}
    + documentLookOptions();
}

QList<QCommandLineOption> approveOptions()
{
    return QList<QCommandLineOption> {
               {QStringLiteral("by"),
                   Cli::tr("Who approved the minutes: one or two attendees, separated by a comma."),
                   QStringLiteral("NAME[,NAME]")},
               {QStringLiteral("date"),
                   Cli::tr("The day of approval (YYYY-MM-DD; default: today)."),
                   QStringLiteral("D")}}
    + documentLookOptions();
}

QList<QCommandLineOption> reopenOptions()
{
    return {{QStringLiteral("reason"), Cli::tr("Why the minutes are reopened (required)."),
                QStringLiteral("TEXT")},
        {QStringLiteral("by"), Cli::tr("Who reopens them (default: the login name)."),
            QStringLiteral("NAME")}};
}

QList<QCommandLineOption> copyOptions()
{
    return {{QStringLiteral("from"),
                Cli::tr("The archive to copy: a file, or a server as postgresql://…"),
                QStringLiteral("SOURCE")},
        {QStringLiteral("to"),
            Cli::tr("Where to copy it: a new file, or a server prepared with “server init”."),
            QStringLiteral("TARGET")},
        {QStringLiteral("append"),
            Cli::tr("Add to a target that already holds meetings (the copied rows get new ids).")}};
}

QList<QCommandLineOption> helpOptions()
{
    return {{QStringLiteral("all"), Cli::tr("Every command's options, one after the other.")}};
}

QList<QCommandLineOption> generateOptions()
{
    return {
        {QStringLiteral("meetings"), Cli::tr("How many meetings to write."), QStringLiteral("N")},
        {QStringLiteral("seed"), Cli::tr("Seed for the random choices (default 1)."),
            QStringLiteral("S")}};
}

} // namespace

const QVector<Cli::Command> &Cli::commands()
{
    static const QVector<Command> all = {
        {"list", "", QT_TR_NOOP("List meetings, newest first."), listOptions, &Cli::list, Reads, 0},
        {"show", "ID", QT_TR_NOOP("Show one meeting whole."), showOptions, &Cli::show, Reads, 1},
        {"search", "QUERY", QT_TR_NOOP("Search all meetings: words, \"phrase\", prefix*, -word."),
            searchOptions, &Cli::search, Reads, 1},
        {"decisions", "", QT_TR_NOOP("List the decisions of all meetings."), decisionOptions,
            &Cli::decisions, Reads, 0},
        {"actions", "", QT_TR_NOOP("List the assignments of all meetings."), actionOptions,
            &Cli::actions, Reads, 0},
        {"generate", "", QT_TR_NOOP("Fill the database with synthetic example minutes."),
            generateOptions, &Cli::generate, Writes, 0},
        {"backup", "FILE", QT_TR_NOOP("Write a consistent copy of the database to FILE."),
            noOptions, &Cli::backup, Reads, 1},
        {"restore", "BACKUP",
            QT_TR_NOOP("Replace the database by a backup (the current one is kept in backups/)."),
            noOptions, &Cli::restore, Own, 1},
        {"copy", "", QT_TR_NOOP("Copy a whole archive between files and servers (--from, --to)."),
            copyOptions, &Cli::copy, Own, 0},
        {"help", "[COMMAND]", QT_TR_NOOP("Show the options of a command (--all: of every one)."),
            helpOptions, &Cli::help, Own, -2},
        {"server", "init|upgrade",
            QT_TR_NOOP("Create the archive's schema on a server, or upgrade it (the owner)."),
            noOptions, &Cli::server, Own, 1},
        {"check", "", QT_TR_NOOP("Check the database for damage."), noOptions, &Cli::check, Reads,
            0},
        {"language", "[LANG]",
            QT_TR_NOOP("Show the language the archive's minutes are written in, or set it."),
            noOptions, &Cli::language, MayWrite, -2},
        {"approve", "ID", QT_TR_NOOP("Approve a meeting's minutes (they become read-only)."),
            approveOptions, &Cli::approve, Writes, 1},
        {"reopen", "ID", QT_TR_NOOP("Make approved minutes a draft again, with a reason."),
            reopenOptions, &Cli::reopen, Writes, 1},
        {"verify", "ID|FILE.pdf",
            QT_TR_NOOP("Check that approved minutes (or their PDF) are unchanged since approval."),
            showOptions, &Cli::verify, Reads, 1},
        {"import", "FILE…", QT_TR_NOOP("Import minutes from plain-text files."), importOptions,
            &Cli::importFiles, MayWrite, -1},
        {"export", "[ID]",
            QT_TR_NOOP("Export one meeting as PDF, HTML or Markdown, or a PDF archive."),
            exportOptions, &Cli::exportMeetings, Reads, -2},
    };
    return all;
}

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QString Cli::usage() const
{
    QString text = tr("Usage: minutebook-cli [--database FILE | --server URL] COMMAND "
                      "[options]\n\nCommands:\n");
    for (const Command &c : commands()) {
        const QString head
            = QString::fromLatin1(c.name) + QLatin1Char(' ') + QString::fromUtf8(c.arguments);
        text += QStringLiteral("  %1 %2\n").arg(head.leftJustified(20), tr(c.description));
    }
    text += tr("\nRun “minutebook-cli COMMAND --help” for the options of a command.\n");
    return text;
}

int Cli::fail(const QString &message, int code)
{
    m_err << QStringLiteral("minutebook-cli: ") << message << QLatin1Char('\n');
    return code;
}

QCommandLineOption Cli::databaseOption()
{
    return {QStringLiteral("database"),
        tr("The database file (default: $MINUTEBOOK_DATABASE, "
           "else the user's Minutebook database)."),
        QStringLiteral("FILE")};
}

QCommandLineOption Cli::serverOption()
{
    return {QStringLiteral("server"),
        tr("The archive on a PostgreSQL server, as a libpq URI or key=value string (default: "
           "$MINUTEBOOK_SERVER)."),
        QStringLiteral("URL")};
}

QCommandLineOption Cli::helpOption()
{
    return {QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
}

void Cli::setUpParser(QCommandLineParser &parser, const Command &command)
{
    parser.setApplicationDescription(tr(command.description));
    parser.addOption(databaseOption());
    parser.addOption(serverOption());
    parser.addOption(helpOption());
    parser.addOptions(command.options());
    parser.addPositionalArgument(QString::fromLatin1(command.name), QString());
    if (command.arguments[0] != '\0')
        parser.addPositionalArgument(QString::fromUtf8(command.arguments), QString());
}

QString Cli::commandHelp(const Command &command)
{
    QCommandLineParser parser;
    setUpParser(parser, command);
    // Qt's text begins with the program's path and ends with the positional arguments, which
    // have no descriptions here: the usage line says them instead.
    QString text = parser.helpText();
    text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
    const int arguments = text.lastIndexOf(QStringLiteral("\n\n"));
    if (arguments > 0)
        text.truncate(arguments + 1);
    const QString args = QString::fromUtf8(command.arguments);
    return tr("Usage: minutebook-cli %1 [options]%2")
               .arg(QLatin1String(command.name),
                   args.isEmpty() ? QString() : QLatin1Char(' ') + args)
        + QLatin1Char('\n') + text;
}

int Cli::help(const QCommandLineParser &parser)
{
    const QStringList wanted = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("all"))) {
        for (const Command &c : commands())
            m_out << QLatin1String(c.name) << QLatin1Char('\n') << commandHelp(c)
                  << QLatin1Char('\n');
        return Success;
    }
    if (wanted.isEmpty()) {
        m_out << usage();
        return Success;
    }
    if (wanted.size() > 1)
        return fail(tr("help takes one command"), Usage);
    for (const Command &c : commands()) {
        if (wanted.constFirst() == QLatin1String(c.name)) {
            m_out << commandHelp(c);
            return Success;
        }
    }
    return fail(tr("unknown command “%1”; run “minutebook-cli --help” for the list.")
                    .arg(wanted.constFirst()),
        Usage);
}

int Cli::run(const QStringList &arguments)
{
    const QCommandLineOption databaseOption = Cli::databaseOption();
    const QCommandLineOption serverOption = Cli::serverOption();
    // Find the command: the first argument that is neither an option nor an option's value.
    int commandIndex = -1;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--database") || a == QLatin1String("--server")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-'))) {
            commandIndex = i;
            break;
        }
    }
    if (commandIndex < 0) {
        QCommandLineParser global;
        global.addOption(databaseOption);
        global.addOption(serverOption);
        const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
        const QCommandLineOption version(
            QStringList {QStringLiteral("v"), QStringLiteral("version")});
        global.addOption(help);
        global.addOption(version);
        if (!global.parse(arguments))
            return fail(global.errorText(), Usage);
        if (global.isSet(version)) {
            m_out << QStringLiteral("minutebook-cli %1\n")
                         .arg(QCoreApplication::applicationVersion());
            return Success;
        }
        if (global.isSet(help)) {
            m_out << usage();
            return Success;
        }
        m_err << usage();
        return fail(tr("no command given"), Usage);
    }
    m_command = arguments.at(commandIndex);
    const Command *command = nullptr;
    for (const Command &c : commands()) {
        if (m_command == QLatin1String(c.name))
            command = &c;
    }
    if (!command)
        return fail(
            tr("unknown command “%1”; run “minutebook-cli --help” for the list.").arg(m_command),
            Usage);

    QCommandLineParser parser;
    setUpParser(parser, *command);
    QStringList rest = arguments;
    rest.removeAt(commandIndex);
    if (!parser.parse(rest))
        return fail(QStringLiteral("%1: %2").arg(m_command, parser.errorText()), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << commandHelp(*command);
        return Success;
    }
    if (command->positionals >= 0 && parser.positionalArguments().size() != command->positionals)
        return fail(command->positionals == 0
                ? tr("%1 takes no arguments").arg(m_command)
                : tr("%1 takes %n argument(s): %2", nullptr, command->positionals)
                      .arg(m_command, QString::fromUtf8(command->arguments)),
            Usage);
    if (command->positionals == -1 && parser.positionalArguments().isEmpty())
        return fail(
            tr("%1 needs at least one %2").arg(m_command, QString::fromUtf8(command->arguments)),
            Usage);
    if (parser.isSet(databaseOption) && parser.isSet(serverOption))
        return fail(tr("give either --database or --server, not both"), Usage);
    if (handsOver(command->name))
        return handOver();
    if (command->access != Own && !openDatabase(parser, command->access))
        return Failure;
    return (this->*command->run)(parser);
}

bool Cli::openDatabase(const QCommandLineParser &parser, Access access)
{
    Database::Options options;
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("MINUTEBOOK_BUSY_TIMEOUT_MS", &ok);
    if (ok)
        options.busyTimeoutMs = timeout;
    options.readsOnly = access == Reads;
    QString path;
    bool server = false;
    archiveLocation(parser, &path, &server);
    auto opened = openArchive(path, server, options);
    if (!opened) {
        fail(opened.error());
        return false;
    }
    m_database = std::move(opened.value());
    if (access == Writes && m_database->isReadOnly()) {
        fail(tr("“%1” is read-only: %2 needs to write to it.").arg(path, m_command));
        return false;
    }
    return true;
}

bool Cli::parseLimit(const QCommandLineParser &parser, int *limit)
{
    if (!parser.isSet(QStringLiteral("limit")))
        return true;
    bool ok = false;
    const int value = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || value < 1) {
        fail(tr("--limit needs a whole number of at least 1, not “%1”.")
                 .arg(parser.value(QStringLiteral("limit"))),
            Usage);
        return false;
    }
    *limit = value;
    return true;
}

bool Cli::parseDate(const QCommandLineParser &parser, const QString &option, QDate *date)
{
    if (!parser.isSet(option))
        return true;
    *date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date->isValid()) {
        fail(tr("--%1 needs a date as YYYY-MM-DD, not “%2”.").arg(option, parser.value(option)),
            Usage);
        return false;
    }
    return true;
}

} // namespace minutebook
