#include "ArchiveExporter.h"
#include "ExportTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QVector<Meeting> threeMeetings()
{
    Meeting slash = test::meetingWithoutDecisions();
    slash.body.name = QStringLiteral("Styr/grupp");
    return {test::documentMeeting(), test::meetingWithManyDecisions(3), slash};
}

DecisionRecord decision(const char *text)
{
    DecisionRecord d;
    d.date = QDate(2024, 2, 6);
    d.bodyName = QStringLiteral("Ledningsgrupp HSS");
    d.itemNumber = QStringLiteral("2");
    d.itemTitle = QString::fromUtf8("Återkoppling");
    d.reference = QStringLiteral("LG 2024-02-06 §2");
    d.text = QString::fromUtf8(text);
    return d;
}
} // namespace

TEST(ArchiveExport, WritesPdfsIndexAndRegisters)
{
    QTemporaryDir dir;
    ActionRecord action;
    action.date = QDate(2024, 2, 6);
    action.bodyName = QStringLiteral("LG");
    action.text = QStringLiteral("Ring \"rektorn\"");
    action.assignee = QStringLiteral("Lila Ericsson");
    action.due = QDate(2024, 3, 1);
    ArchiveExporter exporter;
    ASSERT_TRUE(exporter.write(threeMeetings(),
        {decision("Budgeten fastställs; med ändringar."), decision("Två\nrader")}, {action},
        dir.path()))
        << exporter.errorString().toStdString();

    const QStringList pdfs {QStringLiteral("2024-02-06 Ledningsgrupp HSS.pdf"),
        QStringLiteral("2024-04-09 Ledningsgrupp HSS.pdf"),
        QStringLiteral("2024-03-05 Styr-grupp.pdf")};
    EXPECT_EQ(exporter.fileNames(), pdfs);
    const QString index = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("index.html"))));
    for (const QString &pdf : pdfs) {
        EXPECT_TRUE(readAll(dir.filePath(pdf)).startsWith("%PDF-1.4")) << pdf.toStdString();
        const QString href = QString::fromUtf8(QUrl::toPercentEncoding(pdf));
        EXPECT_TRUE(index.contains(QStringLiteral("href=\"%1\"").arg(href))) << index.toStdString();
    }

    const QByteArray decisions = readAll(dir.filePath(QStringLiteral("decisions.csv")));
    EXPECT_TRUE(decisions.startsWith("\xEF\xBB\xBF"
                                     "Date;Body;Item;Title;Reference;Decision\r\n"));
    EXPECT_TRUE(decisions.contains(
        QString::fromUtf8("2024-02-06;Ledningsgrupp HSS;2;Återkoppling;LG 2024-02-06 §2;"
                          "\"Budgeten fastställs; med ändringar.\"\r\n")
            .toUtf8()));
    EXPECT_TRUE(decisions.contains("\"Två\nrader\"\r\n"));
    EXPECT_EQ(decisions.count("\r\n"), 3);
    const QByteArray actions = readAll(dir.filePath(QStringLiteral("actions.csv")));
    EXPECT_TRUE(actions.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(actions.contains(
        "2024-02-06;LG;;;\"Ring \"\"rektorn\"\"\";Lila Ericsson;2024-03-01;open\r\n"))
        << actions.toStdString();
}

TEST(ArchiveExport, ReportsProgressAndCanBeCancelled)
{
    QTemporaryDir dir;
    ArchiveExporter exporter;
    QVector<int> seen;
    exporter.setProgress([&](int done, int total) {
        EXPECT_EQ(total, 3);
        seen.append(done);
        return done < 2;
    });
    EXPECT_FALSE(exporter.write(threeMeetings(), {}, {}, dir.path()));
    EXPECT_TRUE(exporter.wasCancelled());
    EXPECT_EQ(seen, QVector<int>({1, 2}));
    // Nothing of a cancelled export is left: no PDFs, no index, no hidden staging folder.
    EXPECT_EQ(QDir(dir.path())
                  .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                  .join(QLatin1Char(',')),
        QString());
}

TEST(ArchiveExport, SameBodyAndDayGetDistinctNamesAndMissingFolderFails)
{
    QTemporaryDir dir;
    ArchiveExporter exporter;
    const Meeting m = test::documentMeeting();
    ASSERT_TRUE(exporter.write({m, m}, {}, {}, dir.path()));
    EXPECT_EQ(exporter.fileNames().last(), QStringLiteral("2024-02-06 Ledningsgrupp HSS (2).pdf"));
    EXPECT_FALSE(exporter.write({m}, {}, {}, dir.filePath(QStringLiteral("missing"))));
    EXPECT_FALSE(exporter.errorString().isEmpty());
}
