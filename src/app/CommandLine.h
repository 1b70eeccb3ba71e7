#pragma once

// The command line of the minutebook program: --database FILE (or FILE alone, as the desktop
// file passes a double-clicked archive), --server URL (as minutebook-cli takes it), --language
// sv|en, --help, --version and
// --check-installation. Kept apart from main() so the language can be chosen before the help text
// is written, and help, version and the installation check work without a display.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace minutebook {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::CommandLine)

public:
    /// True when the arguments only ask for --help or --version: no window is needed.
    static bool asksForHelpOrVersion(const QStringList &arguments);
    /// True when the arguments ask for --check-installation (and not for help or version).
    static bool asksForInstallationCheck(const QStringList &arguments);
    /// The language to speak: --language when given, else the saved choice, else empty
    /// (follow the system). Reads the arguments before translators exist.
    static QString languageChoice(const QStringList &arguments);

    /// Call after the translators are installed, so the help is in the user's language.
    CommandLine();
    /// Parses `arguments`; prints help or version and exits when asked to. False with error()
    /// when the command line is wrong.
    [[nodiscard]] bool parse(const QStringList &arguments);
    QString error() const { return m_error; }
    /// The database given as FILE or with --database; empty for the default.
    QString database() const;
    /// The server given with --server URL, or $MINUTEBOOK_SERVER when no database file was
    /// given (the command line's rule); empty for a file.
    QString server() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_databaseOption;
    QCommandLineOption m_serverOption;
    QCommandLineOption m_languageOption;
    QCommandLineOption m_checkOption;
    QString m_error;
};

} // namespace minutebook
