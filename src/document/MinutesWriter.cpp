#include "MinutesWriter.h"

#include <QBuffer>
#include <QImage>
#include <QMutex>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QUrl>

namespace minutebook {

namespace {
// The image as a data: URL. Encoding a logo as PNG costs more than laying out a whole meeting,
// and an export or a preview writes the same logo into every document, so the last URL is kept
// for as long as the image is unchanged (QImage::cacheKey() changes with every modification).
// Documents are built on several threads at once, hence the mutex.
QString dataUrl(const QImage &image)
{
    static QMutex mutex;
    static qint64 lastKey = -1; // guarded by mutex
    static QString lastUrl; // guarded by mutex
    {
        const QMutexLocker lock(&mutex);
        if (lastKey == image.cacheKey())
            return lastUrl;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString url
        = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    const QMutexLocker lock(&mutex);
    lastKey = image.cacheKey();
    lastUrl = url;
    return url;
}
} // namespace

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
    const QString name = dataUrl(image);
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
