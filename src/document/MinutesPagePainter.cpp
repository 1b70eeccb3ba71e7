#include "MinutesPagePainter.h"

#include "Language.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>

namespace minutebook {

namespace {
// The gap between text and footer, and the footer's font size, in points.
constexpr qreal footerGapPoints = 10;
constexpr qreal footerFontPoints = 8;
// Room kept free at the top and bottom of each page, in the layout's 96 dpi pixels.
constexpr qreal pageBleed = 4;

qreal pointsToDevice(const QPaintDevice &device, qreal points)
{
    return points * device.logicalDpiY() / 72.0;
}
} // namespace

MinutesPagePainter::MinutesPagePainter(
    QString organisation, QString footerText, const QLocale &locale)
    : m_organisation(std::move(organisation))
    , m_footerText(std::move(footerText))
    , m_locale(locale)
{ }

QString MinutesPagePainter::pageLabel(int page, int pageCount, const QLocale &locale)
{
    return Language::translate(locale, "minutebook::MinutesPagePainter",
        QT_TRANSLATE_NOOP("minutebook::MinutesPagePainter", "Page %1 of %2"))
        .arg(page)
        .arg(pageCount);
}

QPageLayout MinutesPagePainter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 20, 20, 15),
        QPageLayout::Millimeter);
}

QFont MinutesPagePainter::footerFont(const QFont &base) const
{
    QFont font = base;
    font.setPointSizeF(footerFontPoints);
    font.setBold(false);
    font.setItalic(false);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

int MinutesPagePainter::paint(
    QTextDocument &document, QPagedPaintDevice &device, QPainter &painter) const
{
    // Every change below (font, paint device, margins, frame format) lays the whole document out
    // again as long as it has a page size; an empty one holds the layout back until the real
    // size is set, so the document is laid out once instead of four times.
    document.setPageSize(QSizeF(0, 0));
    // Ligatures would turn "fi" into one glyph that text extraction returns as U+FB01, so a
    // search for "Mufic" in the archived PDF would miss it.
    QFont font = document.defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);

    // The paintable area of the page, margins already removed, in device pixels. The footer
    // has one line, two with a footer text, plus a little room for the rule above it.
    const QRectF page(0, 0, device.width(), device.height());
    const QFont small = footerFont(font);
    const QFontMetricsF metrics(small, &device);
    const qreal textHeight = m_footerText.isEmpty()
        ? 0
        : metrics
              .boundingRect(
                  QRectF(0, 0, page.width(), page.height()), Qt::TextWordWrap, m_footerText)
              .height();
    const qreal footerHeight = metrics.height() * 1.4 + textHeight;
    const qreal gap = pointsToDevice(device, footerGapPoints);
    const QSizeF body(page.width(), page.height() - footerHeight - gap);
    if (body.width() <= 0 || body.height() <= 0)
        return 0;

    // Fonts in points scale to the device's resolution once the layout paints on it.
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    // A line moved to the next page starts right at the page break, and accents above it (the
    // dots of "ä") would reach back above the break and show at the foot of the page before.
    // A little room at the top and bottom of every page keeps each line on its own page.
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setTopMargin(pageBleed);
    root.setBottomMargin(pageBleed);
    document.rootFrame()->setFrameFormat(root);
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
        paintFooter(painter, small, footer, index + 1, pageCount);
    }
    return pageCount;
}

void MinutesPagePainter::paintFooter(
    QPainter &painter, const QFont &font, const QRectF &footer, int page, int pageCount) const
{
    painter.save();
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal line = metrics.height();
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawLine(footer.topLeft(), footer.topRight());
    const QRectF first(footer.left(), footer.top() + line * 0.4, footer.width(), line);
    const QString label = pageLabel(page, pageCount, m_locale);
    // A very long organisation name gives way to the page number rather than overlap it.
    const QString organisation = metrics.elidedText(m_organisation, Qt::ElideRight,
        qMax<qreal>(0, first.width() - metrics.horizontalAdvance(label) - line));
    painter.drawText(first, Qt::AlignLeft | Qt::AlignVCenter, organisation);
    painter.drawText(first, Qt::AlignRight | Qt::AlignVCenter, label);
    if (!m_footerText.isEmpty())
        painter.drawText(
            QRectF(footer.left(), first.bottom(), footer.width(), footer.bottom() - first.bottom()),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_footerText);
    painter.restore();
}

} // namespace minutebook
