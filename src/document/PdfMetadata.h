#pragma once

// The XMP metadata packet of a minutes PDF/A. Qt 6.4's QPdfWriter writes only title, creator
// tool, producer and dates into its own packet; with QPdfWriter::setDocumentXmpMetadata() we
// hand it this one instead, which adds the minute-taker as author (dc:creator), the body
// (dc:description) and the meeting date (dc:date). The values Qt also writes into the document
// information dictionary (title, creator tool, producer, creation date) must match it exactly,
// as PDF/A-1 requires; MinutesPdfWriter takes care of the date.

#include "PdfApprovalXmp.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace minutebook {

struct PdfMetadata
{
    QString title; ///< as given to QPdfWriter::setTitle
    QString creatorTool; ///< as given to QPdfWriter::setCreator
    QString author; ///< the minute-taker; may be empty
    QString description; ///< the body; may be empty
    QDate date; ///< the meeting date; may be invalid
    std::optional<PdfApproval> approval; ///< for approved minutes with a recorded approval

    /// The producer Qt writes into the information dictionary ("Qt 6.4.2").
    static QString producer();
    /// The packet, with `created` (to the second, in its own time zone) as creation and
    /// modification date.
    QByteArray xmp(const QDateTime &created) const;
};

} // namespace minutebook
