#include "ItemLocator.h"

#include "LineShape.h"

#include <QHash>

#include <algorithm>

namespace minutebook {

namespace {
constexpr int chainBonus = 10; // each item in the chain; the longest chain wins
constexpr int lateStart = -8; // a chain starting at another number than 1
constexpr int skippedNumber = -7; // one number missing in the chain
constexpr int strayForm = 6; // shaped enough like an item to warn when left out
} // namespace

ItemLocator::ItemLocator(const QVector<SourceLine> &lines, int wideWidth)
    : m_lines(lines)
    , m_wideWidth(wideWidth)
{ }

int ItemLocator::neighbour(int index, int step) const
{
    for (int i = index + step; i >= 0 && i < m_lines.size(); i += step) {
        if (!m_lines.at(i).junk)
            return i;
    }
    return -1;
}

bool ItemLocator::blankBefore(int index) const
{
    const int i = neighbour(index, -1);
    return i < 0 || m_lines.at(i).isBlank();
}

bool ItemLocator::blankAfter(int index) const
{
    const int i = neighbour(index, 1);
    return i < 0 || m_lines.at(i).isBlank();
}

int ItemLocator::formScore(int index, const QString &rest, QChar style, int number) const
{
    int score = 0;
    score += blankBefore(index) ? 3 : 0;
    score += blankAfter(index) ? 2 : 0;
    if (LineShape::isTitleLike(rest))
        score += 3;
    if (rest.endsWith(QLatin1Char('.')))
        score -= 6;
    else if (rest.endsWith(QLatin1Char('?')))
        score -= 2;
    const int before = neighbour(index, -1);
    if (before >= 0 && !m_lines.at(before).isBlank()
        && (LineShape::numbered(m_lines.at(before).text)
            || LineShape::bullet(m_lines.at(before).text)))
        score -= 3; // inside a list
    const int after = neighbour(index, 1);
    LineShape::Numbered next;
    if (after >= 0 && LineShape::numbered(m_lines.at(after).text, &next)
        && next.number == number + 1 && next.style == style)
        score -= 3; // a list continues right below
    return score;
}

QVector<ItemLocator::Candidate> ItemLocator::candidates() const
{
    QVector<Candidate> out;
    int dots = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        LineShape::Numbered n;
        if (m_lines.at(i).junk || !LineShape::numbered(m_lines.at(i).text, &n))
            continue;
        out.append({i, n.number, n.style, formScore(i, n.rest, n.style, n.number)});
        dots += n.style == QLatin1Char('.') ? 1 : -1;
    }
    const QChar usual = dots >= 0 ? QLatin1Char('.') : QLatin1Char(')');
    for (Candidate &c : out)
        c.form += c.style == usual || c.style == QChar(0x00A7) ? 2 : 0;
    return out;
}

QVector<ItemHead> ItemLocator::locate() const
{
    const QVector<Candidate> all = candidates();
    // Best chain ending at each candidate; per number the best chain ending so far (all
    // earlier in the text, as candidates come in line order).
    QVector<int> best(all.size());
    QVector<int> previous(all.size(), -1);
    QHash<int, int> bestByNumber; // number -> candidate index
    int winner = -1;
    for (int c = 0; c < all.size(); ++c) {
        const int number = all.at(c).number;
        int base = number == 1 ? 0 : lateStart;
        for (const int gap : {1, 2}) {
            const auto it = bestByNumber.constFind(number - gap);
            if (it == bestByNumber.constEnd())
                continue;
            const int value = best.at(*it) + (gap == 2 ? skippedNumber : 0);
            if (value > base) {
                base = value;
                previous[c] = *it;
            }
        }
        best[c] = base + chainBonus + all.at(c).form;
        const auto it = bestByNumber.constFind(number);
        if (it == bestByNumber.constEnd() || best.at(*it) < best.at(c))
            bestByNumber.insert(number, c);
        if (winner < 0 || best.at(c) > best.at(winner))
            winner = c;
    }
    QVector<ItemHead> heads;
    if (winner < 0 || best.at(winner) <= 0)
        return heads;
    for (int c = winner; c >= 0; c = previous.at(c))
        heads.append(head(all.at(c)));
    std::reverse(heads.begin(), heads.end());
    return heads;
}

ItemHead ItemLocator::head(const Candidate &candidate) const
{
    ItemHead h;
    h.index = candidate.index;
    h.number = candidate.number;
    LineShape::Numbered n;
    (void)LineShape::numbered(m_lines.at(candidate.index).text, &n);
    QString title = n.rest;
    int next = candidate.index + 1;
    // A long title wrapped by the page continues on the next line in small letters.
    while (next < m_lines.size() && title.size() >= m_wideWidth && !m_lines.at(next).junk
        && LineShape::startsLikeContinuation(m_lines.at(next).text)) {
        title = LineShape::join(title, m_lines.at(next).text);
        ++next;
    }
    if (!LineShape::splitTrailingNames(title, &h.title, &h.responsible))
        h.title = title;
    h.bodyStart = next;
    return h;
}

QVector<int> ItemLocator::strays(const QVector<ItemHead> &items) const
{
    QVector<int> out;
    if (items.isEmpty())
        return out;
    for (const Candidate &c : candidates()) {
        const bool isItem = std::any_of(
            items.cbegin(), items.cend(), [&](const ItemHead &h) { return h.index == c.index; });
        if (!isItem && c.index > items.constFirst().index && c.form >= strayForm + 2
            && !LineShape::endsSentence(m_lines.at(c.index).text))
            out.append(c.index);
    }
    return out;
}

} // namespace minutebook
