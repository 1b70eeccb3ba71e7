#include "MinutesFormats.h"

#include <QColor>
#include <QFont>

namespace minutebook {

namespace {
// QTextFormat::FontSizeAdjustment: 0 is the default size, each step one size larger.
QTextCharFormat sized(int adjustment, QFont::Weight weight)
{
    QTextCharFormat f;
    f.setProperty(QTextFormat::FontSizeAdjustment, adjustment);
    f.setFontWeight(weight);
    return f;
}
} // namespace

QTextCharFormat MinutesFormats::text()
{
    return sized(0, QFont::Normal);
}

QTextCharFormat MinutesFormats::strong()
{
    return sized(0, QFont::Bold);
}

QTextCharFormat MinutesFormats::muted()
{
    QTextCharFormat f = text();
    f.setForeground(QColor(0x5f, 0x63, 0x68));
    return f;
}

QTextCharFormat MinutesFormats::emphasis()
{
    QTextCharFormat f = text();
    f.setFontItalic(true);
    return f;
}

QTextCharFormat MinutesFormats::title()
{
    return sized(3, QFont::Bold);
}

QTextCharFormat MinutesFormats::subtitle()
{
    return sized(1, QFont::DemiBold);
}

QTextCharFormat MinutesFormats::section()
{
    QTextCharFormat f = sized(1, QFont::Bold);
    f.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    f.setFontLetterSpacing(1.0);
    return f;
}

QTextCharFormat MinutesFormats::itemHeading(int depth)
{
    return depth == 0 ? sized(1, QFont::Bold) : sized(0, QFont::Bold);
}

QTextBlockFormat MinutesFormats::paragraph(qreal topMargin)
{
    QTextBlockFormat f;
    f.setTopMargin(topMargin);
    f.setBottomMargin(2);
    return f;
}

QTextBlockFormat MinutesFormats::heading(int level, qreal topMargin)
{
    // A heading level, not just a big font: Markdown and HTML exports keep the structure.
    QTextBlockFormat f = paragraph(topMargin);
    f.setHeadingLevel(level);
    f.setBottomMargin(4);
    return f;
}

QTextFrameFormat MinutesFormats::decisionFrame()
{
    QTextFrameFormat f;
    f.setBackground(QColor(0xee, 0xf5, 0xe9));
    f.setBorder(1);
    f.setBorderBrush(QColor(0x8f, 0xb9, 0x7a));
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setPadding(6);
    f.setTopMargin(6);
    f.setBottomMargin(6);
    return f;
}

} // namespace minutebook
