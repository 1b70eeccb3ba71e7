#pragma once

// The command line of the minutebook program: --database FILE, --language sv|en, --help and
// --version. Kept apart from main() so the language can be chosen before the help text is
// written, and help and version work without a display.

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
    /// The language to speak: --language when given, else the saved choice, else empty
    /// (follow the system). Reads the arguments before translators exist.
    static QString languageChoice(const QStringList &arguments);

    /// Call after the translators are installed, so the help is in the user's language.
    CommandLine();
    /// Parses `arguments`; prints help or version and exits when asked to. False with error()
    /// when the command line is wrong.
    [[nodiscard]] bool parse(const QStringList &arguments);
    QString error() const { return m_error; }
    QString database() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_databaseOption;
    QCommandLineOption m_languageOption;
    QString m_error;
};

} // namespace minutebook
