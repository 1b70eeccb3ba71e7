#include "ItemParser.h"

#include "DateReader.h"
#include "LineShape.h"
#include "MarkdownBody.h"

#include <QRegularExpression>

#include <algorithm>

namespace minutebook {

namespace {
bool isList(const TextBlock &block)
{
    return block.kind == TextBlock::Kind::Bullet || block.kind == TextBlock::Kind::Numbered;
}

bool nextIsPlainText(const QVector<TextBlock> &blocks, int i)
{
    return i + 1 < blocks.size()
        && (blocks.at(i + 1).kind == TextBlock::Kind::Paragraph
            || blocks.at(i + 1).kind == TextBlock::Kind::Heading);
}
} // namespace

ItemParser::ItemParser(const ItemContext &context, QVector<ImportWarning> &warnings)
    : m_context(context)
    , m_warnings(warnings)
{ }

bool ItemParser::isShortInfo(const QString &title)
{
    static const QRegularExpression shortInfo(
        QStringLiteral("^(?:korta?\\s+info(?:rmation)?(?:spunkter)?|övriga?\\s+info(?:rmation)?"
                       "(?:spunkter)?|informationspunkter|info(?:rmation)?|övrigt|meddelanden|"
                       "korta\\s+punkter)\\s*[:.]?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return shortInfo.match(title.trimmed()).hasMatch();
}

AgendaItem ItemParser::parse(const ItemHead &head, const QVector<TextBlock> &blocks) const
{
    AgendaItem item;
    item.title = head.title;
    item.responsible = head.responsible;
    const auto isHeading = [](const TextBlock &b) {
        return b.kind == TextBlock::Kind::Heading;
    };
    if (!isShortInfo(head.title) || std::none_of(blocks.cbegin(), blocks.cend(), isHeading)) {
        fill(item, blocks);
        return item;
    }
    auto it = std::find_if(blocks.cbegin(), blocks.cend(), isHeading);
    fill(item, QVector<TextBlock>(blocks.cbegin(), it));
    while (it != blocks.cend()) {
        AgendaItem child;
        if (!LineShape::splitTrailingNames(it->text, &child.title, &child.responsible))
            child.title = it->text;
        const auto next = std::find_if(it + 1, blocks.cend(), isHeading);
        fill(child, QVector<TextBlock>(it + 1, next));
        item.children.append(child);
        it = next;
    }
    return item;
}

void ItemParser::fill(AgendaItem &item, const QVector<TextBlock> &blocks) const
{
    QVector<TextBlock> kept;
    for (int i = 0; i < blocks.size(); ++i) {
        const TextBlock &block = blocks.at(i);
        if (block.kind == TextBlock::Kind::Label) {
            takeLabel(item, blocks, i, kept);
        } else if (block.kind == TextBlock::Kind::Heading) {
            kept.append(block);
        } else {
            TextBlock rest = block;
            rest.text = liftPhrases(item, block);
            if (!rest.text.isEmpty())
                kept.append(rest);
        }
    }
    item.body = MarkdownBody::render(kept);
}

void ItemParser::takeLabel(
    AgendaItem &item, const QVector<TextBlock> &blocks, int &i, QVector<TextBlock> &kept) const
{
    const TextBlock &block = blocks.at(i);
    QString value = block.text;
    switch (block.label) {
    case TextBlock::Label::Decision:
        if (value.isEmpty())
            takeDecisions(item, blocks, i);
        else
            addDecision(item, value);
        return;
    case TextBlock::Label::Assignment:
        if (!value.isEmpty()) {
            item.actions.append(action(value, PhraseRules::assignee(value), block.line));
            return;
        }
        break;
    case TextBlock::Label::Presenter:
    case TextBlock::Label::Responsible: {
        // "Föredragande:" with the name on the next line after a blank one.
        if (value.isEmpty() && nextIsPlainText(blocks, i)
            && LineShape::looksLikeNames(blocks.at(i + 1).text))
            value = blocks.at(++i).text;
        QString &field
            = block.label == TextBlock::Label::Presenter ? item.presenter : item.responsible;
        if (field.isEmpty() && !value.isEmpty()) {
            field = value;
            return;
        }
        break;
    }
    case TextBlock::Label::None:
        break;
    }
    TextBlock keptBlock = block;
    keptBlock.text = value;
    kept.append(keptBlock); // nothing to take: the line stays as written
}

void ItemParser::takeDecisions(AgendaItem &item, const QVector<TextBlock> &blocks, int &i) const
{
    // "Beslut:" alone: the bullets below it, or the paragraph below it, are the decisions.
    if (i + 1 < blocks.size() && isList(blocks.at(i + 1))) {
        while (i + 1 < blocks.size() && isList(blocks.at(i + 1)))
            addDecision(item, blocks.at(++i).text);
    } else if (nextIsPlainText(blocks, i)) {
        addDecision(item, blocks.at(++i).text);
    } else {
        m_warnings.append({blocks.at(i).line,
            tr("A \"%1\" line with no decision after it; nothing was recorded.")
                .arg(blocks.at(i).source)});
    }
}

QString ItemParser::liftPhrases(AgendaItem &item, const TextBlock &block) const
{
    QStringList kept;
    for (const SentenceSpan &span : PhraseRules::sentences(block.text)) {
        const QString sentence = block.text.mid(span.start, span.length).trimmed();
        if (m_context.rules.isDecision(sentence)) {
            addDecision(item, sentence);
            continue;
        }
        const QString who = PhraseRules::assignee(sentence);
        if (!who.isEmpty()) {
            item.actions.append(action(sentence, who, block.line));
            continue;
        }
        const QString deferral = PhraseRules::deferralText(sentence);
        const DateHit hit = deferral.isEmpty() ? DateHit() : DateReader::find(deferral);
        if (hit.found()) {
            const QDate date = hit.resolve(m_context.meetingDate);
            if (date.isValid() && !item.deferredTo.isValid())
                item.deferredTo = date;
            else if (!date.isValid())
                m_warnings.append({block.line,
                    tr("The item is moved to a later meeting, but the date \"%1\" has no year "
                       "and the meeting has no date; set it by hand.")
                        .arg(deferral.mid(hit.start, hit.length))});
        }
        kept.append(sentence);
    }
    return kept.join(QLatin1Char(' '));
}

ActionItem ItemParser::action(const QString &sentence, const QString &assignee, int line) const
{
    ActionItem a;
    a.text = sentence;
    a.assignee = assignee.isEmpty() ? QString() : m_context.names.resolve(assignee);
    const QString due = PhraseRules::dueText(sentence);
    if (due.isEmpty())
        return a;
    const DateHit hit = DateReader::find(due);
    a.due = hit.found() && hit.start <= 1 ? hit.resolve(m_context.meetingDate) : QDate();
    if (!a.due.isValid()) {
        m_warnings.append({line,
            tr("Could not read a due date from \"senast %1\"; the assignment has none.").arg(due)});
    }
    return a;
}

void ItemParser::addDecision(AgendaItem &item, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    const bool known = std::any_of(item.decisions.cbegin(), item.decisions.cend(),
        [&](const Decision &d) { return d.text.compare(trimmed, Qt::CaseInsensitive) == 0; });
    if (!known) {
        Decision d;
        d.text = trimmed;
        item.decisions.append(d);
    }
}

} // namespace minutebook
