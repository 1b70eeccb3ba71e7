#include "BlockBuilder.h"

#include "LineShape.h"

#include <QRegularExpression>

namespace minutebook {

namespace {
constexpr auto options
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

int nextContent(const QVector<SourceLine> &lines, int index)
{
    for (int i = index + 1; i < lines.size(); ++i) {
        if (!lines.at(i).junk && !lines.at(i).isBlank())
            return i;
    }
    return -1;
}
} // namespace

BlockBuilder::BlockBuilder(int wideWidth)
    : m_wideWidth(qMax(20, wideWidth))
{ }

bool BlockBuilder::label(const QString &line, TextBlock *out)
{
    static const QRegularExpression withColon(
        QStringLiteral(
            "^(föredragande|föredragare|ansvarig|ansvariga|beslut|uppdrag)\\s*:\\s*(.*)$"),
        options);
    static const QRegularExpression presenter(
        QStringLiteral("^(föredragande|föredragare)\\s+(\\p{Lu}.*)$"), options);
    static const QString firstLetters = QStringLiteral("fFaAbBuU");
    if (line.isEmpty() || !firstLetters.contains(line.at(0)))
        return false;
    QRegularExpressionMatch m = withColon.match(line);
    if (!m.hasMatch())
        m = presenter.match(line);
    const bool alone = line.compare(QStringLiteral("beslut"), Qt::CaseInsensitive) == 0;
    if (!m.hasMatch() && !alone)
        return false;
    const QString key = alone ? line.toLower() : m.captured(1).toLower();
    TextBlock block;
    block.kind = TextBlock::Kind::Label;
    block.source = alone ? line : m.captured(1);
    block.text = alone ? QString() : m.captured(2).trimmed();
    if (key.startsWith(QStringLiteral("föredrag")))
        block.label = TextBlock::Label::Presenter;
    else if (key.startsWith(QStringLiteral("ansvarig")))
        block.label = TextBlock::Label::Responsible;
    else if (key == QStringLiteral("beslut"))
        block.label = TextBlock::Label::Decision;
    else
        block.label = TextBlock::Label::Assignment;
    if (out)
        *out = block;
    return true;
}

QVector<TextBlock> BlockBuilder::build(const QVector<SourceLine> &lines) const
{
    QVector<TextBlock> blocks;
    QString previousLine;
    bool gap = true;
    bool pageBreak = false;
    for (int i = 0; i < lines.size(); ++i) {
        const SourceLine &line = lines.at(i);
        if (line.junk) {
            pageBreak = true;
            continue;
        }
        if (line.isBlank()) {
            gap = true;
            continue;
        }
        TextBlock block = startBlock(lines, i, gap);
        const bool plain = block.kind == TextBlock::Kind::Paragraph;
        const QString following = i + 1 < lines.size() ? lines.at(i + 1).text : QString();
        // A title right above "Beslut: …" names what was decided; it does not go on the
        // sentence before it.
        const bool titleOfLabel = LineShape::isTitleLike(line.text) && label(following, nullptr);
        if (plain && !blocks.isEmpty() && !titleOfLabel
            && joins(blocks.constLast(), previousLine, line.text, gap, pageBreak)) {
            blocks.last().text = LineShape::join(blocks.constLast().text, line.text);
        } else {
            if (plain && isHeading(lines, i, gap))
                block.kind = TextBlock::Kind::Heading;
            blocks.append(block);
        }
        previousLine = line.text;
        gap = false;
        pageBreak = false;
    }
    return blocks;
}

TextBlock BlockBuilder::startBlock(const QVector<SourceLine> &lines, int index, bool afterGap) const
{
    const QString &text = lines.at(index).text;
    TextBlock block;
    block.line = lines.at(index).number;
    block.afterGap = afterGap;
    QString rest;
    LineShape::Numbered numbered;
    if (const int level = LineShape::bullet(text, &rest)) {
        block.kind = TextBlock::Kind::Bullet;
        block.level = level;
        block.text = rest;
    } else if (LineShape::numbered(text, &numbered) && numbered.style != QChar(0x00A7)) {
        block.kind = TextBlock::Kind::Numbered;
        block.number = numbered.number;
        block.style = numbered.style;
        block.text = numbered.rest;
    } else if (label(text, &block)) {
        block.line = lines.at(index).number;
        block.afterGap = afterGap;
    } else {
        block.text = text;
    }
    return block;
}

bool BlockBuilder::joins(const TextBlock &block, const QString &previousLine, const QString &line,
    bool gap, bool pageBreak) const
{
    static const QRegularExpression reference(
        QStringLiteral("^(?:punkt|§)\\s*\\d{1,2}\\s*[:.)]"), options);
    // "a) …" and "Punkt 3: …" start entries of their own.
    if (block.kind == TextBlock::Kind::Heading || LineShape::lettered(line)
        || reference.match(line).hasMatch())
        return false;
    if (block.text.isEmpty())
        return !gap && block.label != TextBlock::Label::Decision; // "Föredragande:" then a name
    if (gap) {
        // A blank line ends a paragraph, unless it only came with a page break mid-sentence.
        return pageBreak && !LineShape::endsClause(previousLine)
            && (LineShape::startsLikeContinuation(line)
                || LineShape::endsWithBreakHyphen(previousLine));
    }
    if (LineShape::endsWithBreakHyphen(previousLine) || LineShape::startsLikeContinuation(line))
        return true;
    // A title with a name in parentheses stands on its own line, before or after a sentence.
    if (LineShape::splitTrailingNames(previousLine, nullptr, nullptr)
        && LineShape::isTitleLike(previousLine))
        return false;
    if (LineShape::isTitleLike(line) && LineShape::splitTrailingNames(line, nullptr, nullptr))
        return false;
    return isWide(previousLine);
}

bool BlockBuilder::isHeading(const QVector<SourceLine> &lines, int index, bool afterGap) const
{
    const QString &text = lines.at(index).text;
    if (!LineShape::isTitleLike(text) || LineShape::lettered(text))
        return false;
    const int next = nextContent(lines, index);
    if (next < 0)
        return false;
    const QString &following = lines.at(next).text;
    if (LineShape::startsLikeContinuation(following))
        return false;
    if (LineShape::splitTrailingNames(text, nullptr, nullptr))
        return true;
    const bool direct = next == index + 1;
    if (direct)
        return !isWide(text);
    return afterGap && LineShape::wordCount(text) <= 6;
}

} // namespace minutebook
