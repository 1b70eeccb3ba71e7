#pragma once

// minutebook-cli: parses the command line, opens the database and runs one subcommand.
// Exit codes: 0 success, 1 the command failed, 2 the command line was wrong (docs/cli.md).

#include "Approvals.h"
#include "Database.h"
#include "ImportResult.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace minutebook {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::Cli)

public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    /// What a command does with the database: only reads (one read-only connection will do),
    /// may write (import: not with --dry-run; it says itself when the file is read-only), or
    /// writes (refused at once on a read-only file).
    /// Own: the command opens what it needs itself (restore replaces the file; server and copy
    /// name their archives).
    enum Access { Reads, MayWrite, Writes, Own };
    struct Command;
    static const QVector<Command> &commands();
    QString usage() const;
    static QCommandLineOption databaseOption();
    static QCommandLineOption serverOption();
    static QCommandLineOption helpOption();
    /// The parser of `command`: its options, the global ones and its arguments.
    static void setUpParser(QCommandLineParser &parser, const Command &command);
    /// What `COMMAND --help` and `help COMMAND` print.
    static QString commandHelp(const Command &command);
    int fail(const QString &message, int code = Failure);
    bool openDatabase(const QCommandLineParser &parser, Access access);
    /// Where the archive is: --database FILE, --server URL, $MINUTEBOOK_SERVER or the default
    /// file, in that order; `server` tells which kind.
    void archiveLocation(const QCommandLineParser &parser, QString *location, bool *server);
    /// Opens a file or a server address (a postgresql:// URI, or anything with `server`).
    Result<std::unique_ptr<Database>> openArchive(
        const QString &location, bool server, const Database::Options &options);
    int server(const QCommandLineParser &parser);
    int help(const QCommandLineParser &parser);
    int copy(const QCommandLineParser &parser);
    bool parseLimit(const QCommandLineParser &parser, int *limit);
    bool parseDate(const QCommandLineParser &parser, const QString &option, QDate *date);
    bool parseCsv(const QCommandLineParser &parser, bool *csv, QChar *separator);
    /// A meeting id as typed; says what is wrong when it is not one.
    bool parseMeetingId(const QString &text, qint64 *id);

    int list(const QCommandLineParser &parser);
    int show(const QCommandLineParser &parser);
    int search(const QCommandLineParser &parser);
    int decisions(const QCommandLineParser &parser);
    int actions(const QCommandLineParser &parser);
    int generate(const QCommandLineParser &parser);
    int backup(const QCommandLineParser &parser);
    int restore(const QCommandLineParser &parser);
    int check(const QCommandLineParser &parser);
    int language(const QCommandLineParser &parser);
    int importFiles(const QCommandLineParser &parser);
    int approve(const QCommandLineParser &parser);
    int reopen(const QCommandLineParser &parser);
    int verify(const QCommandLineParser &parser);
    int verifyFile(const QString &path);
    Result<Meeting> readMinutes(const QString &file, const ImportOptions &options, bool json,
        QJsonObject &report, QByteArray *bytes);
    /// True when this program leaves `command` to another one (minutebook-cli hands `export` to
    /// minutebook-export): run() calls the command before opening the database, and the command
    /// replaces the process.
    static bool handsOver(const char *command);
    /// Runs the other program with the same arguments (replacing this process); returns only
    /// when that failed.
    int handOver();
    /// What renders the archival PDF at approval: in minutebook-export the document layer with
    /// the program's settings and --organisation, --logo, --footer, in the archive's language
    /// (or --document-language); in minutebook-cli nothing (approve is handed over).
    Approvals::DocumentRenderer documentRenderer(const QCommandLineParser &parser) const;
    int exportMeetings(const QCommandLineParser &parser);
    int exportArchive(const QCommandLineParser &parser);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_command;
    std::unique_ptr<Database> m_database;
};

} // namespace minutebook
