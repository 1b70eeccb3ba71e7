#pragma once

// The look of the minutes: character and block formats for each kind of paragraph. Sizes are
// relative to the document's default font, so screen, print and PDF scale alike.

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextFrameFormat>

namespace minutebook {

class MinutesFormats
{
public:
    static QTextCharFormat text();
    static QTextCharFormat strong();
    static QTextCharFormat muted(); ///< grey: references, organisation, details
    static QTextCharFormat emphasis();
    static QTextCharFormat title();
    static QTextCharFormat subtitle();
    static QTextCharFormat section(); ///< "BESLUT", "INFORMATION"
    static QTextCharFormat itemHeading(int depth);

    static QTextBlockFormat paragraph(qreal topMargin = 0);
    static QTextBlockFormat heading(int level, qreal topMargin);
    /// A decision is set off in a tinted frame, so it is found at a glance.
    static QTextFrameFormat decisionFrame();
};

} // namespace minutebook
