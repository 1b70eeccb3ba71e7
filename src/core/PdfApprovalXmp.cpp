#include "PdfApprovalXmp.h"

#include <QXmlStreamReader>

namespace minutebook {

namespace PdfApprovalXmp {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The custom properties of approved minutes, in the order the extension schema declares them.
struct ApprovalProperty
{
    const char *name;
    const char *valueType;
    const char *description;
};

const ApprovalProperty approvalProperties[] = {
    {"MeetingId", "Integer", "The meeting's id in the Minutebook archive"},
    {"Body", "Text", "The short name of the body that met"},
    {"MeetingDate", "Date", "The day of the meeting"},
    {"ApprovalVersion", "Integer", "1 for the first approval, one more after each correction"},
    {"ApprovedBy", "Text", "Who approved the minutes, separated by semicolons"},
    {"ApprovedOn", "Date", "The day of approval"},
    {"Fingerprint", "Text", "SHA-256 (hex) of the canonical text of the approved minutes"},
    {"FingerprintVersion", "Integer", "The version of the canonical text"},
};

QString approvalValue(const PdfApproval &a, const QString &name)
{
    if (name == QLatin1String("MeetingId"))
        return QString::number(a.meetingId);
    if (name == QLatin1String("Body"))
        return a.body;
    if (name == QLatin1String("MeetingDate"))
        return a.meetingDate.toString(Qt::ISODate);
    if (name == QLatin1String("ApprovalVersion"))
        return QString::number(a.approvalVersion);
    if (name == QLatin1String("ApprovedBy"))
        return a.approvedBy.join(QStringLiteral("; "));
    if (name == QLatin1String("ApprovedOn"))
        return a.approvedOn.toString(Qt::ISODate);
    if (name == QLatin1String("Fingerprint"))
        return a.fingerprint;
    if (name == QLatin1String("FingerprintVersion"))
        return QString::number(a.fingerprintVersion);
    return {};
}

void setApprovalValue(PdfApproval &a, const QString &name, const QString &value)
{
    if (name == QLatin1String("MeetingId"))
        a.meetingId = value.toLongLong();
    else if (name == QLatin1String("Body"))
        a.body = value;
    else if (name == QLatin1String("MeetingDate"))
        a.meetingDate = QDate::fromString(value, Qt::ISODate);
    else if (name == QLatin1String("ApprovalVersion"))
        a.approvalVersion = value.toInt();
    else if (name == QLatin1String("ApprovedBy"))
        a.approvedBy = value.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    else if (name == QLatin1String("ApprovedOn"))
        a.approvedOn = QDate::fromString(value, Qt::ISODate);
    else if (name == QLatin1String("Fingerprint"))
        a.fingerprint = value;
    else if (name == QLatin1String("FingerprintVersion"))
        a.fingerprintVersion = value.toInt();
}

// The properties, and the extension schema that declares them (PDF/A-1, ISO 19005-1 6.7.2.2).
} // namespace

QString descriptions(const PdfApproval &approval)
{
    const QString ns = QLatin1String(uri);
    QString values;
    QString declared;
    for (const ApprovalProperty &p : approvalProperties) {
        const QString name = QLatin1String(p.name);
        values += QStringLiteral("      <minutebook:%1>%2</minutebook:%1>\n")
                      .arg(name, escaped(approvalValue(approval, name)));
        declared += QStringLiteral(
            "              <rdf:li rdf:parseType=\"Resource\">\n"
            "                <pdfaProperty:name>%1</pdfaProperty:name>\n"
            "                <pdfaProperty:valueType>%2</pdfaProperty:valueType>\n"
            "                <pdfaProperty:category>external</pdfaProperty:category>\n"
            "                <pdfaProperty:description>%3</pdfaProperty:description>\n"
            "              </rdf:li>\n")
                        .arg(name, QLatin1String(p.valueType), QLatin1String(p.description));
    }
    return QStringLiteral(
        "    <rdf:Description rdf:about=\"\" xmlns:minutebook=\"%1\">\n"
        "%2"
        "    </rdf:Description>\n"
        "    <rdf:Description rdf:about=\"\" "
        "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
        "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
        "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
        "      <pdfaExtension:schemas>\n"
        "        <rdf:Bag>\n"
        "          <rdf:li rdf:parseType=\"Resource\">\n"
        "            <pdfaSchema:schema>Minutebook approval of minutes</pdfaSchema:schema>\n"
        "            <pdfaSchema:namespaceURI>%1</pdfaSchema:namespaceURI>\n"
        "            <pdfaSchema:prefix>minutebook</pdfaSchema:prefix>\n"
        "            <pdfaSchema:property>\n"
        "              <rdf:Seq>\n"
        "%3"
        "              </rdf:Seq>\n"
        "            </pdfaSchema:property>\n"
        "          </rdf:li>\n"
        "        </rdf:Bag>\n"
        "      </pdfaExtension:schemas>\n"
        "    </rdf:Description>\n")
        .arg(ns, values, declared);
}

std::optional<PdfApproval> read(const QByteArray &pdf)
{
    const QByteArray ns(uri);
    for (qsizetype from = 0;;) {
        const qsizetype begin = pdf.indexOf("<x:xmpmeta", from);
        if (begin < 0)
            return std::nullopt;
        const qsizetype end = pdf.indexOf("</x:xmpmeta>", begin);
        if (end < 0)
            return std::nullopt;
        from = end;
        const QByteArray packet = pdf.mid(begin, end - begin + 12);
        if (!packet.contains(ns))
            continue;
        QXmlStreamReader xml(packet);
        PdfApproval approval;
        bool found = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement
                || xml.namespaceUri() != QLatin1String(uri))
                continue;
            const QString name = xml.name().toString();
            setApprovalValue(approval, name, xml.readElementText());
            found = true;
        }
        if (xml.hasError() || !found || approval.fingerprint.isEmpty())
            return std::nullopt;
        return approval;
    }
}

} // namespace PdfApprovalXmp

} // namespace minutebook
