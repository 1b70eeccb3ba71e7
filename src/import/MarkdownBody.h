#pragma once

// Writes an item's remaining blocks as the Markdown the domain keeps in AgendaItem::body:
// paragraphs separated by a blank line, bullets as "- " lines (deeper levels indented two
// spaces), numbered entries as written ("1. ", "2) ") with their bullets nested under them.
// Text that Markdown would read as markup at the start of a line is escaped.

#include "TextBlock.h"

#include <QString>
#include <QVector>

namespace minutebook {

class MarkdownBody
{
public:
    static QString render(const QVector<TextBlock> &blocks);

    /// Escapes what would start a heading, quote or list at the start of a paragraph.
    static QString escapeParagraph(const QString &text);
};

} // namespace minutebook
