#include "MinutesExporter.h"

#include <QBuffer>

#include "MinutesDocument.h"
#include "MinutesPdfWriter.h"
#include "SaveFile.h"

#include <QFont>
#include <QIODevice>
#include <QRegularExpression>
#include <QTextDocument>

namespace minutebook {

namespace {
// The same HTML on every machine: without this, the body style names the system's default font.
void useNeutralFont(QTextDocument &document)
{
    QFont font(QStringLiteral("sans-serif"));
    font.setPointSize(10);
    document.setDefaultFont(font);
}

// QTextDocument::toMarkdown() writes "**Beslut: **text", which CommonMark does not read as bold
// (no closing delimiter before a space), and puts a paragraph straight after a list, which
// makes it part of the last list item. Both are repaired here.
QString tidyMarkdown(const QString &markdown)
{
    static const QRegularExpression spaceInsideBold(
        QStringLiteral("\\*\\*([^*\\s][^*\\n]*?) \\*\\*"));
    static const QRegularExpression listLine(QStringLiteral("^\\s*([-*+]|\\d+[.)]) "));
    QString text = markdown;
    text.replace(spaceInsideBold, QStringLiteral("**\\1** "));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = lines.size() - 1; i > 0; --i) {
        const QString &line = lines.at(i);
        if (!line.isEmpty() && !line.front().isSpace() && !listLine.match(line).hasMatch()
            && listLine.match(lines.at(i - 1)).hasMatch())
            lines.insert(i, QString());
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

MinutesExporter::MinutesExporter(Format format, const QLocale &locale, DocumentOptions options)
    : m_format(format)
    , m_locale(locale)
    , m_options(std::move(options))
{
    // A Markdown file is plain text: a logo would be a long base64 line no reader wants.
    if (m_format == Format::Markdown)
        m_options.logo = QImage();
}

std::optional<MinutesExporter::Format> MinutesExporter::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("pdf"))
        return Format::Pdf;
    if (lower == QLatin1String("html") || lower == QLatin1String("htm"))
        return Format::Html;
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return Format::Markdown;
    return std::nullopt;
}

QString MinutesExporter::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

QString MinutesExporter::text(const Meeting &meeting) const
{
    if (m_format == Format::Pdf)
        return {};
    const MinutesDocument minutes(m_locale, m_options);
    const auto document = minutes.create(meeting);
    minutes.appendFooterText(*document);
    useNeutralFont(*document);
    if (m_format == Format::Html)
        return document->toHtml();
    return tidyMarkdown(document->toMarkdown(QTextDocument::MarkdownDialectGitHub));
}

bool MinutesExporter::write(const Meeting &meeting, QIODevice &device)
{
    m_error.clear();
    if (m_format == Format::Pdf && !m_storedPdf.isEmpty()) {
        if (device.write(m_storedPdf) != m_storedPdf.size()) {
            m_error = tr("Could not write the minutes: %1").arg(device.errorString());
            return false;
        }
        return true;
    }
    if (m_format == Format::Pdf) {
        MinutesPdfWriter pdf(m_locale, m_options);
        const bool ok = pdf.write(meeting, device);
        m_error = pdf.errorString();
        return ok;
    }
    const QByteArray bytes = text(meeting).toUtf8();
    if (device.write(bytes) != bytes.size()) {
        m_error = tr("Could not write the minutes: %1").arg(device.errorString());
        return false;
    }
    return true;
}

Result<QByteArray> MinutesExporter::pdf(const Meeting &meeting) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MinutesPdfWriter pdf(m_locale, m_options);
    if (!pdf.write(meeting, buffer))
        return Result<QByteArray>::failure(pdf.errorString());
    return buffer.data();
}

bool MinutesExporter::writeFile(const Meeting &meeting, const QString &fileName)
{
    const Status status = SaveFile::write(fileName, [&](QIODevice &device) {
        return write(meeting, device) ? Status() : Status::failure(m_error);
    });
    m_error = status.error();
    return status.ok();
}

} // namespace minutebook
