#include "MarkdownBody.h"

#include <QRegularExpression>

namespace minutebook {

namespace {
bool isList(TextBlock::Kind kind)
{
    return kind == TextBlock::Kind::Bullet || kind == TextBlock::Kind::Numbered;
}
} // namespace

QString MarkdownBody::escapeParagraph(const QString &text)
{
    static const QRegularExpression orderedMarker(QStringLiteral("^(\\d{1,9})([.)])(\\s|$)"));
    const auto m = orderedMarker.match(text);
    if (m.hasMatch())
        return m.captured(1) + QLatin1Char('\\') + text.mid(m.captured(1).size());
    if (text.isEmpty())
        return text;
    const QChar c = text.at(0);
    const bool marker = (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('*'))
        && (text.size() == 1 || text.at(1) == QLatin1Char(' '));
    if (marker || c == QLatin1Char('#') || c == QLatin1Char('>') || c == QLatin1Char('=')
        || c == QLatin1Char('|'))
        return QLatin1Char('\\') + text;
    return text;
}

QString MarkdownBody::render(const QVector<TextBlock> &blocks)
{
    QStringList lines;
    TextBlock::Kind previous = TextBlock::Kind::Paragraph;
    int bulletBase = 1; // level of the first bullet in the run: "o" bullets alone are top level
    int lastDepth = 0;
    QString numberedIndent; // bullets under a numbered entry go under it
    for (const TextBlock &block : blocks) {
        const bool list = isList(block.kind);
        if (!lines.isEmpty() && !(list && isList(previous)))
            lines.append(QString());
        if (block.kind == TextBlock::Kind::Bullet) {
            if (previous != TextBlock::Kind::Bullet) {
                bulletBase = block.level;
                lastDepth = 0;
            }
            const int depth = qBound(1, block.level - bulletBase + 1, lastDepth + 1);
            lastDepth = depth;
            const QString indent = (isList(previous) ? numberedIndent : QString())
                + QString(2 * qsizetype(depth - 1), QLatin1Char(' '));
            lines.append(indent + QStringLiteral("- ") + block.text);
        } else if (block.kind == TextBlock::Kind::Numbered) {
            const QString marker = QString::number(block.number) + block.style + QLatin1Char(' ');
            numberedIndent = QString(marker.size(), QLatin1Char(' '));
            lines.append(marker + block.text);
        } else {
            numberedIndent.clear();
            QString text = block.text;
            if (block.kind == TextBlock::Kind::Label)
                text = block.source + QStringLiteral(": ") + block.text;
            lines.append(escapeParagraph(text));
        }
        if (block.kind != TextBlock::Kind::Bullet && block.kind != TextBlock::Kind::Numbered)
            numberedIndent.clear();
        previous = block.kind;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace minutebook
