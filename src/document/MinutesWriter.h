#pragma once

// Appends paragraphs, Markdown and frames at the end of a QTextDocument: the small writing
// vocabulary MinutesDocument builds the minutes with. A new document, and a new frame, already
// hold one empty block: the next paragraph fills it, so the minutes have no stray blank lines.

#include "MinutesFormats.h"

#include <QTextCursor>

class QImage;
class QTextDocument;

namespace minutebook {

class MinutesWriter
{
public:
    enum Position { Start, Append };
    /// `Start` fills a new, empty document; `Append` adds after what `document` holds.
    explicit MinutesWriter(QTextDocument &document, Position position = Start);

    /// Starts a paragraph.
    void block(const QTextBlockFormat &format, const QTextCharFormat &charFormat);
    /// Adds text to the current paragraph.
    void text(const QString &text, const QTextCharFormat &format);
    void paragraph(
        const QString &text, const QTextBlockFormat &format, const QTextCharFormat &charFormat);
    /// "Plats: Jupiter" with the label in bold.
    void labelled(const QString &label, const QString &value,
        const QTextBlockFormat &format = MinutesFormats::paragraph());
    /// A paragraph holding only `image`, shown `height` pixels high (at 96 dpi) and added to the
    /// document's resources as a self-contained data: URL, so HTML carries it along.
    void image(const QImage &image, qreal height, const QTextBlockFormat &format);
    /// Markdown as real paragraphs and (nested) lists. Raw HTML is not interpreted: text that
    /// came from an import must never change the page around it.
    void markdown(const QString &markdown);
    /// The paragraphs written until endFrame() go inside a frame of `format`.
    void beginFrame(const QTextFrameFormat &format);
    void endFrame();

private:
    QTextDocument &m_document;
    QTextCursor m_cursor;
    bool m_reuseBlock = true;
};

} // namespace minutebook
