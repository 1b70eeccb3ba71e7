#include "MinutesPagePainter.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace minutebook {

namespace {
// Footer height and the gap above it, in points.
constexpr qreal footerPoints = 14;
constexpr qreal footerGapPoints = 10;
constexpr qreal footerFontPoints = 8;

qreal pointsToDevice(const QPaintDevice &device, qreal points)
{
    return points * device.logicalDpiY() / 72.0;
}
} // namespace

MinutesPagePainter::MinutesPagePainter(QString footerText)
    : m_footerText(std::move(footerText))
{ }

QString MinutesPagePainter::pageLabel(int page, int pageCount)
{
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

int MinutesPagePainter::paint(
    QTextDocument &document, QPagedPaintDevice &device, QPainter &painter) const
{
    // The paintable area of the page, margins already removed, in device pixels.
    const QRectF page(0, 0, device.width(), device.height());
    const qreal footerHeight = pointsToDevice(device, footerPoints);
    const qreal gap = pointsToDevice(device, footerGapPoints);
    const QSizeF body(page.width(), page.height() - footerHeight - gap);
    if (body.width() <= 0 || body.height() <= 0)
        return 0;

    // Ligatures would turn "fi" into one glyph that text extraction returns as U+FB01, so a
    // search for "Mufic" in the archived PDF would miss it.
    QFont font = document.defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    // Fonts in points scale to the device's resolution once the layout paints on it.
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setPageSize(body);
    const int pageCount = document.pageCount();
    const QRectF footer(0, page.height() - footerHeight, page.width(), footerHeight);

    for (int index = 0; index < pageCount; ++index) {
        if (index > 0 && !device.newPage())
            return 0;
        painter.save();
        const QRectF clip(0, index * body.height(), body.width(), body.height());
        painter.translate(0, -clip.top());
        document.drawContents(&painter, clip);
        painter.restore();
        paintFooter(painter, footer, index + 1, pageCount);
    }
    return pageCount;
}

void MinutesPagePainter::paintFooter(
    QPainter &painter, const QRectF &footer, int page, int pageCount) const
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(footerFontPoints);
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawLine(footer.topLeft(), footer.topRight());
    const QRectF text = footer.adjusted(0, footer.height() * 0.2, 0, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, m_footerText);
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, pageLabel(page, pageCount));
    painter.restore();
}

} // namespace minutebook
