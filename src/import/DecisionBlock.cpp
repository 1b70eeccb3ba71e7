#include "DecisionBlock.h"

#include "LineShape.h"

#include <QRegularExpression>

namespace minutebook {

namespace {
constexpr auto options
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool isDecisionLabel(const TextBlock &block)
{
    return block.kind == TextBlock::Kind::Label && block.label == TextBlock::Label::Decision;
}
} // namespace

bool DecisionBlock::isHeading(const QString &line, bool mixedCase)
{
    static const QRegularExpression heading(
        QStringLiteral("^(beslut|beslutspunkter|beslutsärenden|beslutsfrågor|fattade beslut|"
                       "beslut som fattades|beslut som fattats)\\s*:?$"),
        options);
    if (!heading.match(line).hasMatch())
        return false;
    return mixedCase || line == line.toUpper();
}

bool DecisionBlock::isNone(const QString &text)
{
    static const QRegularExpression none(
        QStringLiteral("^inga\\s+(?:beslutspunkter|beslutsärenden|beslut)(?:\\s+(?:fattades|"
                       "fattade|togs|att\\s+notera))?[.!]?$"),
        options);
    return none.match(text.trimmed()).hasMatch();
}

DecisionEntry DecisionBlock::entry(const TextBlock &block)
{
    static const QRegularExpression reference(
        QStringLiteral("^(?:punkt|§)\\s*(\\d{1,2})\\s*[:.)\\-–]?\\s*(.*)$"), options);
    DecisionEntry e;
    e.line = block.line;
    e.text = block.text;
    const auto m = reference.match(block.text);
    if (m.hasMatch() && !m.captured(2).isEmpty()) {
        e.itemNumber = m.captured(1).toInt();
        e.text = m.captured(2);
    }
    return e;
}

QVector<DecisionEntry> DecisionBlock::entries(const QVector<TextBlock> &blocks)
{
    QVector<DecisionEntry> out;
    DecisionEntry pending; // a title line waiting for its "Beslut: …"
    auto flush = [&] {
        if (!pending.text.isEmpty())
            out.append(pending); // a title without a decision is kept as one
        pending = DecisionEntry();
    };
    bool labelWaiting = false; // "Beslut:" alone: the next block is the decision
    for (int i = 0; i < blocks.size(); ++i) {
        const TextBlock &block = blocks.at(i);
        if (isNone(block.text) || (block.text.isEmpty() && !isDecisionLabel(block)))
            continue;
        if (isDecisionLabel(block) && block.text.isEmpty()) {
            labelWaiting = true;
            continue;
        }
        const bool labelNext = i + 1 < blocks.size() && isDecisionLabel(blocks.at(i + 1));
        if (!isDecisionLabel(block) && labelNext && !labelWaiting) {
            flush();
            pending.line = block.line;
            pending.text = block.text;
            continue;
        }
        DecisionEntry e = entry(block);
        e.heading = pending.text;
        pending = DecisionEntry();
        labelWaiting = false;
        out.append(e);
    }
    flush();
    return out;
}

} // namespace minutebook
