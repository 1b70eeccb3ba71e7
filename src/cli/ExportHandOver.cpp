// minutebook-cli's `export` and `approve`: the same command line is run by minutebook-export, which
// sits beside minutebook-cli (build folder and installation alike). Replacing the process keeps
// stdout, stderr and the exit code exactly those of the export.

#include "Cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace minutebook {

bool Cli::handsOver(const char *command)
{
    // approve renders the archival copy of the minutes, which needs the document layer too.
    return std::strcmp(command, "export") == 0 || std::strcmp(command, "approve") == 0;
}

Approvals::DocumentRenderer Cli::documentRenderer(const QCommandLineParser &) const
{
    return {}; // never asked: the commands that render are handed over
}

int Cli::exportMeetings(const QCommandLineParser &)
{
    return handOver();
}

int Cli::handOver()
{
    const QString program
        = QCoreApplication::applicationDirPath() + QStringLiteral("/minutebook-export");
    if (!QFileInfo(program).isExecutable())
        return fail(tr("%1 needs the program %2, which is missing; install Minutebook again.")
                        .arg(m_command, program));
    const QStringList arguments = QCoreApplication::arguments();
    QVector<QByteArray> bytes;
    bytes.reserve(arguments.size());
    bytes.append(QFile::encodeName(program));
    for (qsizetype i = 1; i < arguments.size(); ++i)
        bytes.append(QFile::encodeName(arguments.at(i)));
    QVector<char *> argv;
    for (QByteArray &b : bytes)
        argv.append(b.data());
    argv.append(nullptr);
    m_out.flush();
    m_err.flush();
    ::execv(argv.first(), argv.data());
    return fail(
        tr("Could not start %1: %2").arg(program, QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace minutebook
