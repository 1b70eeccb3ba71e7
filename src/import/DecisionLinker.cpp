#include "DecisionLinker.h"

#include "LineShape.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace minutebook {

namespace {
constexpr double sameDecision = 0.75;
constexpr double sameTitle = 0.6;

void visit(QVector<AgendaItem> &items, const std::function<void(AgendaItem &)> &fn)
{
    for (AgendaItem &item : items) {
        fn(item);
        visit(item.children, fn);
    }
}

QSet<QString> wordSet(const QString &text)
{
    const QStringList words = LineShape::words(text);
    return QSet<QString>(words.cbegin(), words.cend());
}

// Stems of the words that say what a text is about, for matching a decision to an item.
QSet<QString> topicStems(const QString &text)
{
    static const QSet<QString> common = {QStringLiteral("ledningsgruppen"),
        QStringLiteral("beslutar"), QStringLiteral("beslutade"), QStringLiteral("beslut"),
        QStringLiteral("gruppen"), QStringLiteral("mötet"), QStringLiteral("kommer"),
        QStringLiteral("detta"), QStringLiteral("denna"), QStringLiteral("inför"),
        QStringLiteral("inom"), QStringLiteral("efter"), QStringLiteral("under"),
        QStringLiteral("från"), QStringLiteral("till"), QStringLiteral("samt"),
        QStringLiteral("eller"), QStringLiteral("även"), QStringLiteral("information")};
    QSet<QString> out;
    for (const QString &w : LineShape::words(text)) {
        if (w.size() >= 4 && !common.contains(w))
            out.insert(w.left(6));
    }
    return out;
}

QString headingCore(const QString &heading)
{
    static const QRegularExpression prefix(
        QStringLiteral("^beslut\\s*(?::|om|angående|kring|gällande|rörande|i fråga om)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QString core = heading;
    core.remove(prefix);
    QString title;
    if (LineShape::splitTrailingNames(core, &title, nullptr))
        core = title;
    return core;
}
} // namespace

DecisionLinker::DecisionLinker(
    QVector<AgendaItem> &items, QVector<int> &numbers, QVector<ImportWarning> &warnings)
    : m_items(items)
    , m_numbers(numbers)
    , m_warnings(warnings)
{ }

double DecisionLinker::similarity(const QString &a, const QString &b)
{
    const QSet<QString> wa = wordSet(a);
    const QSet<QString> wb = wordSet(b);
    if (wa.isEmpty() || wb.isEmpty())
        return 0;
    const auto common = QSet<QString>(wa).intersect(wb).size();
    return double(common) / double(QSet<QString>(wa).unite(wb).size());
}

void DecisionLinker::link(
    const QVector<DecisionEntry> &entries, const QString &blockTitle, int home)
{
    for (const DecisionEntry &entry : entries) {
        // The item the entry names comes first: formulaic decisions of different items
        // ("… godkänna förslaget om X") look alike, the item they name does not.
        AgendaItem *item = entry.itemNumber > 0 ? byNumber(entry.itemNumber) : nullptr;
        if (!item && !entry.heading.isEmpty())
            item = byHeading(entry.heading);
        if (!item && mergeInto(nullptr, entry))
            continue;
        if (!item && home >= 0 && home < m_items.size())
            item = &m_items[home];
        if (!item && home < 0)
            item = byWords(entry.heading + QLatin1Char(' ') + entry.text);
        if (!item) {
            addUnlinked(entry, blockTitle);
            continue;
        }
        if (mergeInto(item, entry))
            continue;
        Decision d;
        d.text = entry.text;
        item->decisions.append(d);
    }
}

double DecisionLinker::decisionSimilarity(const QString &a, const QString &b)
{
    // On the words that carry the content, so "… om budget" and "… om skolvalet" differ
    // while "genomföras den 28–29 april" and "genomföras 28–29 april" are the same.
    const QSet<QString> sa = topicStems(a);
    const QSet<QString> sb = topicStems(b);
    if (sa.isEmpty() || sb.isEmpty())
        return similarity(a, b) >= 0.8 ? 1.0 : 0.0;
    const auto common = QSet<QString>(sa).intersect(sb).size();
    return double(common) / double(QSet<QString>(sa).unite(sb).size());
}

bool DecisionLinker::mergeInto(AgendaItem *scope, const DecisionEntry &entry)
{
    Decision *best = nullptr;
    QString bestTitle;
    double bestScore = sameDecision;
    const auto consider = [&](AgendaItem &item) {
        for (Decision &d : item.decisions) {
            const double score = decisionSimilarity(d.text, entry.text);
            if (score >= bestScore) {
                bestScore = score;
                best = &d;
                bestTitle = item.title;
            }
        }
    };
    if (scope) {
        consider(*scope);
        visit(scope->children, consider);
    } else {
        visit(m_items, consider);
    }
    if (!best)
        return false;
    const bool entryLonger = entry.text.size() > best->text.size();
    const QString longer = entryLonger ? entry.text : best->text;
    const QString shorter = entryLonger ? best->text : entry.text;
    if (!wordSet(shorter).subtract(wordSet(longer)).isEmpty()) {
        m_warnings.append({entry.line,
            tr("This decision is also recorded under item \"%1\" in other words; it is stored "
               "once, as \"%2\" (the other wording was \"%3\").")
                .arg(bestTitle, longer, shorter)});
    }
    best->text = longer;
    return true;
}

AgendaItem *DecisionLinker::byNumber(int number)
{
    const auto index = m_numbers.indexOf(number);
    return index >= 0 && index < m_items.size() ? &m_items[index] : nullptr;
}

AgendaItem *DecisionLinker::byHeading(const QString &heading)
{
    const QString core = headingCore(heading);
    AgendaItem *best = nullptr;
    double bestScore = sameTitle;
    visit(m_items, [&](AgendaItem &item) {
        const double score = qMax(similarity(core, item.title),
            similarity(heading, item.title + QLatin1Char(' ') + item.responsible));
        if (score >= bestScore) {
            // The first of equal matches: a later copy of the title is less likely meant.
            if (!best || score > bestScore)
                best = &item;
            bestScore = score;
        }
    });
    return best;
}

AgendaItem *DecisionLinker::byWords(const QString &text)
{
    const QSet<QString> stems = topicStems(text);
    AgendaItem *best = nullptr;
    int bestScore = 0;
    int secondScore = 0;
    visit(m_items, [&](AgendaItem &item) {
        const int score = 3 * int(QSet<QString>(stems).intersect(topicStems(item.title)).size())
            + int(QSet<QString>(stems).intersect(topicStems(item.body)).size());
        if (score > bestScore) {
            secondScore = bestScore;
            bestScore = score;
            best = &item;
        } else if (score > secondScore) {
            secondScore = score;
        }
    });
    return bestScore >= 3 && bestScore > secondScore + 1 ? best : nullptr;
}

void DecisionLinker::addUnlinked(const DecisionEntry &entry, const QString &blockTitle)
{
    QString heading = entry.heading.isEmpty() ? blockTitle.trimmed() : entry.heading;
    if (heading.endsWith(QLatin1Char(':')))
        heading.chop(1);
    if (heading == heading.toUpper())
        heading = heading.left(1) + heading.mid(1).toLower(); // "BESLUT" reads "Beslut"
    AgendaItem added;
    if (!LineShape::splitTrailingNames(heading, &added.title, &added.responsible))
        added.title = heading;
    // Entries of one block without a title of their own share one item.
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const AgendaItem &existing = m_items.at(i);
        if (m_numbers.value(i) == 0 && existing.title == added.title
            && existing.responsible == added.responsible)
            index = i;
    }
    if (index < 0) {
        m_items.append(added);
        m_numbers.append(0);
        index = m_items.size() - 1;
    }
    Decision d;
    d.text = entry.text;
    m_items[index].decisions.append(d);
    m_warnings.append({entry.line,
        tr("Could not tell which item this decision belongs to; it is kept in item \"%1\".")
            .arg(m_items.at(index).title)});
}

void DecisionLinker::numberDecisions(QVector<AgendaItem> &items)
{
    int number = 0;
    visit(items, [&](AgendaItem &item) {
        for (Decision &d : item.decisions)
            d.number = ++number;
    });
}

} // namespace minutebook
