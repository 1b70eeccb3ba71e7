// approve, verify, reopen and show --json's approval on the command line (docs/cli.md).

#include "CliRunner.h"
#include "Database.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "RawConnection.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>

using namespace minutebook;
using namespace minutebook::test;

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class CliApproval : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = cli.path(QStringLiteral("minutes.db"));
        auto database = openOrFail(db);
        ASSERT_TRUE(database);
        Meeting m = smallMeeting();
        ASSERT_TRUE(MeetingRepository(*database).insert(m).ok());
        id = QString::number(m.id);
        Meeting old = smallMeeting(QStringLiteral("Övrigt"));
        old.date = QDate(2023, 5, 2);
        old.status = MeetingStatus::Approved;
        ASSERT_TRUE(MeetingRepository(*database).insert(old).ok());
        oldId = QString::number(old.id);
    }
    CliRunner cli;
    QString db;
    QString id;
    QString oldId;
};
} // namespace

TEST_F(CliApproval, ApproveVerifyShowAndReopen)
{
    // The item has an assignment-free text; the check list has nothing to say.
    const CliResult approved = cli.runOn(db,
        {QStringLiteral("approve"), id, QStringLiteral("--by"), QStringLiteral("lila ericsson"),
            QStringLiteral("--date"), QStringLiteral("2024-02-13")});
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    EXPECT_TRUE(approved.out.startsWith(
        QStringLiteral("Meeting %1 approved 2024-02-13 by Lila Ericsson.\n").arg(id)))
        << approved.out.toStdString();
    EXPECT_TRUE(approved.err.isEmpty()) << approved.err.toStdString();

    const CliResult json = cli.runOn(db, {QStringLiteral("show"), id, QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0);
    const QJsonObject approval = json.json().object().value(QStringLiteral("approval")).toObject();
    EXPECT_EQ(approval.value(QStringLiteral("by")).toArray(),
        QJsonArray({QStringLiteral("Lila Ericsson")}));
    EXPECT_EQ(approval.value(QStringLiteral("date")).toString(), QStringLiteral("2024-02-13"));
    const QString fingerprint = approval.value(QStringLiteral("fingerprint")).toString();
    EXPECT_EQ(fingerprint.size(), 64);
    EXPECT_TRUE(approved.out.contains(fingerprint));
    EXPECT_EQ(json.json().object().value(QStringLiteral("amendments")).toArray().size(), 0);
    EXPECT_EQ(json.json().object().value(QStringLiteral("status")).toString(),
        QStringLiteral("approved"));

    const CliResult verified = cli.runOn(db, {QStringLiteral("verify"), id});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("The archive matches the approved minutes.")));
    EXPECT_TRUE(verified.out.contains(QStringLiteral("Approved 2024-02-13 by Lila Ericsson.")));

    // Approved minutes refuse a second approval.
    expectOneLineError(cli.runOn(db,
                           {QStringLiteral("approve"), id, QStringLiteral("--by"),
                               QStringLiteral("Lila Ericsson")}),
        1, "already approved");

    // Reopening needs a reason; then verify says it is a draft.
    expectOneLineError(cli.runOn(db, {QStringLiteral("reopen"), id}), 2, "--reason");
    const CliResult reopened = cli.runOn(db,
        {QStringLiteral("reopen"), id, QStringLiteral("--reason"), QStringLiteral("Fel plats"),
            QStringLiteral("--by"), QStringLiteral("Maria")});
    ASSERT_EQ(reopened.exitCode, 0) << reopened.err.toStdString();
    const CliResult draft = cli.runOn(db, {QStringLiteral("verify"), id, QStringLiteral("--json")});
    EXPECT_EQ(draft.exitCode, 1);
    EXPECT_EQ(
        draft.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
}

TEST_F(CliApproval, VerifyCatchesAChangeBehindTheProgramsBack)
{
    ASSERT_EQ(cli.runOn(db,
                     {QStringLiteral("approve"), id, QStringLiteral("--by"),
                         QStringLiteral("Lila Ericsson")})
                  .exitCode,
        0);
    {
        RawConnection raw(db);
        ASSERT_TRUE(
            raw.exec(QStringLiteral("UPDATE meetings SET place = 'Saturnus' WHERE id = ") + id));
    }
    const CliResult verified = cli.runOn(db, {QStringLiteral("verify"), id});
    EXPECT_EQ(verified.exitCode, 1);
    EXPECT_TRUE(verified.out.contains(
        QStringLiteral("The archive does NOT match: the minutes were changed after approval.")))
        << verified.out.toStdString();
    const CliResult json = cli.runOn(db, {QStringLiteral("verify"), id, QStringLiteral("--json")});
    EXPECT_EQ(
        json.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("differs"));
    EXPECT_NE(json.json().object().value(QStringLiteral("currentFingerprint")).toString(),
        json.json().object().value(QStringLiteral("fingerprint")).toString());
}

TEST_F(CliApproval, MinutesApprovedBeforeRecordingAreSaidSoAndCanBeRecorded)
{
    const CliResult before = cli.runOn(db, {QStringLiteral("verify"), oldId});
    EXPECT_EQ(before.exitCode, 1);
    EXPECT_TRUE(before.out.contains(QStringLiteral("no fingerprint to check")))
        << before.out.toStdString();
    const CliResult shown = cli.runOn(db, {QStringLiteral("show"), oldId});
    EXPECT_TRUE(shown.out.contains(
        QStringLiteral("Approved before approvals were recorded in the program")));
    const CliResult json = cli.runOn(db, {QStringLiteral("show"), oldId, QStringLiteral("--json")});
    EXPECT_TRUE(json.json().object().value(QStringLiteral("approval")).isNull());
    ASSERT_EQ(cli.runOn(db,
                     {QStringLiteral("approve"), oldId, QStringLiteral("--by"),
                         QStringLiteral("Lila Ericsson"), QStringLiteral("--date"),
                         QStringLiteral("2023-05-09")})
                  .exitCode,
        0);
    EXPECT_EQ(cli.runOn(db, {QStringLiteral("verify"), oldId}).exitCode, 0);
}

TEST_F(CliApproval, BadInputIsOneClearLine)
{
    expectOneLineError(cli.runOn(db, {QStringLiteral("approve"), id}), 2, "--by");
    expectOneLineError(cli.runOn(db,
                           {QStringLiteral("approve"), QStringLiteral("x"), QStringLiteral("--by"),
                               QStringLiteral("A")}),
        2, "not a meeting id");
    expectOneLineError(
        cli.runOn(db,
            {QStringLiteral("approve"), id, QStringLiteral("--by"), QStringLiteral("Lila Ericsson"),
                QStringLiteral("--date"), QStringLiteral("13/2")}),
        2, "--date needs a date");
    expectOneLineError(
        cli.runOn(
            db, {QStringLiteral("approve"), id, QStringLiteral("--by"), QStringLiteral("A,B,C")}),
        1, "one or two persons");
    expectOneLineError(
        cli.runOn(db,
            {QStringLiteral("approve"), id, QStringLiteral("--by"), QStringLiteral("Lila Ericsson"),
                QStringLiteral("--date"), QStringLiteral("2024-01-01")}),
        1, "before the meeting");
    expectOneLineError(cli.runOn(db, {QStringLiteral("verify"), QStringLiteral("999")}), 1,
        "There is no meeting with id 999.");
}

TEST_F(CliApproval, TheArchivalCopyIsExportedByteForByteAndVerifiable)
{
    // A draft is rendered with the settings of the moment: another organisation, other bytes.
    const QString draftA = cli.path(QStringLiteral("draft-a.pdf"));
    const QString draftB = cli.path(QStringLiteral("draft-b.pdf"));
    ASSERT_EQ(
        cli.runOn(db, {QStringLiteral("export"), id, QStringLiteral("-o"), draftA}).exitCode, 0);
    ASSERT_EQ(cli.runOn(db,
                     {QStringLiteral("export"), id, QStringLiteral("--organisation"),
                         QStringLiteral("Annan kommun"), QStringLiteral("-o"), draftB})
                  .exitCode,
        0);
    EXPECT_NE(readFile(draftA), readFile(draftB));
    const CliResult unapproved = cli.runOn(db, {QStringLiteral("verify"), draftA});
    expectOneLineError(unapproved, 1, "carries no approval");

    const CliResult approved = cli.runOn(db,
        {QStringLiteral("approve"), id, QStringLiteral("--by"), QStringLiteral("Lila Ericsson"),
            QStringLiteral("--date"), QStringLiteral("2024-02-13")});
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    // Exported twice, with other settings the second time: the same bytes, the stored ones.
    const QString first = cli.path(QStringLiteral("first.pdf"));
    const QString second = cli.path(QStringLiteral("second.pdf"));
    ASSERT_EQ(
        cli.runOn(db, {QStringLiteral("export"), id, QStringLiteral("-o"), first}).exitCode, 0);
    ASSERT_EQ(cli.runOn(db,
                     {QStringLiteral("export"), id, QStringLiteral("--organisation"),
                         QStringLiteral("Annan kommun"), QStringLiteral("--footer"),
                         QStringLiteral("Ny sidfot"), QStringLiteral("-o"), second})
                  .exitCode,
        0);
    EXPECT_FALSE(readFile(first).isEmpty());
    EXPECT_EQ(readFile(first), readFile(second));
    {
        RawConnection raw(db);
        EXPECT_EQ(raw.value(QStringLiteral("SELECT document FROM approvals")).toByteArray(),
            readFile(first));
    }
    // The archive export writes the same file for the approved meeting.
    const QString folder = cli.path(QStringLiteral("archive"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const CliResult archive = cli.runOn(db,
        {QStringLiteral("export"), QStringLiteral("--output-dir"), folder,
            QStringLiteral("--organisation"), QStringLiteral("Tredje")});
    ASSERT_EQ(archive.exitCode, 0) << archive.err.toStdString();
    EXPECT_EQ(
        readFile(folder + QStringLiteral("/2024-02-06 Ledningsgrupp HSS.pdf")), readFile(first));

    // verify FILE.pdf: which meeting, who, when; the archive still matches.
    const CliResult verified = cli.runOn(db, {QStringLiteral("verify"), first});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral(
        "the minutes of LG 2024-02-06 (meeting %1), approved 2024-02-13 by Lila Ericsson")
                                          .arg(id)))
        << verified.out.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral(
        "The document is the approved minutes, and the archive still matches them.")));
    // Changed behind the program's back: the document no longer matches the archive.
    {
        RawConnection raw(db);
        ASSERT_TRUE(
            raw.exec(QStringLiteral("UPDATE meetings SET minute_taker = 'X' WHERE id = ") + id));
    }
    const CliResult changed = cli.runOn(db, {QStringLiteral("verify"), first});
    EXPECT_EQ(changed.exitCode, 1);
    EXPECT_TRUE(changed.out.contains(QStringLiteral("The archive does NOT match")))
        << changed.out.toStdString();
}
