#include "LineShape.h"

#include <QRegularExpression>
#include <QStringList>

namespace minutebook {

namespace {
bool isNameParticle(const QString &word)
{
    static const QStringList particles = {QStringLiteral("af"), QStringLiteral("av"),
        QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("de"), QStringLiteral("der"),
        QStringLiteral("den"), QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("da"),
        QStringLiteral("di"), QStringLiteral("du"), QStringLiteral("el")};
    return particles.contains(word);
}

bool isNameWord(const QString &word)
{
    if (word.isEmpty())
        return false;
    if (isNameParticle(word))
        return true;
    if (!word.at(0).isUpper())
        return false;
    for (const QChar c : word) {
        if (!c.isLetter() && c != QLatin1Char('-') && c != QLatin1Char('.')
            && c != QLatin1Char('\''))
            return false;
    }
    return true;
}

QString withoutParentheses(const QString &text)
{
    QString out;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            out += c;
    }
    return out;
}
} // namespace

int LineShape::bullet(const QString &line, QString *rest)
{
    if (line.isEmpty())
        return 0;
    static const QString level1 = QStringLiteral("•●►▸➢➤✓✔∙→⁃");
    static const QString level2 = QStringLiteral("◦○");
    static const QString level3 = QStringLiteral("▪■□◆♦");
    static const QString spaced = QStringLiteral("o-–—*·");
    const QChar c = line.at(0);
    int level = 0;
    if (level1.contains(c))
        level = 1;
    else if (level2.contains(c))
        level = 2;
    else if (level3.contains(c))
        level = 3;
    else if (spaced.contains(c) && line.size() > 2 && line.at(1) == QLatin1Char(' '))
        level = c == QLatin1Char('o') ? 2 : 1;
    if (level > 0 && rest)
        *rest = line.mid(1).trimmed();
    return level;
}

bool LineShape::numbered(const QString &line, Numbered *out)
{
    qsizetype i = 0;
    const bool paragraph = line.startsWith(QChar(0x00A7));
    if (paragraph) {
        i = 1;
        while (i < line.size() && line.at(i) == QLatin1Char(' '))
            ++i;
    }
    const qsizetype digitsStart = i;
    while (i < line.size() && line.at(i).isDigit() && i - digitsStart < 3)
        ++i;
    const qsizetype digits = i - digitsStart;
    if (digits == 0 || digits > 2 || (i < line.size() && line.at(i).isDigit()))
        return false;
    const int number = line.mid(digitsStart, digits).toInt();
    QChar style = paragraph ? QChar(0x00A7) : QChar();
    if (i < line.size() && (line.at(i) == QLatin1Char('.') || line.at(i) == QLatin1Char(')')))
        style = line.at(i++);
    if (style.isNull() || number < 1)
        return false;
    const bool spaced = i < line.size() && line.at(i) == QLatin1Char(' ');
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i >= line.size())
        return false;
    const QChar first = line.at(i);
    const bool quote = QStringLiteral("\"”“'(«").contains(first);
    if (!(first.isLetter() || quote) || (!spaced && !first.isUpper() && !quote))
        return false;
    if (out) {
        out->number = number;
        out->style = style;
        out->rest = line.mid(i);
    }
    return true;
}

bool LineShape::lettered(const QString &line)
{
    return line.size() > 3 && line.at(0).isLower() && line.at(0).isLetter()
        && (line.at(1) == QLatin1Char(')') || line.at(1) == QLatin1Char('.'))
        && line.at(2) == QLatin1Char(' ');
}

bool LineShape::endsSentence(const QString &text)
{
    return !text.isEmpty() && QStringLiteral(".!?").contains(text.back());
}

bool LineShape::endsClause(const QString &text)
{
    return !text.isEmpty() && QStringLiteral(".!?:;,").contains(text.back());
}

bool LineShape::startsLikeContinuation(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    return c.isLower() || c.isDigit() || QStringLiteral(",.;:)]/%&").contains(c);
}

bool LineShape::endsWithBreakHyphen(const QString &text)
{
    return text.size() >= 2 && (text.back() == QLatin1Char('-') || text.back() == QChar(0x2010))
        && text.at(text.size() - 2).isLetterOrNumber();
}

QString LineShape::join(const QString &before, const QString &line)
{
    if (before.isEmpty())
        return line;
    if (line.isEmpty())
        return before;
    if (endsWithBreakHyphen(before) && line.at(0).isLetterOrNumber()) {
        static const QRegularExpression conjunction(
            QStringLiteral("^(och|eller|samt|respektive|resp\\.?|till|som)( |$)"));
        if (conjunction.match(line).hasMatch())
            return before + QLatin1Char(' ') + line; // "skol- och fritidsförvaltningen"
        // The part of the word before the hyphen: a syllable ("arbets-") loses the hyphen, an
        // abbreviation or single letter ("VP-", "e-") keeps it.
        qsizetype start = before.size() - 1;
        while (start > 0 && before.at(start - 1).isLetterOrNumber())
            --start;
        const QString part = before.mid(start, before.size() - 1 - start);
        const bool syllable = part.size() >= 2 && part.back().isLower() && line.at(0).isLower()
            && !part.contains(QLatin1Char('-'));
        return syllable ? before.left(before.size() - 1) + line : before + line;
    }
    if (before.back() == QChar(0x2013) && before.size() >= 2
        && before.at(before.size() - 2) != u' ')
        return before + line; // "28–" + "29 april"
    return before + QLatin1Char(' ') + line;
}

bool LineShape::isTitleLike(const QString &text)
{
    if (text.isEmpty() || text.size() > 100 || wordCount(text) > 12)
        return false;
    const QChar first = text.at(0);
    if (!(first.isUpper() || first.isDigit() || QStringLiteral("\"”“'«").contains(first)))
        return false;
    return !QStringLiteral(".,;:").contains(text.back()) || text.endsWith(QStringLiteral("..."));
}

bool LineShape::isCapsHeading(const QString &text)
{
    if (text.isEmpty() || wordCount(text) > 4)
        return false;
    int letters = 0;
    for (const QChar c : text) {
        if (c.isDigit() || (c.isLetter() && !c.isUpper()))
            return false;
        letters += c.isLetter() ? 1 : 0;
    }
    return letters >= 5;
}

bool LineShape::looksLikeNames(const QString &text)
{
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:[,;&/]|\\soch\\s|\\ssamt\\s)\\s*"));
    const QStringList parts = withoutParentheses(text).split(separators);
    int names = 0;
    for (const QString &part : parts) {
        const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        if (words.size() > 5 || isNameParticle(words.first()))
            return false;
        for (const QString &word : words) {
            if (!isNameWord(word))
                return false;
        }
        ++names;
    }
    return names > 0;
}

bool LineShape::splitTrailingNames(const QString &text, QString *title, QString *names)
{
    if (!text.endsWith(QLatin1Char(')')))
        return false;
    const qsizetype open = text.lastIndexOf(QLatin1Char('('));
    if (open <= 0)
        return false;
    const QString inner = text.mid(open + 1, text.size() - open - 2).trimmed();
    const QString before = text.left(open).trimmed();
    if (before.isEmpty() || inner.isEmpty() || wordCount(inner) > 6 || !looksLikeNames(inner))
        return false;
    if (title)
        *title = before;
    if (names)
        *names = inner;
    return true;
}

int LineShape::wordCount(const QString &text)
{
    int count = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c == QLatin1Char(' ');
        if (!space && !inWord)
            ++count;
        inWord = !space;
    }
    return count;
}

QString LineShape::initials(const QString &name)
{
    QString out;
    static const QRegularExpression separator(QStringLiteral("[\\s-]+"));
    const QStringList words = name.split(separator, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.at(0).isUpper())
            out += word.at(0);
    }
    return out;
}

QStringList LineShape::words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace minutebook
