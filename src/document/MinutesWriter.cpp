#include "MinutesWriter.h"

#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>

namespace minutebook {

MinutesWriter::MinutesWriter(QTextDocument &document)
    : m_document(document)
    , m_cursor(&document)
{ }

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
