#include "PdfMetadata.h"

namespace minutebook {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// "2024-02-06T12:00:00+01:00", as QPdfWriter writes the information dictionary's date.
QString xmpDate(const QDateTime &time)
{
    const QDate d = time.date();
    const QTime t = time.time();
    QString text = QString::asprintf("%d-%02d-%02dT%02d:%02d:%02d", d.year(), d.month(), d.day(),
        t.hour(), t.minute(), t.second());
    const int offset = time.offsetFromUtc();
    const int hours = qAbs(offset) / 3600;
    const int minutes = (qAbs(offset) / 60) % 60;
    if (offset == 0)
        return text + QLatin1Char('Z');
    return text + QString::asprintf("%c%02d:%02d", offset < 0 ? '-' : '+', hours, minutes);
}

QString langAlt(const char *property, const QString &value)
{
    return QStringLiteral("      <%1><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li>"
                          "</rdf:Alt></%1>\n")
        .arg(QLatin1String(property), escaped(value));
}

QString sequence(const char *property, const QString &value)
{
    return QStringLiteral("      <%1><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></%1>\n")
        .arg(QLatin1String(property), escaped(value));
}
} // namespace

QString PdfMetadata::producer()
{
    // QPdfWriter writes "Qt " QT_VERSION_STR of the Qt it was built as.
    return QStringLiteral("Qt ") + QString::fromLatin1(qVersion());
}

QByteArray PdfMetadata::xmp(const QDateTime &created) const
{
    const QString when = xmpDate(created);
    QString dublinCore = langAlt("dc:title", title);
    if (!author.isEmpty())
        dublinCore += sequence("dc:creator", author);
    if (!description.isEmpty())
        dublinCore += langAlt("dc:description", description);
    if (date.isValid())
        dublinCore += sequence("dc:date", date.toString(Qt::ISODate));
    // The predefined schemas PDF/A-1 accepts without an extension schema (dc, xmp, pdf,
    // pdfaid), and for approved minutes our own, declared by an extension schema.
    const QString packet = QStringLiteral(
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "    <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "%1"
        "    </rdf:Description>\n"
        "    <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
        "xmp:CreatorTool=\"%2\" xmp:CreateDate=\"%3\" xmp:ModifyDate=\"%3\"/>\n"
        "    <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
        "pdf:Producer=\"%4\"/>\n"
        "    <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
        "pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
        "%5"
        "  </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end='w'?>")
                               .arg(dublinCore, escaped(creatorTool), when, escaped(producer()),
                                   approval ? PdfApprovalXmp::descriptions(*approval) : QString());
    return packet.toUtf8();
}

} // namespace minutebook
