#pragma once

// Paints a laid-out QTextDocument page by page onto a paged device (PDF writer or printer),
// with a footer on every page: the organisation on the left, "Page x of y" on the right.
// PDF, print and print preview all use this one painter, so they paginate identically.

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace minutebook {

class MinutesPagePainter
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::MinutesPagePainter)

public:
    /// `footerText` is shown on the left of every page (usually the organisation).
    explicit MinutesPagePainter(QString footerText = {});

    /// Lays `document` out for the page rectangle of `device` and paints every page; `painter`
    /// must be active on `device`. Returns the number of pages painted (0 on failure).
    int paint(QTextDocument &document, QPagedPaintDevice &device, QPainter &painter) const;

    /// "Page 2 of 5" in the UI language.
    static QString pageLabel(int page, int pageCount);

private:
    void paintFooter(QPainter &painter, const QRectF &footer, int page, int pageCount) const;

    QString m_footerText;
};

} // namespace minutebook
