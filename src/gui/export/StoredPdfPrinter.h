#pragma once

// Prints a stored PDF — the archival copy of approved minutes — page by page: Poppler's Qt 6
// binding renders each page at the printer's resolution (at most 300 dpi) and the painter puts
// it on the whole sheet. QPrinter cannot print a PDF file by itself, and approved minutes must
// come out of the printer exactly as they were approved, not laid out again.

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QPrinter;

namespace minutebook {

class StoredPdfPrinter
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::StoredPdfPrinter)

public:
    /// The number of pages printed, or why nothing was.
    static Result<int> print(const QByteArray &pdf, QPrinter &printer);
};

} // namespace minutebook
