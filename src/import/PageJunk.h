#pragma once

// Page furniture that PDF-to-text conversion leaves in the middle of minutes: footers with the
// organisation's address, phone and web site, "mailto:" links, page numbers, and the page
// header repeated after each page break. Recognised by its shape, never by a list of addresses.

#include "LineCleaner.h"

#include <QString>
#include <QVector>

namespace minutebook {

class PageJunk
{
public:
    /// A line made mostly of contact details: mail addresses, bare domains, "mailto:" links,
    /// phone numbers, postal codes, street addresses and words such as "Postadress".
    static bool isContactLine(const QString &line);

    /// "3", "Sida 2 av 5", "2 (5)", "- 2 -".
    static bool isPageNumber(const QString &line);

    /// Sets SourceLine::junk on contact lines, page numbers, and lines of the first page's
    /// header that come back near a page break.
    static void flag(QVector<SourceLine> &lines);

private:
    static void flagRepeatedHeaders(QVector<SourceLine> &lines);
    static bool nearPageBreak(const QVector<SourceLine> &lines, int index);
};

} // namespace minutebook
