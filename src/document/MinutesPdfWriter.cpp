#include "MinutesPdfWriter.h"

#include "MinutesDocument.h"
#include "MinutesPagePainter.h"
#include "PdfMetadata.h"

#include <QBuffer>
#include <QDateTime>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>

namespace minutebook {

namespace {
// High enough that text positions are exact; fonts are embedded as outlines either way.
constexpr int resolution = 600;

QString creatorTool()
{
    return QCoreApplication::applicationName().isEmpty() ? QStringLiteral("Minutebook")
                                                         : QCoreApplication::applicationName();
}

QDateTime toTheSecond(QDateTime time)
{
    time.setTime(QTime(time.time().hour(), time.time().minute(), time.time().second()));
    return time;
}

std::unique_ptr<QPdfWriter> pdfWriter(QIODevice &device, const QString &title)
{
    auto pdf = std::make_unique<QPdfWriter>(&device);
    // PDF/A-1b: every font embedded, XMP metadata and an sRGB output intent, so archives can
    // open the minutes in decades.
    pdf->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    pdf->setResolution(resolution);
    pdf->setTitle(title);
    pdf->setCreator(creatorTool());
    pdf->setPageLayout(MinutesPagePainter::pageLayout());
    return pdf;
}
} // namespace

MinutesPdfWriter::MinutesPdfWriter(const QLocale &locale, DocumentOptions options)
    : m_locale(locale)
    , m_options(std::move(options))
{ }

bool MinutesPdfWriter::write(const Meeting &meeting, QIODevice &device)
{
    m_error.clear();
    m_pageCount = 0;
    const auto document = MinutesDocument(m_locale, m_options).create(meeting);
    PdfMetadata metadata;
    metadata.title = document->metaInformation(QTextDocument::DocumentTitle);
    metadata.creatorTool = creatorTool();
    metadata.author = meeting.minuteTaker;
    metadata.description = meeting.body.name;
    metadata.date = meeting.date;
    if (meeting.status == MeetingStatus::Approved && meeting.approval.isRecorded()) {
        const Approval &a = meeting.approval;
        metadata.approval = PdfApproval {meeting.id, a.version, a.by, a.date, a.fingerprint,
            a.fingerprintVersion, meeting.body.shortName, meeting.date};
    }

    // QPdfWriter stamps the information dictionary with the clock when painting begins; PDF/A
    // wants the XMP dates to equal it, and the XMP must be set before. When the clock ticks
    // into the next second during begin() (rarely), the start is thrown away and made again,
    // so the file is written to a buffer first.
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> pdf;
    QPainter painter;
    for (int attempt = 0; attempt < 5 && !painter.isActive(); ++attempt) {
        buffer.close();
        buffer.setData(QByteArray());
        buffer.open(QIODevice::WriteOnly);
        pdf = pdfWriter(buffer, metadata.title);
        const QDateTime before = toTheSecond(QDateTime::currentDateTime());
        pdf->setDocumentXmpMetadata(metadata.xmp(before));
        if (!painter.begin(pdf.get()))
            break;
        if (toTheSecond(QDateTime::currentDateTime()) != before)
            painter.end();
    }
    if (!painter.isActive()) {
        m_error = tr("Could not start writing the PDF.");
        return false;
    }
    const MinutesPagePainter pages(
        m_options.footerOrganisation(meeting), m_options.footerText, m_locale);
    m_pageCount = pages.paint(*document, *pdf, painter);
    if (!painter.end() || m_pageCount == 0) {
        m_error = tr("Could not write the PDF.");
        return false;
    }
    const QByteArray &bytes = buffer.data();
    if (device.write(bytes) != bytes.size()) {
        m_error = tr("Could not write the PDF: %1").arg(device.errorString());
        return false;
    }
    return true;
}

} // namespace minutebook
