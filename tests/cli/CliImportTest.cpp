#include "CliRunner.h"

#include <QDir>

using namespace minutebook::test;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(MINUTEBOOK_TEST_DATA "/") + QLatin1String(name);
}
const char *const withDate = "004_1547915e6f520cec.txt";
const char *const withoutDate = "000_5397a611eeb88258.txt";
} // namespace

TEST(CliImport, ImportsRealMinutesAndReportsWhatWasRecognised)
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("import.db"));
    const CliResult r
        = cli.runOn(db, {QStringLiteral("import"), fixture(withDate), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    const QJsonObject report = r.json().array().at(0).toObject();
    EXPECT_TRUE(report.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("date")).toString(), QStringLiteral("2024-02-06"));
    EXPECT_TRUE(report.value(QStringLiteral("dateFromFile")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("counts"))
                  .toObject()
                  .value(QStringLiteral("attendees"))
                  .toInt(),
        12);
    const int id = report.value(QStringLiteral("meetingId")).toInt();
    ASSERT_GT(id, 0);
    const QJsonObject meeting
        = cli.runOn(db, {QStringLiteral("show"), QString::number(id), QStringLiteral("--json")})
              .json()
              .object();
    EXPECT_EQ(meeting.value(QStringLiteral("place")).toString(), QStringLiteral("Jupiter"));
    EXPECT_EQ(meeting.value(QStringLiteral("start")).toString(), QStringLiteral("12:00"));
    // Imported minutes are searchable at once.
    const QJsonArray hits
        = cli.runOn(db,
                 {QStringLiteral("search"), QStringLiteral("Skoltempen"), QStringLiteral("--json")})
              .json()
              .array();
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.at(0).toObject().value(QStringLiteral("meetingId")).toInt(), id);
}

TEST(CliImport, AFileWithoutDateNeedsOneAndTheOthersStillImport)
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("nodate.db"));
    const CliResult r
        = cli.runOn(db, {QStringLiteral("import"), fixture(withoutDate), fixture(withDate)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--date"))) << r.err.toStdString();
    EXPECT_EQ(
        cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 1);
    const CliResult dated = cli.runOn(db,
        {QStringLiteral("import"), QStringLiteral("--date"), QStringLiteral("2025-05-13"),
            QStringLiteral("--body"), QStringLiteral("Ledningsgrupp HSS"), fixture(withoutDate)});
    EXPECT_EQ(dated.exitCode, 0) << dated.err.toStdString();
    const QJsonArray list
        = cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("date")).toString(),
        QStringLiteral("2025-05-13"));
}

TEST(CliImport, DryRunWritesNothing)
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("dry.db"));
    const CliResult r
        = cli.runOn(db, {QStringLiteral("import"), QStringLiteral("--dry-run"), fixture(withDate)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("dry run")));
    EXPECT_EQ(
        cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 0);
}

TEST(CliImport, TheSameFileTwiceIsRefusedUnlessForced)
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("twice.db"));
    ASSERT_EQ(cli.runOn(db, {QStringLiteral("import"), fixture(withDate)}).exitCode, 0);
    expectOneLineError(
        cli.runOn(db, {QStringLiteral("import"), fixture(withDate)}), 1, "imported before");
    EXPECT_EQ(
        cli.runOn(db, {QStringLiteral("import"), QStringLiteral("--force"), fixture(withDate)})
            .exitCode,
        0);
    EXPECT_EQ(
        cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 2);
}

TEST(CliImport, BadFilesFailClearlyAndGoodOnesStillImport)
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("bad.db"));
    const QString binary = cli.path(QStringLiteral("binary.txt"));
    QFile f(binary);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x7f"
                       "ELF\x02\x01\x01\x00\x00\x00\x00\x00",
        12)
                .repeated(50));
    f.close();
    const QString empty = cli.path(QStringLiteral("empty.txt"));
    QFile e(empty);
    ASSERT_TRUE(e.open(QIODevice::WriteOnly));
    e.close();
    const CliResult r = cli.runOn(db,
        {QStringLiteral("import"), binary, empty, cli.path(QStringLiteral("missing.txt")),
            fixture(withDate)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.count(QStringLiteral("minutebook-cli: ")), 3) << r.err.toStdString();
    EXPECT_EQ(
        cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 1);
    expectOneLineError(cli.runOn(db, {QStringLiteral("import")}), 2, "at least one");
}
