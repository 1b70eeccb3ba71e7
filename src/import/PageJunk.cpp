#include "PageJunk.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace minutebook {

namespace {
constexpr auto caseless = QRegularExpression::CaseInsensitiveOption;
constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;

enum class Token { Other, Weak, Strong };

bool isContactWord(QStringView token)
{
    static const QStringList words = {
        QStringLiteral("postadress"),
        QStringLiteral("besöksadress"),
        QStringLiteral("leveransadress"),
        QStringLiteral("fakturaadress"),
        QStringLiteral("telefon"),
        QStringLiteral("tel"),
        QStringLiteral("tel."),
        QStringLiteral("tfn"),
        QStringLiteral("fax"),
        QStringLiteral("e-post"),
        QStringLiteral("epost"),
        QStringLiteral("e-mail"),
        QStringLiteral("växel"),
        QStringLiteral("kontaktcenter"),
        QStringLiteral("kundcenter"),
        QStringLiteral("org.nr"),
        QStringLiteral("org.nr."),
        QStringLiteral("organisationsnummer"),
        QStringLiteral("bankgiro"),
        QStringLiteral("plusgiro"),
        QStringLiteral("hemsida"),
        QStringLiteral("webbplats"),
        QStringLiteral("box"),
    };
    return token.size() <= 19 && std::any_of(words.cbegin(), words.cend(), [&](const QString &w) {
        return token.compare(w, Qt::CaseInsensitive) == 0;
    });
}

bool isStreet(QStringView token)
{
    static const QStringList suffixes = {QStringLiteral("gatan"), QStringLiteral("vägen"),
        QStringLiteral("torget"), QStringLiteral("gränd"), QStringLiteral("allé"),
        QStringLiteral("allén"), QStringLiteral("backen"), QStringLiteral("stigen"),
        QStringLiteral("platsen"), QStringLiteral("leden"), QStringLiteral("stråket")};
    return token.at(0).isUpper()
        && std::any_of(suffixes.cbegin(), suffixes.cend(), [&](const QString &suffix) {
               return token.size() > suffix.size() && token.endsWith(suffix);
           });
}

// Cheap checks first: most words of a line of prose are none of these, and this runs on
// every line of every file.
Token classify(QStringView token, bool afterPostcode)
{
    static const QRegularExpression mail(
        QStringLiteral("^(mailto:)?[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$"), caseless | unicode);
    static const QRegularExpression domain(
        QStringLiteral(
            "^(https?://)?(www\\.)?[\\w-]+(\\.[\\w-]+)*\\.(se|com|nu|org|net|eu|info|io)/?$"),
        caseless | unicode);
    static const QRegularExpression number(QStringLiteral("^\\+?[\\d()\\-–]+$"));
    const QChar first = token.at(0);
    if (token.contains(QLatin1Char('@')))
        return mail.match(token.toString()).hasMatch() ? Token::Strong : Token::Other;
    if (first.isDigit() || first == QLatin1Char('+') || first == QLatin1Char('('))
        return number.match(token.toString()).hasMatch() ? Token::Weak : Token::Other;
    const qsizetype dot = token.indexOf(QLatin1Char('.'));
    if (dot > 0 && dot + 1 < token.size() && domain.match(token.toString()).hasMatch())
        return Token::Strong;
    if (isContactWord(token) || isStreet(token))
        return Token::Strong;
    if (afterPostcode && first.isUpper())
        return Token::Weak; // the town after "251 89"
    return Token::Other;
}

// Every contact line has a digit, a mail address or a domain ("helsingborg.se"): prose
// without any of them is let through at once.
bool mayHoldContactDetails(const QString &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c.isDigit() || c == QLatin1Char('@'))
            return true;
        if (c == QLatin1Char('.') && i > 0 && i + 1 < line.size() && line.at(i - 1).isLetter()
            && line.at(i + 1).isLetter())
            return true;
    }
    return false;
}

bool isSeparator(QStringView token)
{
    static const QString separators = QStringLiteral("·•|,;–-/");
    return token.size() == 1 && separators.contains(token.at(0));
}
} // namespace

bool PageJunk::isContactLine(const QString &line)
{
    if (line.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
        return true;
    if (!mayHoldContactDetails(line))
        return false;
    QVector<QStringView> tokens;
    for (QStringView token : QStringView(line).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (!token.isEmpty()
            && (token.back() == QLatin1Char(',') || token.back() == QLatin1Char(';')))
            token.chop(1);
        if (!token.isEmpty() && !isSeparator(token))
            tokens.append(token);
    }
    // Contact details (strong) and numbers or the town after a postcode (weak) must make up
    // at least 70 % of the words, with one strong word at least.
    const qsizetype allowedOther = tokens.size() * 3 / 10;
    qsizetype other = 0;
    int strong = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const bool afterPostcode = i >= 2 && tokens.at(i - 1).size() == 2
            && tokens.at(i - 2).size() == 3 && tokens.at(i - 1).at(0).isDigit()
            && tokens.at(i - 2).at(0).isDigit();
        const Token kind = classify(tokens.at(i), afterPostcode);
        if (kind == Token::Other && ++other > allowedOther)
            return false;
        strong += kind == Token::Strong ? 1 : 0;
    }
    return strong >= 1;
}

bool PageJunk::isPageNumber(const QString &line)
{
    static const QRegularExpression page(
        QStringLiteral("^(?:(?:sida|sid\\.?|page|s\\.)\\s*\\d{1,3}(?:\\s*(?:av|of|/)\\s*\\d{1,3}|"
                       "\\s*\\(\\d{1,3}\\))?|\\d{1,3}\\s*\\(\\d{1,3}\\)|\\d{1,3}\\s*/\\s*\\d{1,3}|"
                       "[-–]\\s*\\d{1,3}\\s*[-–]|\\d{1,3})$"),
        caseless);
    return line.size() <= 20 && page.match(line).hasMatch();
}

void PageJunk::flag(QVector<SourceLine> &lines)
{
    for (SourceLine &line : lines) {
        if (!line.isBlank() && (isContactLine(line.text) || isPageNumber(line.text)))
            line.junk = true;
    }
    flagRepeatedHeaders(lines);
}

void PageJunk::flagRepeatedHeaders(QVector<SourceLine> &lines)
{
    // The first page's header: its first few lines. A later copy next to a footer or a form
    // feed is the header of the next page.
    QSet<QString> header;
    int seen = 0;
    int i = 0;
    for (; i < lines.size() && seen < 6; ++i) {
        if (lines.at(i).junk || (i > 0 && lines.at(i).pageStart))
            break; // the first page ends here
        if (lines.at(i).isBlank())
            continue;
        ++seen;
        if (lines.at(i).text.size() <= 80)
            header.insert(lines.at(i).text);
    }
    for (; i < lines.size(); ++i) {
        SourceLine &line = lines[i];
        if (!line.isBlank() && !line.junk && header.contains(line.text) && nearPageBreak(lines, i))
            line.junk = true;
    }
}

bool PageJunk::nearPageBreak(const QVector<SourceLine> &lines, int index)
{
    if (lines.at(index).pageStart)
        return true;
    for (int d = -4; d <= 4; ++d) {
        const int j = index + d;
        if (d != 0 && j >= 0 && j < lines.size()
            && (lines.at(j).pageStart || (lines.at(j).junk && !lines.at(j).isBlank())))
            return true;
    }
    return false;
}

} // namespace minutebook
