// The minutebook program's command line as a file manager uses it: `minutebook FILE` (the
// desktop file's Exec=minutebook %f) means `--database FILE`; more than one database is refused
// in one sentence, before any window opens.

#include "ProgramRunner.h"

#include <QThread>

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

// `minutebook FILE` for a file another Minutebook has open starts no second writer: that one
// comes forward and the second program ends at once, saying so.
TEST(ProgramCommandLine, AFileOpenInARunningMinutebookIsNotOpenedTwice)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const QString archive = home.filePath(QStringLiteral("board.db"));

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(MINUTEBOOK_PROGRAM), {archive});
    ASSERT_TRUE(first.waitForStarted(30000));
    QThread::msleep(1500); // its window and the archive opened
    // The second one, as a double-click starts it, until the first has the file open.
    QString said;
    int exitCode = -1;
    for (int attempt = 0; attempt < 100 && first.state() == QProcess::Running; ++attempt) {
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(MINUTEBOOK_PROGRAM), {archive});
        // A second writer would stay open with its window: give it a moment, then stop it.
        if (!second.waitForFinished(3000)) {
            second.kill();
            second.waitForFinished(5000);
            continue;
        }
        exitCode = second.exitCode();
        said = QString::fromUtf8(second.readAllStandardError());
        if (said.contains(QStringLiteral("already open")))
            break;
        QThread::msleep(100);
    }
    EXPECT_EQ(first.state(), QProcess::Running) << "the first program stays";
    first.kill();
    first.waitForFinished(10000);
    EXPECT_EQ(exitCode, 0);
    EXPECT_TRUE(said.contains(QStringLiteral("already open"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("board.db"))) << said.toStdString();
}
