// Every failure: non-zero exit, one line on stderr, the user's file untouched.

#include "CliRunner.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace minutebook::test;

namespace {
QString makeDatabase(const CliRunner &cli, const QString &name)
{
    const QString file = cli.path(name);
    EXPECT_EQ(
        cli.runOn(file,
               {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("5")})
            .exitCode,
        0);
    return file;
}
} // namespace

TEST(CliBadInput, UnknownCommandMissingCommandAndBadOptions)
{
    CliRunner cli;
    expectOneLineError(cli.run({QStringLiteral("frobnicate")}), 2, "unknown command");
    const CliResult none = cli.run({});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("no command given")));
    const QString db = makeDatabase(cli, QStringLiteral("a.db"));
    expectOneLineError(
        cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--bogus")}), 2, "bogus");
    expectOneLineError(
        cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("abc")}),
        2, "--limit");
    expectOneLineError(
        cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("20x4")}),
        2, "--year");
    expectOneLineError(cli.runOn(db,
                           {QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--from"),
                               QStringLiteral("6/2/2024")}),
        2, "YYYY-MM-DD");
    expectOneLineError(cli.runOn(db, {QStringLiteral("generate")}), 2, "--meetings");
    expectOneLineError(
        cli.runOn(
            db, {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("-3")}),
        2, "--meetings");
    expectOneLineError(cli.runOn(db, {QStringLiteral("show")}), 2, "argument");
}

TEST(CliBadInput, MalformedAndUnknownIds)
{
    CliRunner cli;
    const QString db = makeDatabase(cli, QStringLiteral("ids.db"));
    for (const char *bad : {"abc", "1.5", "0", "12abc", "99999999999999999999999"})
        expectOneLineError(
            cli.runOn(db, {QStringLiteral("show"), QLatin1String(bad)}), 2, "not a meeting id");
    expectOneLineError(cli.runOn(db, {QStringLiteral("show"), QStringLiteral("4242")}), 1,
        "no meeting with id 4242");
}

TEST(CliBadInput, MissingFolder)
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("nowhere/at/all/x.db"));
    expectOneLineError(cli.runOn(file, {QStringLiteral("list")}), 1, "does not exist");
    EXPECT_FALSE(QDir(cli.path(QStringLiteral("nowhere"))).exists());
}

TEST(CliBadInput, RandomBytesAreRefusedAndKept)
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("random.db"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    QByteArray bytes(4096, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919 + 13) % 251);
    f.write(bytes);
    f.close();
    const QByteArray before = fileHash(file);
    for (const char *command : {"list", "generate", "check"}) {
        QStringList args {QLatin1String(command)};
        if (QLatin1String(command) == QLatin1String("generate"))
            args << QStringLiteral("--meetings") << QStringLiteral("2");
        expectOneLineError(cli.runOn(file, args), 1, "not an SQLite file");
    }
    EXPECT_EQ(fileHash(file), before);
}

TEST(CliBadInput, NewerSchemaIsRefusedAndKept)
{
    CliRunner cli;
    const QString file = makeDatabase(cli, QStringLiteral("newer.db"));
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(file);
        ASSERT_TRUE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = fileHash(file);
    expectOneLineError(cli.runOn(file, {QStringLiteral("list")}), 1, "newer version of Minutebook");
    expectOneLineError(
        cli.runOn(
            file, {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("1")}),
        1, "newer version");
    EXPECT_EQ(fileHash(file), before);
}

TEST(CliBadInput, ReadOnlyFileCanBeReadButNotWritten)
{
    CliRunner cli;
    const QString file = makeDatabase(cli, QStringLiteral("readonly.db"));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = fileHash(file);
    EXPECT_EQ(
        cli.runOn(file, {QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(),
        5);
    EXPECT_EQ(cli.runOn(file, {QStringLiteral("check")}).exitCode, 0);
    expectOneLineError(
        cli.runOn(
            file, {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("1")}),
        1, "read-only");
    EXPECT_EQ(fileHash(file), before);
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

TEST(CliBadInput, LockedDatabaseGivesAClearMessage)
{
    CliRunner cli;
    const QString file = makeDatabase(cli, QStringLiteral("locked.db"));
    QSqlDatabase raw
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    raw.setDatabaseName(file);
    ASSERT_TRUE(raw.open());
    ASSERT_TRUE(QSqlQuery(raw).exec(QStringLiteral("BEGIN IMMEDIATE")));
    expectOneLineError(
        cli.runOn(
            file, {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("1")}),
        1, "locked");
    // Readers are not blocked by a writer.
    EXPECT_EQ(
        cli.runOn(file, {QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(),
        5);
    QSqlQuery(raw).exec(QStringLiteral("ROLLBACK"));
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    EXPECT_EQ(
        cli.runOn(file,
               {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("1")})
            .exitCode,
        0);
}

TEST(CliBadInput, ExportWithoutOutputIsAUsageError)
{
    CliRunner cli;
    const QTemporaryDir runtime;
    cli.environment().insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    expectOneLineError(cli.run({QStringLiteral("export"), QStringLiteral("1")}), 2, "-o FILE");
}
