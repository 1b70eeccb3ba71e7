// The organisation's settings in every output: logo, organisation and footer text in the PDF
// (checked with poppler's pdfimages and pdftotext), HTML and Markdown; the XMP author; the
// stored settings; writing through SaveFile.

#include "ArchiveExporter.h"
#include "DocumentSettings.h"
#include "ExportTestSupport.h"
#include "MinutesExporter.h"
#include "SaveFile.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
const QLocale swedish(QLocale::Swedish, QLocale::Sweden);

// A 300×100 logo: a blue bar on a transparent background.
QString writePngLogo(const QTemporaryDir &dir)
{
    QImage image(300, 100, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.fillRect(QRect(0, 40, 300, 20), QColor(0, 70, 140));
    painter.end();
    const QString path = dir.filePath(QStringLiteral("logo.png"));
    EXPECT_TRUE(image.save(path));
    return path;
}

QString writeSvgLogo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("logo.svg"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"50\">"
               "<rect x=\"0\" y=\"0\" width=\"100\" height=\"50\" fill=\"#004a8c\"/></svg>");
    return path;
}

DocumentOptions nackaOptions(const QTemporaryDir &dir)
{
    DocumentSettings settings;
    settings.organisation = QStringLiteral("Nacka kommun");
    settings.footerText = QString::fromUtf8("Box 123, 131 81 Nacka · 08-718 80 00");
    settings.logoFile = writePngLogo(dir);
    const Result<DocumentOptions> options = settings.options();
    EXPECT_TRUE(options.ok()) << options.error().toStdString();
    return options.ok() ? options.value() : DocumentOptions();
}

QString writePdf(const QString &path, const Meeting &meeting, const DocumentOptions &options)
{
    MinutesExporter exporter(MinutesExporter::Format::Pdf, swedish, options);
    EXPECT_TRUE(exporter.writeFile(meeting, path)) << exporter.errorString().toStdString();
    return path;
}

int pdfPages(const QString &path)
{
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {path});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pageText(const QString &path, int page)
{
    const QString number = QString::number(page);
    return test::runTool(QStringLiteral("pdftotext"),
        {QStringLiteral("-f"), number, QStringLiteral("-l"), number, path, QStringLiteral("-")})
        .simplified();
}

// The image lines of `pdfimages -list` (two header lines before them).
QStringList pdfImages(const QString &path)
{
    QStringList lines = test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);
}
} // namespace

TEST(DocumentOptions, LogosAreReadScaledAndPutOnWhite)
{
    QTemporaryDir dir;
    const Result<QImage> png = DocumentSettings::loadLogo(writePngLogo(dir), 50);
    ASSERT_TRUE(png.ok()) << png.error().toStdString();
    EXPECT_EQ(png.value().size(), QSize(150, 50));
    EXPECT_FALSE(png.value().hasAlphaChannel()) << "PDF/A-1 allows no transparency";
    EXPECT_EQ(png.value().pixelColor(2, 2), QColor(Qt::white));
    EXPECT_EQ(png.value().pixelColor(75, 25), QColor(0, 70, 140));

    const Result<QImage> svg = DocumentSettings::loadLogo(writeSvgLogo(dir), 60);
    ASSERT_TRUE(svg.ok()) << svg.error().toStdString();
    EXPECT_EQ(svg.value().size(), QSize(240, 60));
    EXPECT_FALSE(svg.value().hasAlphaChannel());
    EXPECT_EQ(svg.value().pixelColor(200, 30), QColor(Qt::white));
    EXPECT_EQ(svg.value().pixelColor(50, 30), QColor(0x00, 0x4a, 0x8c));
}

TEST(DocumentOptions, UnreadableLogosFailWithTheFileName)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.png"));
    const Result<QImage> none = DocumentSettings::loadLogo(missing);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().contains(missing)) << none.error().toStdString();

    const QString broken = dir.filePath(QStringLiteral("broken.svg"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<svg this is not");
    file.close();
    DocumentSettings settings;
    settings.logoFile = broken;
    const Result<DocumentOptions> options = settings.options();
    ASSERT_FALSE(options.ok());
    EXPECT_TRUE(options.error().contains(broken)) << options.error().toStdString();
}

TEST(DocumentOptions, SettingsRoundTripThroughQSettings)
{
    QTemporaryDir dir;
    QSettings stored(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DocumentSettings settings;
    settings.organisation = QStringLiteral("  Nacka kommun ");
    settings.footerText = QString::fromUtf8("Växel 08-718 80 00");
    settings.logoFile = QStringLiteral("/srv/logo.svg");
    settings.save(stored);
    const DocumentSettings loaded = DocumentSettings::load(stored);
    EXPECT_EQ(loaded.organisation, QStringLiteral("Nacka kommun"));
    EXPECT_EQ(loaded.footerText, settings.footerText);
    EXPECT_EQ(loaded.logoFile, settings.logoFile);
}

TEST(DocumentOptions, PdfHasTheLogoOnceAndFooterOnEveryPage)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    QTemporaryDir dir;
    const DocumentOptions options = nackaOptions(dir);
    const QString path
        = writePdf(dir.filePath(QStringLiteral("long.pdf")), test::longMeeting(), options);
    const int pages = pdfPages(path);
    ASSERT_GE(pages, 3);

    // One image, on page 1, opaque RGB (no soft mask, as PDF/A-1 requires).
    const QStringList images = pdfImages(path);
    ASSERT_EQ(images.size(), 1) << images.join(QLatin1Char('\n')).toStdString();
    const QStringList columns = images.constFirst().simplified().split(QLatin1Char(' '));
    EXPECT_EQ(columns.value(0), QStringLiteral("1")) << "the logo is on page 1";
    EXPECT_EQ(columns.value(2), QStringLiteral("image"));
    EXPECT_EQ(columns.value(5), QStringLiteral("rgb"));

    const QString first = pageText(path, 1);
    EXPECT_TRUE(first.contains(QStringLiteral("Nacka kommun"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QString::fromUtf8("Skol- och fritidsförvaltningen")))
        << "the body's own organisation stays in the header";
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(path, page);
        EXPECT_TRUE(text.contains(QString::fromUtf8("Box 123, 131 81 Nacka · 08-718 80 00")))
            << "page " << page << ": " << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Sida %1 av %2").arg(page).arg(pages)))
            << "page " << page << ": " << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Nacka kommun"))) << "page " << page;
    }
}

TEST(DocumentOptions, PdfWithoutOptionsHasNoImageAndTheBodysOrganisation)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    QTemporaryDir dir;
    const QString path
        = writePdf(dir.filePath(QStringLiteral("plain.pdf")), test::documentMeeting(), {});
    EXPECT_TRUE(pdfImages(path).isEmpty());
    const QString text = pageText(path, 1);
    EXPECT_TRUE(text.contains(QString::fromUtf8("Skol- och fritidsförvaltningen")));
    EXPECT_FALSE(text.contains(QStringLiteral("Nacka")));
}

TEST(DocumentOptions, XmpNamesTheMinuteTakerBodyAndDateAndMatchesTheInfoDates)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    QTemporaryDir dir;
    const QString path
        = writePdf(dir.filePath(QStringLiteral("xmp.pdf")), test::documentMeeting(), {});
    const QString xmp = test::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    EXPECT_TRUE(xmp.contains(
        QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Maria Boman Hansson</rdf:li></rdf:Seq>")))
        << xmp.toStdString();
    EXPECT_TRUE(xmp.contains(QStringLiteral("<dc:date><rdf:Seq><rdf:li>2024-02-06</rdf:li>")));
    EXPECT_TRUE(xmp.contains(QStringLiteral("Ledningsgrupp HSS</rdf:li>")));
    EXPECT_TRUE(xmp.contains(QStringLiteral("pdfaid:part=\"1\" pdfaid:conformance=\"B\"")));

    // PDF/A-1: the information dictionary and the XMP packet must agree.
    const QString info
        = test::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-isodates"), path});
    const auto created
        = QRegularExpression(QStringLiteral("CreationDate:\\s+(\\S+)")).match(info).captured(1);
    ASSERT_FALSE(created.isEmpty()) << info.toStdString();
    EXPECT_TRUE(xmp.contains(QStringLiteral("xmp:CreateDate=\"%1\"").arg(created)))
        << created.toStdString() << "\n"
        << xmp.toStdString();
    const auto title
        = QRegularExpression(QStringLiteral("Title:\\s+(.+)\\n")).match(info).captured(1);
    EXPECT_TRUE(xmp.contains(QStringLiteral(">%1</rdf:li>").arg(title.trimmed().toHtmlEscaped())))
        << title.toStdString();
    const auto producer
        = QRegularExpression(QStringLiteral("Producer:\\s+(.+)\\n")).match(info).captured(1);
    EXPECT_TRUE(xmp.contains(QStringLiteral("pdf:Producer=\"%1\"").arg(producer.trimmed())));
}

TEST(DocumentOptions, HtmlCarriesTheLogoInsideAndMarkdownOnlyTheText)
{
    QTemporaryDir dir;
    const DocumentOptions options = nackaOptions(dir);
    const QString html = MinutesExporter(MinutesExporter::Format::Html, swedish, options)
                             .text(test::documentMeeting());
    EXPECT_TRUE(html.contains(QStringLiteral("<img src=\"data:image/png;base64,")))
        << "the logo is inside the one HTML file";
    EXPECT_TRUE(html.contains(QStringLiteral("Nacka kommun")));
    EXPECT_TRUE(html.contains(QString::fromUtf8("Box 123, 131 81 Nacka · 08-718 80 00")));

    const QString markdown = MinutesExporter(MinutesExporter::Format::Markdown, swedish, options)
                                 .text(test::documentMeeting());
    EXPECT_FALSE(markdown.contains(QStringLiteral("data:image")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("Nacka kommun")));
    EXPECT_TRUE(
        markdown.trimmed().endsWith(QString::fromUtf8("Box 123, 131 81 Nacka · 08-718 80 00")))
        << markdown.toStdString();
}

// The logo's PNG is encoded once and reused while the image stays the same; a changed or another
// logo must never come out as the one before.
TEST(DocumentOptions, HtmlLogoIsAlwaysTheCurrentImage)
{
    const auto logoInHtml = [](const QImage &logo) {
        DocumentOptions options;
        options.logo = logo;
        const QString html = MinutesExporter(MinutesExporter::Format::Html, swedish, options)
                                 .text(test::documentMeeting());
        const QString base64
            = QRegularExpression(QStringLiteral("src=\"data:image/png;base64,([^\"]+)\""))
                  .match(html)
                  .captured(1);
        return QImage::fromData(QByteArray::fromBase64(base64.toLatin1()), "PNG");
    };
    QImage logo(40, 20, QImage::Format_RGB32);
    logo.fill(QColor(200, 0, 0));
    EXPECT_EQ(logoInHtml(logo).pixelColor(5, 5), QColor(200, 0, 0));
    EXPECT_EQ(logoInHtml(logo).pixelColor(5, 5), QColor(200, 0, 0)) << "the same logo again";
    logo.fill(QColor(0, 0, 200)); // changed in place
    EXPECT_EQ(logoInHtml(logo).pixelColor(5, 5), QColor(0, 0, 200));
    QImage other(40, 20, QImage::Format_RGB32);
    other.fill(QColor(0, 150, 0));
    EXPECT_EQ(logoInHtml(other).pixelColor(5, 5), QColor(0, 150, 0));
    EXPECT_EQ(logoInHtml(logo).pixelColor(5, 5), QColor(0, 0, 200)) << "back to the first logo";
}

TEST(DocumentOptions, ArchiveUsesTheOptionsAndLeavesNoStagingFolder)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    QTemporaryDir dir;
    QTemporaryDir out;
    // An older export of the same meeting is replaced, not kept beside the new one.
    const QString old = out.filePath(ArchiveExporter::fileName(test::documentMeeting()));
    ASSERT_TRUE(SaveFile::write(old, QByteArray("old")).ok());
    ArchiveExporter archive(swedish, nackaOptions(dir));
    ASSERT_TRUE(archive.write({test::documentMeeting()}, {}, {}, out.path()))
        << archive.errorString().toStdString();
    EXPECT_EQ(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList(
            {QStringLiteral("2024-02-06 Ledningsgrupp HSS.pdf"), QStringLiteral("actions.csv"),
                QStringLiteral("decisions.csv"), QStringLiteral("index.html")}));
    EXPECT_EQ(pdfImages(old).size(), 1);
    EXPECT_TRUE(pageText(old, 1).contains(QStringLiteral("Nacka kommun")));
}

TEST(DocumentOptions, ArchiveThatFailsHalfwayWritesNothing)
{
    QTemporaryDir out;
    // The second file name is longer than any file system allows: the first PDF is written,
    // the second fails, and neither may be left behind (as with a disk that fills up).
    Meeting tooLong = test::meetingWithoutDecisions();
    tooLong.body.name = QString(300, QLatin1Char('x'));
    ArchiveExporter archive(swedish);
    EXPECT_FALSE(archive.write({test::documentMeeting(), tooLong}, {}, {}, out.path()));
    EXPECT_FALSE(archive.wasCancelled());
    EXPECT_TRUE(archive.errorString().contains(QStringLiteral("xxxxx")))
        << archive.errorString().toStdString();
    EXPECT_TRUE(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        << QDir(out.path())
               .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
               .join(QLatin1Char(','))
               .toStdString();
}

TEST(SaveFile, AFailingWriterLeavesNoFileAndKeepsItsMessage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.html"));
    ASSERT_TRUE(SaveFile::write(path, QByteArray("before")).ok());
    const Status status = SaveFile::write(path, [](QIODevice &device) {
        device.write("half of it");
        return Status::failure(QStringLiteral("rendering failed"));
    });
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(status.error(), QStringLiteral("rendering failed"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("before")) << "the old file is untouched";
    EXPECT_EQ(
        QDir(dir.path()).entryList(QDir::Files), QStringList({QStringLiteral("minutes.html")}));
}
