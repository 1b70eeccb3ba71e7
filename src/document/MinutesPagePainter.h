#pragma once

// Paints a laid-out QTextDocument page by page onto a paged device (PDF writer or printer),
// with a footer on every page: the organisation on the left and "Page x of y" on the right,
// and under them the organisation's footer text when it has one. PDF, print and print preview
// all use this one painter, so they paginate identically.

#include <QLocale>
#include <QString>

class QFont;
class QPageLayout;
class QPagedPaintDevice;
class QPainter;
class QRectF;
class QTextDocument;

namespace minutebook {

class MinutesPagePainter
{
public:
    /// `organisation` on the left of every footer, `footerText` on a line below (both may be
    /// empty); "Page x of y" in `locale`'s language (the document's).
    explicit MinutesPagePainter(
        QString organisation = {}, QString footerText = {}, const QLocale &locale = QLocale());

    /// Lays `document` out for the page rectangle of `device` and paints every page; `painter`
    /// must be active on `device`. Returns the number of pages painted (0 on failure).
    int paint(QTextDocument &document, QPagedPaintDevice &device, QPainter &painter) const;

    /// "Page 2 of 5" ("Sida 2 av 5") in `locale`'s language.
    static QString pageLabel(int page, int pageCount, const QLocale &locale = QLocale());
    /// A4 portrait with the margins of the organisation's minutes (25/20/20/15 mm).
    static QPageLayout pageLayout();

private:
    QFont footerFont(const QFont &base) const;
    void paintFooter(
        QPainter &painter, const QFont &font, const QRectF &footer, int page, int pageCount) const;

    QString m_organisation;
    QString m_footerText;
    QLocale m_locale;
};

} // namespace minutebook
