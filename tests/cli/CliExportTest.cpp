#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

using namespace minutebook::test;

namespace {
class CliExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Qt's offscreen platform warns on stderr without a runtime folder; a desktop has one.
        cli.environment().insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        db = cli.path(QStringLiteral("minutes.db"));
        const CliResult r = cli.runOn(
            db, {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("2")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QByteArray readAll(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QTemporaryDir runtime;
    CliRunner cli;
    QString db;
};
} // namespace

TEST_F(CliExport, WritesEachFormat)
{
    const QString pdf = cli.path(QStringLiteral("m.pdf"));
    const QString html = cli.path(QStringLiteral("m.html"));
    const QString md = cli.path(QStringLiteral("m.md"));
    for (const QString &out : {pdf, html, md}) {
        const CliResult r = cli.runOn(
            db, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), out});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    }
    EXPECT_TRUE(readAll(pdf).startsWith("%PDF-1.4"));
    EXPECT_TRUE(readAll(html).contains("<meta charset=\"utf-8\" />"));
    EXPECT_TRUE(readAll(md).contains("## INFORMATION"));
}

TEST_F(CliExport, FormatOptionWinsOverTheSuffix)
{
    const QString out = cli.path(QStringLiteral("minutes.txt"));
    const CliResult r = cli.runOn(db,
        {QStringLiteral("export"), QStringLiteral("2"), QStringLiteral("--format"),
            QStringLiteral("md"), QStringLiteral("--output"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(out).contains("# "));
}

TEST_F(CliExport, BadIdAndBadFormat)
{
    const QString out = cli.path(QStringLiteral("m.pdf"));
    expectOneLineError(
        cli.runOn(db, {QStringLiteral("export"), QStringLiteral("abc"), QStringLiteral("-o"), out}),
        2, "not a meeting id");
    expectOneLineError(
        cli.runOn(db, {QStringLiteral("export"), QStringLiteral("999"), QStringLiteral("-o"), out}),
        1, "999");
    expectOneLineError(
        cli.runOn(db,
            {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                QStringLiteral("odt"), QStringLiteral("-o"), out}),
        2, "odt");
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(CliExport, UnwritablePathLeavesNoFile)
{
    const QString out = cli.path(QStringLiteral("no/such/folder/m.pdf"));
    expectOneLineError(
        cli.runOn(db, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), out}),
        1, "Cannot write");
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_FALSE(QFileInfo::exists(cli.path(QStringLiteral("no"))));
}

TEST_F(CliExport, ArchiveWritesOnePdfPerMeetingIndexAndRegisters)
{
    const QString dir = cli.path(QStringLiteral("archive"));
    const CliResult r = cli.runOn(db,
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--output-dir"), dir});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Wrote 2 meeting"))) << r.out.toStdString();
    const QStringList pdfs = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    ASSERT_EQ(pdfs.size(), 2);
    const QByteArray index = readAll(QDir(dir).filePath(QStringLiteral("index.html")));
    for (const QString &pdf : pdfs) {
        EXPECT_TRUE(
            pdf.contains(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d .+\\.pdf$"))))
            << pdf.toStdString();
        EXPECT_TRUE(index.contains(QUrl::toPercentEncoding(pdf))) << pdf.toStdString();
    }
    EXPECT_TRUE(
        readAll(QDir(dir).filePath(QStringLiteral("decisions.csv"))).startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(
        readAll(QDir(dir).filePath(QStringLiteral("actions.csv"))).startsWith("\xEF\xBB\xBF"));
}

TEST_F(CliExport, ArchiveUsageErrors)
{
    expectOneLineError(cli.runOn(db, {QStringLiteral("export")}), 2, "one meeting id");
    expectOneLineError(cli.runOn(db,
                           {QStringLiteral("export"), QStringLiteral("1"),
                               QStringLiteral("--output-dir"), cli.path(QStringLiteral("a"))}),
        2, "no meeting id");
    expectOneLineError(
        cli.runOn(db,
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                QStringLiteral("--output-dir"), cli.path(QStringLiteral("a"))}),
        2, "always pdf");
}

TEST_F(CliExport, UsesTheAppsDocumentSettingsAndOptionsOverrideThem)
{
    // The settings the GUI's settings dialog writes (QSettings, INI on Linux).
    const QString config = cli.path(QStringLiteral("config"));
    cli.environment().insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    ASSERT_TRUE(QDir().mkpath(config + QStringLiteral("/Minutebook")));
    QFile conf(config + QStringLiteral("/Minutebook/Minutebook.conf"));
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write("[document]\norganisation=Nacka kommun\nfooterText=Box 123, 131 81 Nacka\n");
    conf.close();

    const QString html = cli.path(QStringLiteral("m.html"));
    CliResult r = cli.runOn(
        db, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), html});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(html).contains("Nacka kommun"));
    EXPECT_TRUE(readAll(html).contains("Box 123, 131 81 Nacka"));

    r = cli.runOn(db,
        {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), html,
            QStringLiteral("--organisation"), QString::fromUtf8("Värmdö kommun"),
            QStringLiteral("--footer"), QString()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(html).contains(QString::fromUtf8("Värmdö kommun").toUtf8()));
    EXPECT_FALSE(readAll(html).contains("Nacka"));
}

TEST_F(CliExport, LogoOptionPutsTheLogoInThePdfAndABadLogoFails)
{
    const QString logo = cli.path(QStringLiteral("logo.svg"));
    QFile svg(logo);
    ASSERT_TRUE(svg.open(QIODevice::WriteOnly));
    svg.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
              "<rect width=\"40\" height=\"40\" fill=\"#004a8c\"/></svg>");
    svg.close();
    const QString pdf = cli.path(QStringLiteral("m.pdf"));
    CliResult r = cli.runOn(db,
        {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), pdf,
            QStringLiteral("--logo"), logo});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(pdf).contains("/Subtype /Image")) << "the logo is an image in the PDF";

    const QString missing = cli.path(QStringLiteral("missing.png"));
    const QString other = cli.path(QStringLiteral("other.pdf"));
    expectOneLineError(cli.runOn(db,
                           {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"),
                               other, QStringLiteral("--logo"), missing}),
        1, "missing.png");
    EXPECT_FALSE(QFileInfo::exists(other));
}

TEST_F(CliExport, NoSessionStillMeansNothingButErrorsOnStderr)
{
    // cron, ssh, CI: no XDG_RUNTIME_DIR. Qt would warn about it; the CLI names a folder first.
    cli.environment().remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString md = cli.path(QStringLiteral("m.md"));
    const CliResult r
        = cli.runOn(db, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), md});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_TRUE(readAll(md).contains("## INFORMATION"));
}

// minutebook-cli loads Qt Core and Sql only, so that a search starts in milliseconds; export,
// which needs Qt Gui, is run by minutebook-export beside it (docs/cli.md).
TEST_F(CliExport, TheCliLoadsNoQtGuiAndHandsExportOver)
{
    cli.environment().insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    const CliResult version = cli.run({QStringLiteral("--version")});
    cli.environment().remove(QStringLiteral("LD_DEBUG"));
    ASSERT_EQ(version.exitCode, 0);
    ASSERT_TRUE(version.err.contains(QStringLiteral("libQt6Core"))) << "LD_DEBUG gave no list";
    EXPECT_FALSE(version.err.contains(QStringLiteral("libQt6Gui")));

    // The export itself went through minutebook-export: the PDF is there (WritesEachFormat
    // checks its content).
    const QString pdf = cli.path(QStringLiteral("handed.pdf"));
    const CliResult r
        = cli.runOn(db, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), pdf});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_TRUE(readAll(pdf).startsWith("%PDF"));
}

TEST_F(CliExport, WithoutMinutebookExportBesideItTheCliSaysSoAndWritesNothing)
{
    QTemporaryDir alone;
    const QString copy = alone.filePath(QStringLiteral("minutebook-cli"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(MINUTEBOOK_CLI), copy));
    cli.setProgram(copy);
    const QString pdf = cli.path(QStringLiteral("never.pdf"));
    const CliResult r
        = cli.runOn(db, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), pdf});
    expectOneLineError(r, 1, "minutebook-export");
    EXPECT_FALSE(QFileInfo::exists(pdf));
    // Every other command still works from that copy.
    EXPECT_EQ(cli.runOn(db, {QStringLiteral("list")}).exitCode, 0);
}

// The minutes are written in the archive's language, not the exporting process's: a Swedish
// archive exported on a machine with LANG=C is still Swedish; --document-language overrides
// it once.
TEST_F(CliExport, TheArchivesLanguageWinsOverTheMachinesAndTheOptionOverridesItOnce)
{
    const bool havePdfText = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    cli.environment().insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    cli.environment().insert(QStringLiteral("LANG"), QStringLiteral("C"));
    cli.environment().remove(QStringLiteral("LANGUAGE"));

    // An archive nobody set a language for follows the program (here English).
    CliResult r = cli.runOn(db, {QStringLiteral("language")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("not set"))) << r.out.toStdString();
    const QString html = cli.path(QStringLiteral("m.html"));
    const QStringList exportHtml {
        QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), html};
    r = cli.runOn(db, exportHtml);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(html).contains("DECISIONS"));

    r = cli.runOn(db, {QStringLiteral("language"), QStringLiteral("sv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli.runOn(db, {QStringLiteral("language")});
    EXPECT_EQ(r.out, QStringLiteral("sv\n"));

    r = cli.runOn(db, exportHtml);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString swedish = QString::fromUtf8(readAll(html));
    EXPECT_TRUE(swedish.contains(QStringLiteral("BESLUT"))) << swedish.left(2000).toStdString();
    EXPECT_FALSE(swedish.contains(QStringLiteral("DECISIONS")));
    // Dates in Swedish too: the generated meetings' weekday.
    EXPECT_TRUE(
        swedish.contains(QRegularExpression(QStringLiteral("(mån|tis|ons|tors|fre|lör|sön)dag"))))
        << swedish.left(2000).toStdString();

    const QString pdf = cli.path(QStringLiteral("m.pdf"));
    r = cli.runOn(db, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    if (havePdfText) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        ASSERT_TRUE(text.waitForFinished(60000));
        const QString pages = QString::fromUtf8(text.readAllStandardOutput());
        EXPECT_TRUE(pages.contains(QStringLiteral("Sida 1 av "))) << pages.toStdString();
        EXPECT_FALSE(pages.contains(QStringLiteral("Page 1 of"))) << pages.toStdString();
    }

    // Once in English; the archive stays Swedish.
    r = cli.runOn(
        db, exportHtml + QStringList {QStringLiteral("--document-language"), QStringLiteral("en")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(html).contains("DECISIONS"));
    r = cli.runOn(db, {QStringLiteral("language")});
    EXPECT_EQ(r.out, QStringLiteral("sv\n"));

    // Languages it cannot write are refused, and nothing is written or changed.
    ASSERT_TRUE(QFile::remove(html));
    expectOneLineError(
        cli.runOn(db,
            exportHtml + QStringList {QStringLiteral("--document-language"), QStringLiteral("fi")}),
        2, "--document-language");
    EXPECT_FALSE(QFileInfo::exists(html));
    expectOneLineError(
        cli.runOn(db, {QStringLiteral("language"), QStringLiteral("fi")}), 2, "“fi”");
    r = cli.runOn(db, {QStringLiteral("language")});
    EXPECT_EQ(r.out, QStringLiteral("sv\n"));
}
