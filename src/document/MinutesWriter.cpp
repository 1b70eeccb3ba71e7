#include "MinutesWriter.h"

#include <QBuffer>
#include <QImage>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QUrl>

namespace minutebook {

MinutesWriter::MinutesWriter(QTextDocument &document, Position position)
    : m_document(document)
    , m_cursor(&document)
{
    if (position == Append) {
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = document.isEmpty();
    }
}

void MinutesWriter::block(const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    if (m_reuseBlock) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(charFormat);
        m_reuseBlock = false;
    } else {
        m_cursor.insertBlock(format, charFormat);
    }
}

void MinutesWriter::text(const QString &text, const QTextCharFormat &format)
{
    m_cursor.insertText(text, format);
}

void MinutesWriter::paragraph(
    const QString &text, const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    block(format, charFormat);
    this->text(text, charFormat);
}

void MinutesWriter::labelled(
    const QString &label, const QString &value, const QTextBlockFormat &format)
{
    block(format, MinutesFormats::text());
    text(label, MinutesFormats::strong());
    text(QStringLiteral(" ") + value, MinutesFormats::text());
}

void MinutesWriter::image(const QImage &image, qreal height, const QTextBlockFormat &format)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString name
        = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    m_document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    QTextImageFormat imageFormat;
    imageFormat.setName(name);
    imageFormat.setHeight(height);
    imageFormat.setWidth(height * image.width() / qMax(1, image.height()));
    block(format, MinutesFormats::text());
    m_cursor.insertImage(imageFormat);
}

void MinutesWriter::markdown(const QString &markdown)
{
    const auto features = QTextDocument::MarkdownFeatures(
        QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);
    block(MinutesFormats::paragraph(), MinutesFormats::text());
    m_cursor.insertFragment(QTextDocumentFragment::fromMarkdown(markdown.trimmed(), features));
}

void MinutesWriter::beginFrame(const QTextFrameFormat &format)
{
    m_cursor.insertFrame(format);
    m_reuseBlock = true;
}

void MinutesWriter::endFrame()
{
    // Frames are only ever written at the end, so the root frame's end is right after this one.
    m_cursor = m_document.rootFrame()->lastCursorPosition();
    m_reuseBlock = true;
}

} // namespace minutebook
