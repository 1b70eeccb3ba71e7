#pragma once

// One block of an item's text after wrapped lines are joined: a paragraph, a heading line, a
// bullet, a numbered list entry, or a labelled line ("Föredragande: …", "Beslut: …").

#include <QChar>
#include <QString>

namespace minutebook {

struct TextBlock
{
    enum class Kind { Paragraph, Heading, Bullet, Numbered, Label };
    enum class Label { None, Presenter, Responsible, Decision, Assignment };

    Kind kind = Kind::Paragraph;
    Label label = Label::None;
    int line = 0; ///< line number of the block's first line
    int level = 0; ///< bullets: depth from 1
    int number = 0; ///< numbered entries
    QChar style; ///< numbered entries: '.' or ')'
    bool afterGap = false; ///< a blank line (or the start) stands before the block
    QString source; ///< labels: the label as written, e.g. "Föredragande"
    QString text; ///< the joined text; for labels the value after the label
};

} // namespace minutebook
