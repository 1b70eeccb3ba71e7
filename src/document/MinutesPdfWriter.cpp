#include "MinutesPdfWriter.h"

#include "MinutesDocument.h"
#include "MinutesPagePainter.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace minutebook {

namespace {
// High enough that text positions are exact; fonts are embedded as outlines either way.
constexpr int resolution = 600;
} // namespace

MinutesPdfWriter::MinutesPdfWriter(const QLocale &locale)
    : m_locale(locale)
{ }

bool MinutesPdfWriter::write(const Meeting &meeting, QIODevice &device)
{
    m_error.clear();
    m_pageCount = 0;
    const auto document = MinutesDocument(m_locale).create(meeting);

    QPdfWriter pdf(&device);
    // PDF/A-1b: every font embedded, XMP metadata and an sRGB output intent, so archives can
    // open the minutes in decades.
    pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    pdf.setResolution(resolution);
    pdf.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
    pdf.setCreator(QCoreApplication::applicationName().isEmpty()
            ? QStringLiteral("Minutebook")
            : QCoreApplication::applicationName());
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(25, 20, 20, 15), QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(&pdf)) {
        m_error = tr("Could not start writing the PDF.");
        return false;
    }
    const MinutesPagePainter pages(meeting.body.organisation);
    m_pageCount = pages.paint(*document, pdf, painter);
    if (!painter.end() || m_pageCount == 0) {
        m_error = tr("Could not write the PDF.");
        return false;
    }
    return true;
}

bool MinutesPdfWriter::writeFile(const Meeting &meeting, const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    if (!write(meeting, file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace minutebook
