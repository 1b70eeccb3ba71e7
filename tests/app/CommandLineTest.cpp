// The minutebook program's command line as a file manager uses it: `minutebook FILE` (the
// desktop file's Exec=minutebook %f) means `--database FILE`; more than one database is refused
// in one sentence, before any window opens.

#include "ProgramRunner.h"

using minutebook::test::ProgramRun;
using minutebook::test::runProgram;

TEST(ProgramCommandLine, HelpNamesTheFileArgument)
{
    const ProgramRun help = runProgram({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("[FILE]"))) << help.out.toStdString();
}

TEST(ProgramCommandLine, MoreThanOneDatabaseIsRefusedBeforeAnyWindow)
{
    for (const QStringList &arguments :
        {QStringList {QStringLiteral("a.db"), QStringLiteral("b.db")},
            QStringList {
                QStringLiteral("--database"), QStringLiteral("a.db"), QStringLiteral("b.db")}}) {
        const ProgramRun run = runProgram(arguments, true);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("b.db"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("one database"))) << run.err.toStdString();
    }
}

TEST(ProgramCommandLine, AServerOrAFileNotBoth)
{
    const ProgramRun help = runProgram({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("--server <URL>"))) << help.out.toStdString();
    for (const QStringList &arguments :
        {QStringList {QStringLiteral("--server"), QStringLiteral("postgresql://h/m"),
             QStringLiteral("a.db")},
            QStringList {QStringLiteral("--database"), QStringLiteral("a.db"),
                QStringLiteral("--server"), QStringLiteral("postgresql://h/m")}}) {
        const ProgramRun run = runProgram(arguments, true);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("not both"))) << run.err.toStdString();
    }
}
