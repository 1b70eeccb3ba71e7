#include "ExportTestSupport.h"
#include "MinutesExporter.h"
#include "MinutesPdfWriter.h"
#include "PdfApprovalXmp.h"
#include "SaveFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
const QLocale swedish(QLocale::Swedish, QLocale::Sweden);

QString writePdf(const QTemporaryDir &dir, const Meeting &meeting, int *pages = nullptr,
    const QLocale &locale = swedish)
{
    const QString path = dir.filePath(QStringLiteral("minutes.pdf"));
    MinutesPdfWriter writer(locale);
    const Status written = SaveFile::write(path, [&](QIODevice &device) {
        return writer.write(meeting, device) ? Status() : Status::failure(writer.errorString());
    });
    EXPECT_TRUE(written.ok()) << written.error().toStdString();
    if (pages)
        *pages = writer.pageCount();
    return path;
}

int pdfPages(const QString &info)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// pdftotext may break lines differently from the document; compare with single spaces.
QString simplified(const QString &text)
{
    return text.simplified();
}
} // namespace

TEST(PdfExport, WritesPdfAToADevice)
{
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    MinutesPdfWriter writer(swedish);
    ASSERT_TRUE(writer.write(test::documentMeeting(), buffer))
        << writer.errorString().toStdString();
    const QByteArray pdf = buffer.data();
    EXPECT_TRUE(pdf.startsWith("%PDF-1.4"));
    EXPECT_TRUE(pdf.contains("pdfaid:part")) << "no PDF/A identification in the XMP metadata";
    EXPECT_TRUE(pdf.contains("/FontFile2")) << "fonts are not embedded";
    EXPECT_EQ(writer.pageCount(), 1);
}

TEST(PdfExport, PdfInfoSeesMetadataAndPages)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    QTemporaryDir dir;
    const QString path = writePdf(dir, test::documentMeeting());
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {path}).simplified();
    EXPECT_TRUE(info.contains(QStringLiteral("Metadata Stream: yes"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("PDF version: 1.4"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("A4"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Title: LG 2024-02-06"))) << info.toStdString();
    // The XMP packet identifies the file as PDF/A-1b.
    const QString xmp = test::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    EXPECT_TRUE(xmp.contains(QStringLiteral("pdfaid:part=\"1\""))) << xmp.toStdString();
    EXPECT_TRUE(xmp.contains(QStringLiteral("pdfaid:conformance=\"B\""))) << xmp.toStdString();
    EXPECT_TRUE(xmp.contains(QStringLiteral("LG 2024-02-06"))) << xmp.toStdString();
    EXPECT_EQ(pdfPages(info), 1);
}

TEST(PdfExport, TextIsExtractableWithSwedishLetters)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    // Swedish minutes from a program speaking English: no Swedish translator is installed.
    QTemporaryDir dir;
    const Meeting meeting = test::documentMeeting();
    const QString text = simplified(
        test::runTool(QStringLiteral("pdftotext"), {writePdf(dir, meeting), QStringLiteral("-")}));
    for (const QString &expected : {QString::fromUtf8("Skol- och fritidsförvaltningen"),
             QString::fromUtf8("Mötesanteckningar"), QString::fromUtf8("tisdag 6 februari 2024"),
             QStringLiteral("BESLUT"), QString::fromUtf8("Återkoppling från föregående möte"),
             QStringLiteral("Skoltempen och betygsresultat"), QStringLiteral("Skolplikt"),
             QStringLiteral("Hackshield prisutdelning"),
             QString::fromUtf8("BUMS-dagarna genomförs 28–29 april 2026."),
             QStringLiteral("Sida 1 av 1")}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.toStdString();
    }
    for (const Attendance &a : meeting.attendees)
        EXPECT_TRUE(text.contains(a.person.name)) << a.person.name.toStdString();
}

TEST(PdfExport, TheFooterIsInTheDocumentsLanguageNotTheProgramsOne)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    const test::SwedishTranslation swedishProgram;
    ASSERT_TRUE(swedishProgram.loaded());
    QTemporaryDir dir;
    const QString text = test::runTool(QStringLiteral("pdftotext"),
        {writePdf(dir, test::documentMeeting(), nullptr, QLocale(QLocale::English)),
            QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Minutes taken by"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Sida"))) << text.toStdString();
}

TEST(PdfExport, LongMeetingBreaksPagesWithoutLosingText)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    QTemporaryDir dir;
    int pages = 0;
    const Meeting meeting = test::longMeeting();
    const QString path = writePdf(dir, meeting, &pages);
    ASSERT_GE(pages, 3);
    EXPECT_EQ(pdfPages(test::runTool(QStringLiteral("pdfinfo"), {path})), pages);
    const QString text
        = simplified(test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    for (const AgendaItem &item : meeting.items)
        EXPECT_TRUE(text.contains(item.title)) << item.title.toStdString();
    for (int page = 1; page <= pages; ++page) {
        // Swedish minutes (the writer's locale), whatever the program speaks.
        const QString footer = QStringLiteral("Sida %1 av %2").arg(page).arg(pages);
        EXPECT_TRUE(text.contains(footer)) << footer.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Maria Boman Hansson")));
}

TEST(PdfExport, UnwritablePathFailsAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/minutes.pdf"));
    MinutesExporter writer(MinutesExporter::Format::Pdf, swedish);
    EXPECT_FALSE(writer.writeFile(test::documentMeeting(), path));
    EXPECT_TRUE(writer.errorString().contains(path)) << writer.errorString().toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST(PdfExport, ApprovedMinutesCarryTheirApprovalInDeclaredXmpProperties)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    const test::SwedishTranslation swedishLabels;
    ASSERT_TRUE(swedishLabels.loaded());
    Meeting m = test::documentMeeting();
    m.status = MeetingStatus::Approved;
    m.approval.version = 2;
    m.approval.by = {QStringLiteral("Lila Ericsson"), QStringLiteral("Maria Holm")};
    m.approval.date = QDate(2024, 2, 13);
    m.approval.fingerprint = QString(64, QLatin1Char('a'));
    m.approval.fingerprintVersion = 1;
    QTemporaryDir dir;
    const QString path = writePdf(dir, m);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const std::optional<PdfApproval> read = PdfApprovalXmp::read(file.readAll());
    ASSERT_TRUE(read);
    EXPECT_EQ(read->meetingId, m.id);
    EXPECT_EQ(read->approvalVersion, 2);
    EXPECT_EQ(read->approvedBy, m.approval.by);
    EXPECT_EQ(read->approvedOn, QDate(2024, 2, 13));
    EXPECT_EQ(read->fingerprint, m.approval.fingerprint);
    EXPECT_EQ(read->fingerprintVersion, 1);
    EXPECT_EQ(read->body, QStringLiteral("LG"));
    EXPECT_EQ(read->meetingDate, QDate(2024, 2, 6));
    // poppler reads the packet as XML; every custom property is declared by the extension
    // schema, as PDF/A-1 requires.
    const QString xmp = test::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    QXmlStreamReader xml(xmp.mid(xmp.indexOf(QStringLiteral("<x:xmpmeta"))));
    QStringList used;
    QStringList declared;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.namespaceUri() == QLatin1String(PdfApprovalXmp::uri)) {
            used.append(xml.name().toString());
        } else if (xml.qualifiedName() == QLatin1String("pdfaProperty:name")) {
            declared.append(xml.readElementText());
        } else if (xml.qualifiedName() == QLatin1String("pdfaSchema:namespaceURI")) {
            EXPECT_EQ(xml.readElementText(), QLatin1String(PdfApprovalXmp::uri));
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(used.size(), 8);
    EXPECT_EQ(used, declared);
    // The last page says who approved and the whole fingerprint.
    const QString text
        = simplified(test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(QStringLiteral("Godkänd 13 februari 2024 av Lila Ericsson och Maria "
                                             "Holm · kontrollsumma aaaa aaaa")))
        << text.toStdString();
}

TEST(PdfExport, DraftsCarryNoApproval)
{
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    Meeting draft = test::documentMeeting();
    draft.status = MeetingStatus::Draft;
    ASSERT_TRUE(MinutesPdfWriter(swedish).write(draft, buffer));
    EXPECT_FALSE(PdfApprovalXmp::read(buffer.data()));
    EXPECT_FALSE(buffer.data().contains("pdfaExtension"));
}

TEST(PdfExport, AStoredCopyIsWrittenByteForByte)
{
    const QByteArray stored("%PDF-1.4 the archival copy");
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    MinutesExporter exporter(MinutesExporter::Format::Pdf, swedish);
    exporter.setStoredPdf(stored);
    ASSERT_TRUE(exporter.write(test::documentMeeting(), buffer));
    EXPECT_EQ(buffer.data(), stored);
}
