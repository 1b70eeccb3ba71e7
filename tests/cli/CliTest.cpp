#include "CliRunner.h"

#include <QDate>
#include <QFileInfo>

using namespace minutebook::test;

namespace {
class Cli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = cli.path(QStringLiteral("minutes.db"));
        const CliResult r = cli.runOn(db,
            {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("60"),
                QStringLiteral("--seed"), QStringLiteral("4")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_TRUE(r.out.contains(QStringLiteral("Wrote 60 meetings")));
    }
    CliRunner cli;
    QString db;
};
} // namespace

TEST(CliBasics, HelpAndVersion)
{
    CliRunner cli;
    const CliResult help = cli.run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *command : {"list", "show", "search", "decisions", "actions", "generate",
             "backup", "check", "import", "export"})
        EXPECT_TRUE(help.out.contains(QLatin1String(command))) << command;
    const CliResult version = cli.run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("minutebook-cli " MINUTEBOOK_VERSION)));
    const CliResult commandHelp = cli.run({QStringLiteral("list"), QStringLiteral("--help")});
    EXPECT_EQ(commandHelp.exitCode, 0);
    EXPECT_TRUE(commandHelp.out.contains(QStringLiteral("--year")));
}

TEST(CliBasics, HelpNamesACommandOrEveryOne)
{
    CliRunner cli;
    // `help COMMAND` is `COMMAND --help`: the usage line names the program and the command's
    // arguments (not the path it was started by), then what it does and its options.
    const CliResult viaHelp = cli.run({QStringLiteral("help"), QStringLiteral("show")});
    const CliResult viaOption = cli.run({QStringLiteral("show"), QStringLiteral("--help")});
    EXPECT_EQ(viaHelp.exitCode, 0) << viaHelp.err.toStdString();
    EXPECT_EQ(viaHelp.out, viaOption.out);
    EXPECT_TRUE(viaHelp.out.startsWith(QStringLiteral("Usage: minutebook-cli show [options] ID\n"
                                                      "Show one meeting whole.\n")))
        << viaHelp.out.toStdString();
    EXPECT_TRUE(viaHelp.out.contains(QStringLiteral("--json")));
    EXPECT_FALSE(viaHelp.out.contains(QStringLiteral("Arguments:")));
    // Without a command, the list of commands; --all, every command's options (the manual
    // page is made from it).
    const CliResult plain = cli.run({QStringLiteral("help")});
    EXPECT_EQ(plain.exitCode, 0);
    EXPECT_EQ(plain.out, cli.run({QStringLiteral("--help")}).out);
    const CliResult all = cli.run({QStringLiteral("help"), QStringLiteral("--all")});
    EXPECT_EQ(all.exitCode, 0);
    for (const char *command : {"list", "show", "copy", "server", "approve", "export", "help"})
        EXPECT_TRUE(all.out.contains(
            QStringLiteral("\nUsage: minutebook-cli %1 [options]").arg(QLatin1String(command))))
            << command;
    expectOneLineError(cli.run({QStringLiteral("help"), QStringLiteral("nope")}), 2, "nope");
    expectOneLineError(
        cli.run({QStringLiteral("help"), QStringLiteral("list"), QStringLiteral("show")}), 2,
        "one command");
}

TEST(CliBasics, DefaultDatabaseIsCreatedUnderTheUsersDataFolder)
{
    CliRunner cli;
    const CliResult r = cli.run({QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(
        QFileInfo::exists(cli.path(QStringLiteral("data/Minutebook/Minutebook/minutebook.db"))));
}

TEST(CliBasics, EnvironmentVariableNamesTheDatabase)
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("env.db"));
    cli.environment().insert(QStringLiteral("MINUTEBOOK_DATABASE"), file);
    ASSERT_EQ(
        cli.run({QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("3")})
            .exitCode,
        0);
    EXPECT_TRUE(QFileInfo::exists(file));
    EXPECT_EQ(cli.run({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 3);
}

TEST_F(Cli, ListIsNewestFirstAndFilters)
{
    const CliResult r = cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray all = r.json().array();
    ASSERT_EQ(all.size(), 60);
    for (int i = 1; i < all.size(); ++i)
        EXPECT_GE(all.at(i - 1).toObject().value(QStringLiteral("date")).toString(),
            all.at(i).toObject().value(QStringLiteral("date")).toString());
    const QString year = all.at(0).toObject().value(QStringLiteral("date")).toString().left(4);
    const QJsonArray inYear
        = cli.runOn(db,
                 {QStringLiteral("list"), QStringLiteral("--year"), year, QStringLiteral("--json")})
              .json()
              .array();
    EXPECT_GT(inYear.size(), 0);
    EXPECT_LT(inYear.size(), 60);
    for (const QJsonValue &v : inYear)
        EXPECT_TRUE(v.toObject().value(QStringLiteral("date")).toString().startsWith(year));
    const QJsonArray lg = cli.runOn(db,
                                 {QStringLiteral("list"), QStringLiteral("--body"),
                                     QStringLiteral("LG"), QStringLiteral("--json")})
                              .json()
                              .array();
    EXPECT_EQ(lg.size(), 30);
    EXPECT_EQ(cli.runOn(db,
                     {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"),
                         QStringLiteral("--json")})
                  .json()
                  .array()
                  .size(),
        5);
    const CliResult text
        = cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2")});
    EXPECT_EQ(text.out.count(QLatin1Char('\n')), 2);
}

TEST_F(Cli, ShowGivesTheDocumentedJson)
{
    const CliResult r
        = cli.runOn(db, {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject m = r.json().object();
    for (const char *key : {"id", "body", "date", "start", "end", "place", "minuteTaker", "status",
             "attendees", "items"})
        EXPECT_TRUE(m.contains(QLatin1String(key))) << key;
    EXPECT_EQ(m.value(QStringLiteral("id")).toInt(), 1);
    EXPECT_TRUE(
        QDate::fromString(m.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());
    const QJsonObject attendee = m.value(QStringLiteral("attendees")).toArray().at(0).toObject();
    for (const char *key : {"name", "initials", "group", "status"})
        EXPECT_TRUE(attendee.contains(QLatin1String(key))) << key;
    const QJsonArray items = m.value(QStringLiteral("items")).toArray();
    ASSERT_GE(items.size(), 4);
    for (const char *key :
        {"number", "title", "presenter", "responsible", "body", "decisions", "actions", "children"})
        EXPECT_TRUE(items.at(0).toObject().contains(QLatin1String(key))) << key;
    // The "Kort information" item has sub-items numbered under it.
    const QJsonObject info = items.at(items.size() - 2).toObject();
    ASSERT_FALSE(info.value(QStringLiteral("children")).toArray().isEmpty());
    EXPECT_EQ(info.value(QStringLiteral("children"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("number"))
                  .toString(),
        info.value(QStringLiteral("number")).toString() + QStringLiteral(".1"));

    const CliResult text = cli.runOn(db, {QStringLiteral("show"), QStringLiteral("1")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(m.value(QStringLiteral("place")).toString()));
    EXPECT_TRUE(
        text.out.contains(items.at(2).toObject().value(QStringLiteral("title")).toString()));
}

TEST_F(Cli, SearchFindsRankedHitsWithSnippets)
{
    const CliResult r = cli.runOn(db,
        {QStringLiteral("search"), QStringLiteral("beslutar"), QStringLiteral("--json"),
            QStringLiteral("--limit"), QStringLiteral("5")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray hits = r.json().array();
    ASSERT_EQ(hits.size(), 5);
    double previous = -1e9;
    for (const QJsonValue &v : hits) {
        const QJsonObject h = v.toObject();
        for (const char *key :
            {"meetingId", "date", "body", "itemNumber", "itemTitle", "kind", "snippet", "rank"})
            EXPECT_TRUE(h.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(
            h.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[beslutar]")));
        EXPECT_GE(h.value(QStringLiteral("rank")).toDouble(), previous);
        previous = h.value(QStringLiteral("rank")).toDouble();
    }
    const CliResult none = cli.runOn(db, {QStringLiteral("search"), QStringLiteral("xyzzyplugh")});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.out.isEmpty());
    EXPECT_TRUE(none.err.contains(QStringLiteral("No hits")));
    for (const char *nasty : {"\"", "(", "a OR", "NEAR(", "*", "'; DROP TABLE meetings; --", "-"}) {
        const CliResult n = cli.runOn(db, {QStringLiteral("search"), QString::fromUtf8(nasty)});
        EXPECT_EQ(n.exitCode, 0) << nasty << ": " << n.err.toStdString();
    }
    EXPECT_EQ(
        cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(),
        60);
}

TEST_F(Cli, DecisionAndActionRegisters)
{
    const QJsonArray decisions
        = cli.runOn(db, {QStringLiteral("decisions"), QStringLiteral("--json")}).json().array();
    ASSERT_GT(decisions.size(), 10);
    const QJsonObject d = decisions.at(0).toObject();
    EXPECT_TRUE(d.value(QStringLiteral("reference")).toString().contains(QStringLiteral(" §")));
    EXPECT_FALSE(d.value(QStringLiteral("text")).toString().isEmpty());
    const QJsonArray open
        = cli.runOn(db,
                 {QStringLiteral("actions"), QStringLiteral("--open"), QStringLiteral("--json")})
              .json()
              .array();
    const QJsonArray all
        = cli.runOn(db, {QStringLiteral("actions"), QStringLiteral("--json")}).json().array();
    ASSERT_GT(open.size(), 0);
    EXPECT_LT(open.size(), all.size());
    for (const QJsonValue &v : open)
        EXPECT_EQ(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
}

TEST_F(Cli, BackupAndCheck)
{
    const CliResult check = cli.runOn(db, {QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.startsWith(QStringLiteral("ok")));
    const QString copy = cli.path(QStringLiteral("copy.db"));
    const CliResult backup = cli.runOn(db, {QStringLiteral("backup"), copy});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_EQ(cli.runOn(copy, {QStringLiteral("check")}).exitCode, 0);
    EXPECT_EQ(
        cli.runOn(copy, {QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(),
        60);
    const QByteArray before = fileHash(copy);
    expectOneLineError(cli.runOn(db, {QStringLiteral("backup"), copy}), 1, "already exists");
    EXPECT_EQ(fileHash(copy), before);
}

TEST_F(Cli, GenerateIsDeterministicForASeed)
{
    const QString other = cli.path(QStringLiteral("other.db"));
    ASSERT_EQ(cli.runOn(other,
                     {QStringLiteral("generate"), QStringLiteral("--meetings"),
                         QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("4")})
                  .exitCode,
        0);
    EXPECT_EQ(
        cli.runOn(db, {QStringLiteral("show"), QStringLiteral("17"), QStringLiteral("--json")}).out,
        cli.runOn(other, {QStringLiteral("show"), QStringLiteral("17"), QStringLiteral("--json")})
            .out);
}
