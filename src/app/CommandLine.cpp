#include "CommandLine.h"

#include "Language.h"
#include "LanguageMenu.h"

namespace minutebook {

namespace {
const QStringList databaseNames {QStringLiteral("d"), QStringLiteral("database")};
const QString serverName = QStringLiteral("server");
const QString languageName = QStringLiteral("language");
const QString checkName = QStringLiteral("check-installation");

// Whether one of `options` comes before the end of the options ("--").
bool containsOption(const QStringList &arguments, const QStringList &options)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (options.contains(arguments.at(i)))
            return true;
    }
    return false;
}
} // namespace

bool CommandLine::asksForHelpOrVersion(const QStringList &arguments)
{
    return containsOption(arguments,
        {QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-?"), QStringLiteral("-v"),
            QStringLiteral("--version")});
}

bool CommandLine::asksForInstallationCheck(const QStringList &arguments)
{
    return !asksForHelpOrVersion(arguments)
        && containsOption(arguments, {QStringLiteral("--") + checkName});
}

QString CommandLine::languageChoice(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language(languageName, QString(), QStringLiteral("code"));
    parser.addOption(language);
    parser.addOption(QCommandLineOption(databaseNames, QString(), QStringLiteral("file")));
    parser.addOption(QCommandLineOption(serverName, QString(), QStringLiteral("url")));
    parser.addOption(QCommandLineOption(checkName));
    parser.addHelpOption();
    parser.addVersionOption();
    // A wrong command line is reported after the translators are installed, by parse().
    (void)parser.parse(arguments);
    const QString choice = parser.value(language);
    if (!choice.isEmpty() && Language::available().contains(choice))
        return choice;
    return LanguageMenu::savedChoice();
}

CommandLine::CommandLine()
    : m_helpOption({QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")},
        tr("Show this help and quit."))
    , m_versionOption(
          {QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and quit."))
    , m_databaseOption(databaseNames,
          tr("Open the database FILE (default: $MINUTEBOOK_DATABASE, or "
             "minutebook.db in the application data folder)."),
          tr("FILE"))
    , m_serverOption(serverName,
          tr("Open the archive on a PostgreSQL server, given as a libpq URI or key=value string "
             "as minutebook-cli takes it (default: $MINUTEBOOK_SERVER when no FILE is given)."),
          tr("URL"))
    , m_languageOption(languageName,
          tr("Speak LANGUAGE (%1) instead of the language chosen in the program.")
              .arg(Language::available().join(QStringLiteral(", "))),
          tr("LANGUAGE"))
    , m_checkOption(checkName,
          tr("Check the installation without opening a window: print the version, the database "
             "drivers, the language and Qt's standard buttons in it, and quit (exit status 0 when "
             "Minutebook can run)."))
{
    m_parser.setApplicationDescription(tr("Minutebook: meeting minutes for the people who write "
                                          "and read them."));
    // Our own help and version options: their descriptions are then translated with ours.
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addOption(m_databaseOption);
    m_parser.addOption(m_serverOption);
    m_parser.addOption(m_languageOption);
    m_parser.addOption(m_checkOption);
    // `minutebook FILE`: how the desktop file (Exec=minutebook %f) opens a double-clicked archive.
    m_parser.addPositionalArgument(tr("FILE"),
        tr("Open the database FILE, as --database FILE does."),
        QStringLiteral("[%1]").arg(tr("FILE")));
}

bool CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    if (m_parser.isSet(m_helpOption))
        m_parser.showHelp(0);
    if (m_parser.isSet(m_versionOption))
        m_parser.showVersion();
    const QStringList files = m_parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && m_parser.isSet(m_databaseOption))) {
        m_error = tr("Unexpected argument “%1”. Give one database, as FILE or with --database.")
                      .arg(files.constLast());
        return false;
    }
    if (m_parser.isSet(m_serverOption) && (m_parser.isSet(m_databaseOption) || !files.isEmpty())) {
        m_error = tr("Give either a database FILE or --server URL, not both.");
        return false;
    }
    const QString language = m_parser.value(m_languageOption);
    if (m_parser.isSet(m_languageOption) && !Language::available().contains(language)) {
        m_error = tr("Unknown language “%1”. Choose one of: %2.")
                      .arg(language, Language::available().join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

QString CommandLine::database() const
{
    const QStringList files = m_parser.positionalArguments();
    return files.isEmpty() ? m_parser.value(m_databaseOption) : files.constFirst();
}

QString CommandLine::server() const
{
    if (m_parser.isSet(m_serverOption))
        return m_parser.value(m_serverOption);
    if (m_parser.isSet(m_databaseOption) || !m_parser.positionalArguments().isEmpty())
        return {};
    return qEnvironmentVariable("MINUTEBOOK_SERVER");
}

} // namespace minutebook
