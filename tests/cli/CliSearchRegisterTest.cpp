// The search filters and the CSV output of the registers, through the real executable.

#include "CliRunner.h"

#include <QDate>
#include <QSet>

using namespace minutebook::test;

namespace {
class CliSearchRegister : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = cli.path(QStringLiteral("minutes.db"));
        const CliResult r = cli.runOn(db,
            {QStringLiteral("generate"), QStringLiteral("--meetings"), QStringLiteral("40"),
                QStringLiteral("--seed"), QStringLiteral("9")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QJsonArray json(const QStringList &arguments) const
    {
        const CliResult r = cli.runOn(db, arguments + QStringList {QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().array();
    }
    // stdout as bytes: QString::fromUtf8 would drop the byte order mark this test looks for.
    QByteArray rawOut(const QStringList &arguments)
    {
        QProcess p;
        p.setProcessEnvironment(cli.environment());
        p.start(QStringLiteral(MINUTEBOOK_CLI),
            QStringList {QStringLiteral("--database"), db} + arguments);
        EXPECT_TRUE(p.waitForFinished(120000));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return p.readAllStandardOutput();
    }
    CliRunner cli;
    QString db;
};

QStringList csvLines(const QString &text)
{
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

TEST_F(CliSearchRegister, SearchJsonHasExactlyTheDocumentedKeys)
{
    const QJsonArray hits = json({QStringLiteral("search"), QStringLiteral("beslutar"),
        QStringLiteral("--limit"), QStringLiteral("7")});
    ASSERT_EQ(hits.size(), 7);
    const QSet<QString> documented {QStringLiteral("meetingId"), QStringLiteral("date"),
        QStringLiteral("body"), QStringLiteral("itemNumber"), QStringLiteral("itemTitle"),
        QStringLiteral("kind"), QStringLiteral("snippet"), QStringLiteral("rank")};
    int expectedRank = 1;
    for (const QJsonValue &v : hits) {
        const QJsonObject h = v.toObject();
        const QStringList keys = h.keys();
        EXPECT_EQ(QSet<QString>(keys.begin(), keys.end()), documented);
        EXPECT_TRUE(h.value(QStringLiteral("meetingId")).isDouble());
        EXPECT_TRUE(
            QDate::fromString(h.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());
        EXPECT_EQ(h.value(QStringLiteral("rank")).toInt(), expectedRank++);
    }
}

TEST_F(CliSearchRegister, SearchFiltersByKindPersonBodyAndDates)
{
    const QJsonArray decisions = json({QStringLiteral("search"), QStringLiteral("beslutar"),
        QStringLiteral("--kind"), QStringLiteral("decision")});
    ASSERT_FALSE(decisions.isEmpty());
    for (const QJsonValue &v : decisions)
        EXPECT_EQ(
            v.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("decision"));
    const QJsonArray assignments = json({QStringLiteral("search"), QStringLiteral("uppdrag"),
        QStringLiteral("--kind"), QStringLiteral("assignment")});
    for (const QJsonValue &v : assignments)
        EXPECT_EQ(v.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("action"));

    // A person who has assignments: every hit filtered by them is in a meeting they attended,
    // an item they presented, or an item with an assignment to them; fewer than unfiltered.
    const QJsonArray actions = json({QStringLiteral("actions")});
    ASSERT_FALSE(actions.isEmpty());
    const QString person = actions.at(0).toObject().value(QStringLiteral("assignee")).toString();
    const QJsonArray all = json({QStringLiteral("search"), QStringLiteral("och"),
        QStringLiteral("--limit"), QStringLiteral("1000")});
    const QJsonArray theirs = json({QStringLiteral("search"), QStringLiteral("och"),
        QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--person"), person});
    EXPECT_GT(theirs.size(), 0);
    EXPECT_LT(theirs.size(), all.size());
    const QJsonArray nobody = json({QStringLiteral("search"), QStringLiteral("och"),
        QStringLiteral("--person"), QStringLiteral("Ingen Alls")});
    EXPECT_TRUE(nobody.isEmpty());

    const QString body = all.at(0).toObject().value(QStringLiteral("body")).toString();
    for (const QJsonValue &v :
        json({QStringLiteral("search"), QStringLiteral("och"), QStringLiteral("--body"), body}))
        EXPECT_EQ(v.toObject().value(QStringLiteral("body")).toString(), body);
    const QDate date = QDate::fromString(
        all.at(0).toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
    const QJsonArray sameDay
        = json({QStringLiteral("search"), QStringLiteral("och"), QStringLiteral("--from"),
            date.toString(Qt::ISODate), QStringLiteral("--to"), date.toString(Qt::ISODate)});
    ASSERT_FALSE(sameDay.isEmpty());
    for (const QJsonValue &v : sameDay)
        EXPECT_EQ(
            v.toObject().value(QStringLiteral("date")).toString(), date.toString(Qt::ISODate));

    expectOneLineError(cli.runOn(db,
                           {QStringLiteral("search"), QStringLiteral("och"),
                               QStringLiteral("--kind"), QStringLiteral("everything")}),
        2, "--kind");
}

TEST_F(CliSearchRegister, DecisionsAsCsvWithByteOrderMark)
{
    const QByteArray bytes = rawOut({QStringLiteral("decisions"), QStringLiteral("--csv")});
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 byte order mark for Excel";
    const QStringList lines = csvLines(QString::fromUtf8(bytes.mid(3)));
    ASSERT_GT(lines.size(), 2);
    EXPECT_EQ(lines.at(0), QStringLiteral("Date;Body;Item;Title;Reference;Decision"));
    const QJsonArray decisions = json({QStringLiteral("decisions")});
    // One line per decision unless a text holds a line break (then it is quoted).
    EXPECT_GE(lines.size() - 1, decisions.size());
    const QJsonObject first = decisions.at(0).toObject();
    EXPECT_TRUE(lines.at(1).startsWith(first.value(QStringLiteral("date")).toString()
        + QLatin1Char(';') + first.value(QStringLiteral("body")).toString()))
        << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(first.value(QStringLiteral("reference")).toString()));

    const QByteArray comma = rawOut({QStringLiteral("decisions"), QStringLiteral("--csv"),
        QStringLiteral("--separator"), QStringLiteral("comma")});
    EXPECT_TRUE(comma.startsWith("\xEF\xBB\xBF"
                                 "Date,Body,Item,Title,Reference,Decision\r\n"));

    expectOneLineError(cli.runOn(db,
                           {QStringLiteral("decisions"), QStringLiteral("--csv"),
                               QStringLiteral("--separator"), QStringLiteral("pipe")}),
        2, "--separator");
    expectOneLineError(
        cli.runOn(
            db, {QStringLiteral("decisions"), QStringLiteral("--csv"), QStringLiteral("--json")}),
        2, "--csv");
}

TEST_F(CliSearchRegister, OpenActionsAsCsv)
{
    const QByteArray bytes
        = rawOut({QStringLiteral("actions"), QStringLiteral("--open"), QStringLiteral("--csv")});
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = csvLines(QString::fromUtf8(bytes.mid(3)));
    EXPECT_EQ(
        lines.at(0), QStringLiteral("Date;Body;Item;Title;Assignment;Responsible;Due;Status"));
    const QJsonArray open = json({QStringLiteral("actions"), QStringLiteral("--open")});
    ASSERT_GT(open.size(), 0);
    EXPECT_EQ(lines.size() - 1, open.size());
    for (int i = 1; i < lines.size(); ++i)
        EXPECT_TRUE(lines.at(i).endsWith(QStringLiteral(";open"))) << lines.at(i).toStdString();
    const QByteArray tab = rawOut({QStringLiteral("actions"), QStringLiteral("--csv"),
        QStringLiteral("--separator"), QStringLiteral("tab")});
    EXPECT_TRUE(QString::fromUtf8(tab.mid(3)).startsWith(QStringLiteral("Date\tBody\tItem\t")));
}
