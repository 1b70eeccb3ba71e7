// backup and restore from the command line: a restored database equals the backup.

#include "CliRunner.h"
#include "RawConnection.h"

#include <QDir>

using namespace minutebook::test;

TEST(CliBackup, RestoreBringsBackExactlyWhatWasBackedUp)
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("minutes.db"));
    ASSERT_EQ(
        cli.runOn(
               db, {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("6")})
            .exitCode,
        0);
    const QString copy = cli.path(QStringLiteral("copy.db"));
    ASSERT_EQ(cli.runOn(db, {QStringLiteral("backup"), copy}).exitCode, 0);
    const CliResult before = cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(before.exitCode, 0);

    // Change the database after the backup: six more meetings.
    ASSERT_EQ(cli.runOn(db,
                     {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("6"),
                         QStringLiteral("--seed"), QStringLiteral("9")})
                  .exitCode,
        0);
    EXPECT_NE(cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")}).out, before.out);

    const CliResult restored = cli.runOn(db, {QStringLiteral("restore"), copy});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("kept in"))) << restored.out.toStdString();
    EXPECT_EQ(cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")}).out, before.out);
    EXPECT_EQ(cli.runOn(db, {QStringLiteral("check")}).exitCode, 0);
    // The database as it was before the restore is in backups/.
    const QStringList kept = QDir(cli.path(QStringLiteral("backups")))
                                 .entryList({QStringLiteral("minutes before restore *.db")});
    EXPECT_EQ(kept.size(), 1);
}

TEST(CliBackup, RestoreOfAFileThatIsNotABackupChangesNothing)
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("minutes.db"));
    ASSERT_EQ(
        cli.runOn(
               db, {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("3")})
            .exitCode,
        0);
    const QString before = cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")}).out;
    const QString junk = cli.path(QStringLiteral("junk.db"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a database at all");
    f.close();
    expectOneLineError(cli.runOn(db, {QStringLiteral("restore"), junk}), 1, "cannot be restored");
    expectOneLineError(cli.runOn(db, {QStringLiteral("restore")}), 2, "restore");
    EXPECT_EQ(cli.runOn(db, {QStringLiteral("list"), QStringLiteral("--json")}).out, before);
}

TEST(CliBackup, CheckFailsOnAStaleSearchIndex)
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("minutes.db"));
    ASSERT_EQ(
        cli.runOn(
               db, {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("3")})
            .exitCode,
        0);
    EXPECT_EQ(cli.runOn(db, {QStringLiteral("check")}).exitCode, 0);
    changeBehindTheSearchIndex(
        db, QStringLiteral("UPDATE agenda_items SET title = 'Helt ny rubrik' WHERE id = 1"));
    const CliResult check = cli.runOn(db, {QStringLiteral("check")});
    EXPECT_NE(check.exitCode, 0);
    EXPECT_TRUE((check.out + check.err).contains(QStringLiteral("agenda_items_fts")))
        << check.out.toStdString() << check.err.toStdString();
}
