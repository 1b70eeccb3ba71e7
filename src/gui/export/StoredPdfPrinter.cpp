#include "StoredPdfPrinter.h"

#include "PrintStart.h"

#include <QPainter>
#include <QPrinter>

#include <poppler-qt6.h>

#include <memory>

namespace minutebook {

Result<int> StoredPdfPrinter::print(const QByteArray &pdf, QPrinter &printer)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked() || document->numPages() == 0)
        return Result<int>::failure(tr("The stored copy of the minutes cannot be read."));
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    // The stored pages are A4 with their own margins: they go on the whole sheet.
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    if (Status started = PrintStart::begin(painter, printer); !started)
        return started;
    const double dpi = qMin(300, printer.resolution());
    const int pages = document->numPages();
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        const QImage image = page ? page->renderToImage(dpi, dpi) : QImage();
        if (image.isNull()) {
            painter.end();
            return Result<int>::failure(
                tr("Page %1 of the stored copy cannot be drawn.").arg(i + 1));
        }
        if (i > 0 && !printer.newPage()) {
            painter.end();
            return Result<int>::failure(tr("The minutes could not be printed."));
        }
        const QRect sheet = painter.viewport();
        const QSize fitted = image.size().scaled(sheet.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(sheet.topLeft(), fitted), image);
    }
    if (!painter.end())
        return Result<int>::failure(tr("The minutes could not be printed."));
    return pages;
}

} // namespace minutebook
