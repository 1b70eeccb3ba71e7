// The minutebook program's command line as a file manager uses it: `minutebook FILE` (the
// desktop file's Exec=minutebook %f) means `--database FILE`; more than one database is refused
// in one sentence, before any window opens.

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProgramRun runWithArguments(const QStringList &arguments)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MINUTEBOOK_PROGRAM), arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << arguments.join(QLatin1Char(' ')).toStdString();
    ProgramRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
} // namespace

TEST(ProgramCommandLine, HelpNamesTheFileArgument)
{
    const ProgramRun help = runWithArguments({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("[FILE]"))) << help.out.toStdString();
}

TEST(ProgramCommandLine, MoreThanOneDatabaseIsRefusedBeforeAnyWindow)
{
    for (const QStringList &arguments :
        {QStringList {QStringLiteral("a.db"), QStringLiteral("b.db")},
            QStringList {
                QStringLiteral("--database"), QStringLiteral("a.db"), QStringLiteral("b.db")}}) {
        const ProgramRun run = runWithArguments(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("b.db"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("one database"))) << run.err.toStdString();
    }
}
