#include "MinutesParser.h"

#include "BlockBuilder.h"
#include "DecisionLinker.h"
#include "HeaderParser.h"
#include "ItemParser.h"
#include "LineShape.h"

#include <QRegularExpression>

#include <algorithm>

namespace minutebook {

MinutesParser::MinutesParser(QVector<SourceLine> lines, ImportOptions options)
    : m_lines(std::move(lines))
    , m_options(std::move(options))
{ }

int MinutesParser::wideWidth(const QVector<SourceLine> &lines)
{
    QVector<int> lengths;
    for (const SourceLine &line : lines) {
        if (!line.isBlank() && !line.junk)
            lengths.append(int(line.text.size()));
    }
    if (lengths.isEmpty())
        return 24;
    std::sort(lengths.begin(), lengths.end());
    const int p90 = lengths.at(qMin(lengths.size() - 1, lengths.size() * 9 / 10));
    return qMax(24, p90 * 6 / 10);
}

Result<ImportResult> MinutesParser::parse()
{
    m_wide = wideWidth(m_lines);
    takeMinuteTaker();
    const ItemLocator locator(m_lines, m_wide);
    const QVector<ItemHead> heads = locator.locate();
    HeaderParser header(m_lines, m_options, m_wide, m_result);
    header.parse(heads.isEmpty() ? int(m_lines.size()) : heads.constFirst().index);
    if (!hasStructure(header) && heads.isEmpty())
        return Result<ImportResult>::failure(
            tr("This does not look like minutes: it has no meeting date, attendee list, "
               "decisions block or numbered items."));
    finishHeader(header);
    resolveDate();
    if (heads.isEmpty())
        m_result.warnings.append(
            {0, tr("No numbered items were found; the text is kept in the meeting notes.")});

    QStringList deciding
        = {header.mainGroup(), m_result.meeting.body.shortName, m_result.meeting.body.name};
    const ItemContext context {
        m_result.meeting.date, PhraseRules(deciding), NameResolver(m_result.meeting.attendees)};
    parseItems(heads, context);
    warnStrays(locator, heads);

    QVector<AgendaItem> &items = m_result.meeting.items;
    DecisionLinker linker(items, m_numbers, m_result.warnings);
    linker.link(header.decisions(), header.decisionTitle(), -1);
    for (const Block &block : std::as_const(m_blocks)) {
        const auto entries = DecisionBlock::entries(BlockBuilder(m_wide).build(block.lines));
        linker.link(entries, block.title, block.home);
    }
    DecisionLinker::numberDecisions(items);
    std::stable_sort(m_result.warnings.begin(), m_result.warnings.end(),
        [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
    return m_result;
}

void MinutesParser::takeMinuteTaker()
{
    static const QRegularExpression taker(
        QStringLiteral("^(?:vid\\s+(?:anteckningarna|protokollet|tangentbordet)|antecknat\\s+av|"
                       "anteckningar\\s+förda\\s+av|antecknare|(?:sekreterare|protokollförare|"
                       "mötessekreterare|sekr\\.?)\\s*:)\\s*:?\\s*(\\p{Lu}.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QString firstLetters = QStringLiteral("vVaAsSpPmM");
    for (SourceLine &line : m_lines) {
        const bool candidate
            = !line.junk && !line.isBlank() && firstLetters.contains(line.text.at(0));
        const auto m = candidate ? taker.match(line.text) : QRegularExpressionMatch();
        if (!m.hasMatch())
            continue;
        QString name = m.captured(1).trimmed();
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        if (!LineShape::looksLikeNames(name))
            continue;
        if (m_result.meeting.minuteTaker.isEmpty())
            m_result.meeting.minuteTaker = name;
        else if (m_result.meeting.minuteTaker != name)
            continue; // a second, different one stays where it is, as text
        line.text.clear(); // read: the line is now blank
    }
}

void MinutesParser::finishHeader(const HeaderParser &header)
{
    Meeting &meeting = m_result.meeting;
    if (!m_options.bodyName.isEmpty()) {
        if (!meeting.body.name.isEmpty() && meeting.body.name != m_options.bodyName)
            meeting.notes = meeting.body.name; // the file's own name for the group
        meeting.body.name = m_options.bodyName;
    }
    const QString group = header.mainGroup();
    if (!m_options.bodyShortName.isEmpty())
        meeting.body.shortName = m_options.bodyShortName;
    else if (!group.contains(QLatin1Char(' ')) && group.size() <= 6)
        meeting.body.shortName = group;
    QStringList notes = header.notes();
    if (!meeting.notes.isEmpty())
        notes.prepend(meeting.notes);
    meeting.notes = notes.join(QStringLiteral("\n\n"));
}

void MinutesParser::resolveDate()
{
    if (m_result.hasDate)
        return;
    m_result.meeting.date = m_options.fallbackDate;
    if (m_options.fallbackDate.isValid())
        m_result.warnings.append({0,
            tr("The file gives no meeting date; the date %1 given for the import was used.")
                .arg(m_options.fallbackDate.toString(Qt::ISODate))});
    else
        m_result.warnings.append({0,
            tr("The file gives no meeting date. Ask for it and import again with that date, "
               "or set it before saving.")});
}

void MinutesParser::parseItems(const QVector<ItemHead> &heads, const ItemContext &context)
{
    const ItemParser parser(context, m_result.warnings);
    const BlockBuilder builder(m_wide);
    for (int k = 0; k < heads.size(); ++k) {
        const ItemHead &head = heads.at(k);
        const bool last = k + 1 == heads.size();
        const int to = last ? int(m_lines.size()) : heads.at(k + 1).index;
        const QVector<SourceLine> body = splitSpan(head.bodyStart, to, last, k);
        m_result.meeting.items.append(parser.parse(head, builder.build(body)));
        m_numbers.append(head.number);
    }
}

QVector<SourceLine> MinutesParser::splitSpan(int from, int to, bool last, int home)
{
    // A decisions block inside the text runs to the next heading in capitals or the item's
    // end; a capitals heading just before the next item ("INFORMATION") is layout.
    QVector<SourceLine> body;
    Block *block = nullptr;
    for (int i = from; i < to; ++i) {
        const SourceLine &line = m_lines.at(i);
        const bool text = !line.junk && !line.isBlank();
        if (text && DecisionBlock::isHeading(line.text, last)) {
            m_blocks.append({line.text, {}, last ? -1 : home});
            block = &m_blocks.last();
            continue;
        }
        if (text && LineShape::isCapsHeading(line.text)) {
            const bool section = HeaderParser::isSectionHeading(line.text);
            if (block || (section && !last && onlyBlankUntil(i + 1, to))) {
                block = nullptr;
                if (section)
                    continue;
            }
        }
        if (block)
            block->lines.append(line);
        else
            body.append(line);
    }
    return body;
}

bool MinutesParser::onlyBlankUntil(int from, int to) const
{
    for (int i = from; i < to; ++i) {
        if (!m_lines.at(i).junk && !m_lines.at(i).isBlank())
            return false;
    }
    return true;
}

void MinutesParser::warnStrays(const ItemLocator &locator, const QVector<ItemHead> &heads)
{
    for (const int index : locator.strays(heads)) {
        int item = 0;
        while (item + 1 < heads.size() && heads.at(item + 1).index < index)
            ++item;
        m_result.warnings.append({m_lines.at(index).number,
            tr("This line looks like a numbered item but does not continue the numbering; it "
               "is kept in the text of item %1.")
                .arg(heads.at(item).number)});
    }
}

bool MinutesParser::hasStructure(const HeaderParser &header) const
{
    const Meeting &m = m_result.meeting;
    return m_result.hasDate || !m.attendees.isEmpty() || header.foundDecisionBlock()
        || header.foundTitle() || !m.minuteTaker.isEmpty();
}

} // namespace minutebook
