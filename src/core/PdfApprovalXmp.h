#pragma once

// What the PDF of approved minutes says about their approval, as custom XMP properties
// (namespace PdfApprovalXmp::uri, prefix "minutebook") declared by a PDF/A extension schema —
// PDF/A-1 requires one for any property outside its predefined schemas. The document layer
// writes them (PdfMetadata); `minutebook-cli verify FILE.pdf` reads them back, with Qt Core
// only, so it lives here.

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace minutebook {

struct PdfApproval
{
    qint64 meetingId = 0;
    int approvalVersion = 0;
    QStringList approvedBy;
    QDate approvedOn;
    QString fingerprint;
    int fingerprintVersion = 0;
    QString body; ///< short name, to say which meeting in words
    QDate meetingDate;
};

namespace PdfApprovalXmp {

constexpr const char *uri = "http://minutebook.invalid/ns/approval/1.0/";

/// The rdf:Description elements with the properties and the extension schema, for the packet.
QString descriptions(const PdfApproval &approval);

/// The approval a PDF file's XMP packet carries (the first packet with our namespace); nothing
/// when it has none. Reads the bytes as they are: the metadata stream is not compressed.
std::optional<PdfApproval> read(const QByteArray &pdf);

} // namespace PdfApprovalXmp

} // namespace minutebook
