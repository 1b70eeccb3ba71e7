// An archive on a PostgreSQL server from the command line: `server init` and `server upgrade`,
// `--server URL` and $MINUTEBOOK_SERVER, and `copy` moving an archive from a file to a server
// and back without losing a row, an id or a byte of a stored document (docs/server.md).

#include "AgendaEdits.h"
#include "AmendmentTarget.h"
#include "Approvals.h"
#include "ArchiveCopy.h"
#include "CliRunner.h"
#include "Database.h"
#include "MeetingRepository.h"
#include "PersonRepository.h"
#include "RawConnection.h"
#include "RecordEdits.h"
#include "ServerAddress.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSqlRecord>

using namespace minutebook;
using namespace minutebook::test;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(MINUTEBOOK_TEST_DATA "/") + QLatin1String(name);
}

// Every row of every table of the archive file, in key order, as text (blobs in hex).
QStringList dump(const QString &file)
{
    RawConnection raw(file);
    QStringList out;
    for (const QString &table : ArchiveCopy::tables()) {
        QSqlQuery q(raw.db());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
            << q.lastError().text().toStdString();
        while (q.next()) {
            QStringList row {table};
            for (int c = 0; c < q.record().count(); ++c) {
                const QVariant v = q.value(c);
                row << (v.isNull() ? QStringLiteral("NULL")
                        : v.typeId() == QMetaType::QByteArray
                        ? QString::fromLatin1(v.toByteArray().toHex())
                        : QStringLiteral("%1:%2").arg(QLatin1String(v.typeName()), v.toString()));
            }
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

int rows(const QStringList &dumped, const char *table)
{
    const QString prefix = QLatin1String(table) + QLatin1Char('|');
    return int(std::count_if(dumped.cbegin(), dumped.cend(),
        [&](const QString &row) { return row.startsWith(prefix); }));
}

// An archive with everything a copy must carry: generated and imported minutes, approvals with
// a stored document (binary, with NUL bytes), a correction, a reopening, e-mail addresses.
void fillArchive(CliRunner &cli, const QString &file)
{
    ASSERT_EQ(
        cli.runOn(file,
               {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("12")})
            .exitCode,
        0);
    const CliResult imported
        = cli.runOn(file, {QStringLiteral("import"), fixture("004_1547915e6f520cec.txt")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CliResult dated = cli.runOn(file,
        {QStringLiteral("import"), QStringLiteral("--date"), QStringLiteral("2024-03-05"),
            QStringLiteral("--body"), QStringLiteral("Ledningsgrupp HSS"),
            fixture("001_3ea6e064d8c2aaa1.txt")});
    ASSERT_EQ(dated.exitCode, 0) << dated.err.toStdString();
    auto db = openOrFail(file);
    ASSERT_TRUE(db);
    MeetingFilter all;
    const auto list = MeetingRepository(*db).list(all);
    ASSERT_TRUE(list.ok());
    Approvals approvals(*db);
    approvals.setDocumentRenderer([](const Meeting &m) -> Result<QByteArray> {
        return QByteArray("%PDF-1.7\0\x01\xff", 11) + m.title.toUtf8();
    });
    int approved = 0;
    for (const MeetingSummary &s : list.value()) {
        auto meeting = MeetingRepository(*db).load(s.id);
        ASSERT_TRUE(meeting.ok());
        if (meeting->status == MeetingStatus::Approved || approved >= 3)
            continue;
        QString by;
        for (const Attendance &a : meeting->attendees) {
            if (a.status == AttendanceStatus::Present && by.isEmpty())
                by = a.person.name;
        }
        if (by.isEmpty())
            continue;
        ApprovalRequest request;
        request.by = {by};
        request.date = meeting->date.addDays(7);
        const auto done = approvals.approve(s.id, request);
        ASSERT_TRUE(done.ok()) << done.error().toStdString();
        ++approved;
        if (approved == 1) {
            const auto reopened
                = approvals.reopen(s.id, by, QStringLiteral("Fel datum i rubriken"));
            ASSERT_TRUE(reopened.ok()) << reopened.error().toStdString();
        } else if (approved == 2) {
            CorrectionRequest correction;
            correction.target = AmendmentTarget::all(meeting.value()).constLast().key();
            correction.newText = QStringLiteral("Rättad text – med ”citat” och å, ä, ö");
            correction.reason = QStringLiteral("Skrivfel");
            correction.by = by;
            const auto corrected = approvals.correct(s.id, correction);
            ASSERT_TRUE(corrected.ok()) << corrected.error().toStdString();
        }
    }
    ASSERT_EQ(approved, 3);
    const auto person = PersonRepository(*db).list();
    ASSERT_TRUE(person.ok() && !person->isEmpty());
    ASSERT_TRUE(
        PersonRepository(*db)
            .setEmails({{person->constFirst().id, QStringLiteral("anna.larsson@example.se")}})
            .ok());
}

QStringList meetingIds(CliRunner &cli, const QStringList &where)
{
    const CliResult r
        = cli.run(where + QStringList {QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList ids;
    for (const QJsonValue &v : r.json().array())
        ids << QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}
} // namespace

TEST(CliServer, AnArchiveMovesToTheServerAndBackWithoutLoss)
{
    MINUTEBOOK_NEED_SERVER(server);
    CliRunner cli;
    const QString source = cli.path(QStringLiteral("source.db"));
    const QString back = cli.path(QStringLiteral("back.db"));
    fillArchive(cli, source);
    if (HasFatalFailure())
        return;
    const QString url = server->uri();
    const QStringList onServer {QStringLiteral("--server"), url};

    const CliResult init
        = cli.run(onServer + QStringList {QStringLiteral("server"), QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QLatin1String("schema version"))) << init.out.toStdString();

    const CliResult there = cli.run(
        {QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), url});
    ASSERT_EQ(there.exitCode, 0) << there.err.toStdString();
    EXPECT_TRUE(there.err.contains(QLatin1String("100 %"))) << there.err.toStdString();
    const CliResult home = cli.run(
        {QStringLiteral("copy"), QStringLiteral("--from"), url, QStringLiteral("--to"), back});
    ASSERT_EQ(home.exitCode, 0) << home.err.toStdString();

    // Row by row, ids included, every table the archive has.
    const QStringList before = dump(source);
    const QStringList after = dump(back);
    EXPECT_EQ(rows(before, "approvals"), 4);
    EXPECT_GE(rows(before, "amendments"), 1);
    EXPECT_GE(rows(before, "meeting_log"), 4);
    EXPECT_EQ(rows(before, "imports"), 2);
    ASSERT_EQ(before.size(), after.size());
    for (int i = 0; i < before.size(); ++i)
        EXPECT_EQ(before.at(i).toStdString(), after.at(i).toStdString());

    // Every meeting reads the same from the file, from the server and from the copy back.
    const QStringList ids = meetingIds(cli, {QStringLiteral("--database"), source});
    ASSERT_EQ(ids.size(), 14);
    EXPECT_EQ(meetingIds(cli, onServer), ids);
    for (const QString &id : ids) {
        const QStringList show {QStringLiteral("show"), id, QStringLiteral("--json")};
        const CliResult local = cli.runOn(source, show);
        const CliResult remote = cli.run(onServer + show);
        const CliResult returned = cli.runOn(back, show);
        ASSERT_EQ(local.exitCode, 0) << local.err.toStdString();
        EXPECT_EQ(remote.out, local.out)
            << "meeting " << id.toStdString() << remote.err.toStdString();
        EXPECT_EQ(returned.out, local.out) << "meeting " << id.toStdString();
    }
    // The server numbers new rows after the copied ones (its identity sequences were moved on).
    {
        auto address = ServerAddress::parse(url);
        ASSERT_TRUE(address.ok()) << address.error().toStdString();
        auto db = Database::openServer(address.value());
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        qint64 draft = 0;
        for (const QString &id : ids) {
            const auto m = MeetingRepository(*db.value()).load(id.toLongLong());
            ASSERT_TRUE(m.ok()) << m.error().toStdString();
            if (m->status == MeetingStatus::Draft && draft == 0)
                draft = m->id;
        }
        ASSERT_NE(draft, 0);
        AgendaItem item;
        item.title = QStringLiteral("Ny punkt på servern");
        const Status added = AgendaEdits(*db.value()).addItem(draft, 0, 0, item);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        Decision decision;
        decision.text = QStringLiteral("Ledningsgruppen beslutar att godkänna budgetramarna.");
        const Status decided = RecordEdits(*db.value()).addDecision(item.id, decision);
        ASSERT_TRUE(decided.ok()) << decided.error().toStdString();
        EXPECT_GT(decision.id, 0);
    }
    const CliResult imported = cli.run(onServer
        + QStringList {QStringLiteral("import"), fixture("000_5397a611eeb88258.txt"),
            QStringLiteral("--date"), QStringLiteral("2025-05-13"), QStringLiteral("--body"),
            QStringLiteral("Ledningsgrupp HSS")});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
}

TEST(CliServer, CopyRefusesATargetWithMeetingsUnlessAppending)
{
    CliRunner cli;
    const QString source = cli.path(QStringLiteral("source.db"));
    const QString target = cli.path(QStringLiteral("target.db"));
    fillArchive(cli, source);
    if (HasFatalFailure())
        return;
    ASSERT_EQ(cli.run({QStringLiteral("copy"), QStringLiteral("--from"), source,
                          QStringLiteral("--to"), target})
                  .exitCode,
        0);
    const QStringList twice {
        QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), target};
    const CliResult refused = cli.run(twice);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QLatin1String("--append"))) << refused.err.toStdString();
    EXPECT_EQ(dump(target), dump(source));

    const CliResult appended = cli.run(twice + QStringList {QStringLiteral("--append")});
    ASSERT_EQ(appended.exitCode, 0) << appended.err.toStdString();
    const QStringList once = dump(source);
    const QStringList doubled = dump(target);
    for (const char *table : {"meetings", "agenda_items", "decisions", "actions", "approvals",
             "amendments", "meeting_log", "attendance"})
        EXPECT_EQ(rows(doubled, table), 2 * rows(once, table)) << table;
    // Bodies and persons are the same ones, found by name; the same file is imported once.
    for (const char *table : {"bodies", "persons", "roster", "imports"})
        EXPECT_EQ(rows(doubled, table), rows(once, table)) << table;
    // An appended meeting reads as its original, but for the ids.
    const QStringList ids = meetingIds(cli, {QStringLiteral("--database"), target});
    ASSERT_EQ(ids.size(), 28);
    auto db = openOrFail(target);
    ASSERT_TRUE(db);
    const auto verified = Approvals(*db).verify(ids.constFirst().toLongLong());
    ASSERT_TRUE(verified.ok()) << verified.error().toStdString();
    for (const QString &id : ids) {
        const auto v = Approvals(*db).verify(id.toLongLong());
        ASSERT_TRUE(v.ok());
        EXPECT_NE(v->state, Verification::State::Differs) << "meeting " << id.toStdString();
    }
}

TEST(CliServer, InitUpgradeAndWhereTheArchiveIs)
{
    MINUTEBOOK_NEED_SERVER(server);
    CliRunner cli;
    const QString url = server->uri();
    const QStringList onServer {QStringLiteral("--server"), url};
    // Not yet made: an ordinary command says who makes it, and makes nothing.
    expectOneLineError(cli.run(onServer + QStringList {QStringLiteral("list")}), 1, "server init");
    expectOneLineError(cli.run({QStringLiteral("server"), QStringLiteral("init")}), 2, "--server");
    expectOneLineError(cli.run({QStringLiteral("--database"), cli.path(QStringLiteral("x.db")),
                           QStringLiteral("--server"), url, QStringLiteral("list")}),
        2, "not both");
    expectOneLineError(
        cli.run(onServer + QStringList {QStringLiteral("server"), QStringLiteral("drop")}), 2,
        "init or upgrade");

    ASSERT_EQ(
        cli.run(onServer + QStringList {QStringLiteral("server"), QStringLiteral("init")}).exitCode,
        0);
    expectOneLineError(
        cli.run(onServer + QStringList {QStringLiteral("server"), QStringLiteral("init")}), 1,
        "server upgrade");
    const CliResult upgrade
        = cli.run(onServer + QStringList {QStringLiteral("server"), QStringLiteral("upgrade")});
    EXPECT_EQ(upgrade.exitCode, 0) << upgrade.err.toStdString();
    EXPECT_TRUE(upgrade.out.contains(QLatin1String("up to date"))) << upgrade.out.toStdString();

    // $MINUTEBOOK_SERVER names the archive when no --database is given.
    cli.environment().insert(QStringLiteral("MINUTEBOOK_SERVER"), url);
    const CliResult generated
        = cli.run({QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("3")});
    ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();
    EXPECT_EQ(meetingIds(cli, {}).size(), 3);
    EXPECT_EQ(meetingIds(cli, onServer).size(), 3);
    // --database still means the file.
    EXPECT_EQ(
        meetingIds(cli, {QStringLiteral("--database"), cli.path(QStringLiteral("own.db"))}).size(),
        0);
    // A file-only command says where a server's backup is made.
    expectOneLineError(
        cli.run({QStringLiteral("backup"), cli.path(QStringLiteral("b.db"))}), 1, "pg_dump");
    expectOneLineError(
        cli.run({QStringLiteral("restore"), cli.path(QStringLiteral("b.db"))}), 1, "pg_restore");
}
