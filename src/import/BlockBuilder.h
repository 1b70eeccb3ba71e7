#pragma once

// Turns an item's lines into blocks: wrapped lines are joined back into sentences (hyphenated
// breaks mended), bullets of every kind and numbered entries start blocks of their own, a short
// line without a full stop followed by text is a heading, and labels are recognised.
//
// A line joins the one before when there is no blank line between them and it starts like a
// continuation (small letter, digit), or the line before ends in a break hyphen, or the line
// before is wide (it was wrapped by the page) and is not a heading with names in parentheses.
// Across a page break (junk lines) the same rules apply as if the junk were not there, except
// that a blank line counts only when the sentence before has ended.

#include "LineCleaner.h"
#include "TextBlock.h"

#include <QVector>

namespace minutebook {

class BlockBuilder
{
public:
    /// `wideWidth`: lines at least this long were wrapped by the page, not by the writer.
    explicit BlockBuilder(int wideWidth);

    QVector<TextBlock> build(const QVector<SourceLine> &lines) const;

    /// "Föredragande: X", "Föredragande X", "Ansvarig: X", "Beslut: X", "Beslut", "Uppdrag: X".
    static bool label(const QString &line, TextBlock *out);

private:
    TextBlock startBlock(const QVector<SourceLine> &lines, int index, bool afterGap) const;
    bool joins(const TextBlock &block, const QString &previousLine, const QString &line, bool gap,
        bool pageBreak) const;
    bool isHeading(const QVector<SourceLine> &lines, int index, bool afterGap) const;
    bool isWide(const QString &line) const { return line.size() >= m_wideWidth; }

    int m_wideWidth;
};

} // namespace minutebook
