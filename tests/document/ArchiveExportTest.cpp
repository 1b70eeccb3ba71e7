#include "ArchiveExporter.h"
#include "ExportTestSupport.h"
#include "MinutesExporter.h"
#include "SampleOrganisation.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QTemporaryDir>
#include <QThread>
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

// More meetings than the exporter has threads, each with its own title, date and length, so a PDF
// written from the wrong meeting, or pages of two meetings mixed, cannot go unnoticed.
QVector<Meeting> manyMeetings()
{
    const int count = qMax(2, QThread::idealThreadCount()) * 3 + 1;
    QVector<Meeting> meetings;
    for (int i = 0; i < count; ++i) {
        Meeting m = i % 3 == 2 ? test::longMeeting(10 + i) : test::documentMeeting();
        m.date = QDate(2024, 1, 9).addDays(7 * i);
        m.title = QString::fromUtf8("Möte nummer %1").arg(i + 1);
        meetings.append(m);
    }
    return meetings;
}

// An organisation with a logo, so the worker threads' image path is checked too.
DocumentOptions optionsWithLogo()
{
    return test::sampleOrganisation(
        QSize(300, 100), QString::fromUtf8("Box 123, 131 81 Nacka · 08-718 80 00"));
}

// Every file in `path` with its bytes, hidden ones included.
QMap<QString, QByteArray> folderContents(const QString &path)
{
    QMap<QString, QByteArray> contents;
    const QDir dir(path);
    for (const QString &name :
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        contents.insert(name, readAll(dir.filePath(name)));
    return contents;
}

// A folder holding an earlier export: an index and the PDF of the first of `meetings`.
void fillWithEarlierExport(const QString &path, const QVector<Meeting> &meetings)
{
    QFile index(QDir(path).filePath(QStringLiteral("index.html")));
    ASSERT_TRUE(index.open(QIODevice::WriteOnly));
    index.write("<p>earlier export</p>");
    index.close();
    QFile pdf(QDir(path).filePath(ArchiveExporter::fileName(meetings.first())));
    ASSERT_TRUE(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4 earlier");
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

TEST(ArchiveExport, ParallelPdfsEqualSingleMeetingExports)
{
    if (!test::havePoppler()
        || QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        GTEST_SKIP() << "poppler-utils not installed";
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const DocumentOptions options = optionsWithLogo();
    const QVector<Meeting> meetings = manyMeetings();
    QTemporaryDir archiveDir;
    ArchiveExporter exporter(swedish, options);
    QVector<int> seen;
    exporter.setProgress([&](int done, int total) {
        EXPECT_EQ(total, meetings.size());
        seen.append(done);
        return true;
    });
    ASSERT_TRUE(exporter.write(meetings, {}, {}, archiveDir.path()))
        << exporter.errorString().toStdString();
    QVector<int> expectedProgress;
    for (int done = 1; done <= meetings.size(); ++done)
        expectedProgress.append(done);
    EXPECT_EQ(seen, expectedProgress);
    ASSERT_EQ(exporter.fileNames().size(), meetings.size());

    // Each archived PDF has the text and the image of its own meeting, exactly as a single export
    // of that meeting on this thread.
    QTemporaryDir singleDir;
    MinutesExporter single(MinutesExporter::Format::Pdf, swedish, options);
    for (qsizetype i = 0; i < meetings.size(); ++i) {
        const QString name = exporter.fileNames().at(i);
        EXPECT_EQ(name, ArchiveExporter::fileName(meetings.at(i)));
        const QString archived = archiveDir.filePath(name);
        const QString expected = singleDir.filePath(name);
        ASSERT_TRUE(single.writeFile(meetings.at(i), expected))
            << single.errorString().toStdString();
        const QString text
            = test::runTool(QStringLiteral("pdftotext"), {archived, QStringLiteral("-")});
        EXPECT_TRUE(text.contains(meetings.at(i).title)) << name.toStdString();
        EXPECT_EQ(text, test::runTool(QStringLiteral("pdftotext"), {expected, QStringLiteral("-")}))
            << name.toStdString();
        const QString images
            = test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), archived});
        EXPECT_EQ(images.count(QLatin1Char('\n')), 3) << "one logo: " << images.toStdString();
        EXPECT_EQ(
            images, test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), expected}))
            << name.toStdString();
        EXPECT_TRUE(test::runTool(QStringLiteral("pdfinfo"), {archived})
                        .contains(QStringLiteral("Metadata Stream: yes")))
            << name.toStdString();
    }
}

TEST(ArchiveExport, CancelWhileRenderingLeavesTheFolderAsItWas)
{
    const QVector<Meeting> meetings = manyMeetings();
    QTemporaryDir dir;
    fillWithEarlierExport(dir.path(), meetings);
    const QMap<QString, QByteArray> before = folderContents(dir.path());
    ASSERT_EQ(before.size(), 2);

    ArchiveExporter exporter;
    const int cancelAt = int(meetings.size()) / 2;
    QVector<int> seen;
    exporter.setProgress([&](int done, int) {
        seen.append(done);
        return done < cancelAt;
    });
    EXPECT_FALSE(exporter.write(meetings, {}, {}, dir.path()));
    EXPECT_TRUE(exporter.wasCancelled());
    EXPECT_FALSE(exporter.errorString().isEmpty());
    QVector<int> expectedProgress;
    for (int done = 1; done <= cancelAt; ++done)
        expectedProgress.append(done);
    EXPECT_EQ(seen, expectedProgress) << "no progress after the cancel";
    // The earlier export is untouched, and no staging folder or new PDF is left behind.
    EXPECT_EQ(folderContents(dir.path()), before);
}

TEST(ArchiveExport, FailureOfOneMeetingAmongManyIsReportedAndLeavesTheFolderAsItWas)
{
    QVector<Meeting> meetings = manyMeetings();
    // A file name longer than any file system allows: this meeting's PDF cannot be written.
    const qsizetype failing = meetings.size() / 2;
    meetings[failing].body.name = QString(300, QLatin1Char('x'));
    QTemporaryDir dir;
    fillWithEarlierExport(dir.path(), meetings);
    const QMap<QString, QByteArray> before = folderContents(dir.path());

    ArchiveExporter exporter;
    int calls = 0;
    exporter.setProgress([&](int, int) {
        ++calls;
        return true;
    });
    EXPECT_FALSE(exporter.write(meetings, {}, {}, dir.path()));
    EXPECT_FALSE(exporter.wasCancelled());
    EXPECT_TRUE(exporter.errorString().contains(QStringLiteral("xxxxxxxx")))
        << "the error names the file: " << exporter.errorString().toStdString();
    EXPECT_EQ(calls, failing) << "progress stops at the meeting that failed";
    EXPECT_EQ(exporter.fileNames().size(), failing);
    EXPECT_EQ(folderContents(dir.path()), before);
}
