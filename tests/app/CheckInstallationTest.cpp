// minutebook --check-installation, run as CI runs the installed program: no display, Swedish or
// English, the report an IT department reads and its exit status.

#include "ProgramRunner.h"
#include "QtPrinting.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using minutebook::test::ProgramRun;
using minutebook::test::runProgram;

namespace {

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST(CheckInstallation, SwedishShowsQtButtonsInSwedish)
{
    const ProgramRun run = runProgram({QStringLiteral("--language"), QStringLiteral("sv"),
        QStringLiteral("--check-installation")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList report = lines(run.out);
    ASSERT_EQ(report.size(), 5) << run.out.toStdString();
    EXPECT_TRUE(report.at(0).startsWith(QStringLiteral("Minutebook " MINUTEBOOK_VERSION " (Qt 6.")))
        << report.at(0).toStdString();
    EXPECT_EQ(report.at(1), QStringLiteral("Qt SQL-drivrutin QSQLITE: finns"));
    EXPECT_TRUE(report.at(2) == QStringLiteral("Qt SQL-drivrutin QPSQL: finns")
        || report.at(2)
            == QStringLiteral("Qt SQL-drivrutin QPSQL: saknas (paketet libqt6sql6-psql)"))
        << report.at(2).toStdString();
    EXPECT_EQ(report.at(3), QString::fromUtf8("Språk: svenska (sv_SE)"));
    EXPECT_EQ(report.at(4), QStringLiteral("Knappar: OK, Avbryt, Spara"));
}

TEST(CheckInstallation, EnglishKeepsQtButtons)
{
    const ProgramRun run = runProgram({QStringLiteral("--check-installation"),
        QStringLiteral("--language"), QStringLiteral("en")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList report = lines(run.out);
    ASSERT_EQ(report.size(), 5) << run.out.toStdString();
    EXPECT_EQ(report.at(1), QStringLiteral("Qt SQL driver QSQLITE: ok"));
    EXPECT_TRUE(report.at(2) == QStringLiteral("Qt SQL driver QPSQL: ok")
        || report.at(2) == QStringLiteral("Qt SQL driver QPSQL: missing (package libqt6sql6-psql)"))
        << report.at(2).toStdString();
    EXPECT_EQ(report.at(3), QStringLiteral("Language: English (en_US)"));
    EXPECT_EQ(report.at(4), QStringLiteral("Buttons: OK, Cancel, Save"));
}

TEST(CheckInstallation, FollowsTheSystemLanguage)
{
    // No --language and no saved choice: the system's (LANGUAGE=en here).
    const ProgramRun run = runProgram({QStringLiteral("--check-installation")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Buttons: OK, Cancel, Save")))
        << run.out.toStdString();
}

TEST(CheckInstallation, WrongCommandLineIsRefused)
{
    const ProgramRun run = runProgram({QStringLiteral("--check-installation"),
        QStringLiteral("--language"), QStringLiteral("fi")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("fi"))) << run.err.toStdString();
}

TEST(CheckInstallation, HelpDescribesIt)
{
    const ProgramRun run = runProgram({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("--check-installation"))) << run.out.toStdString();
    // --help wins over the check and needs no display either.
    const ProgramRun both
        = runProgram({QStringLiteral("--check-installation"), QStringLiteral("--help")});
    EXPECT_EQ(both.exitCode, 0);
    EXPECT_FALSE(both.out.contains(QStringLiteral("Buttons:"))) << both.out.toStdString();
}
