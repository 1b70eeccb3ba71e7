#include "FtsQuery.h"

#include "SearchTerms.h"

#include <QCoreApplication>
#include <QStringList>

namespace minutebook {

namespace {
struct Term
{
    QString text;
    bool phrase = false;
    bool prefix = false;
    bool excluded = false;
};

bool hasWordCharacter(const QString &s)
{
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// An FTS5 string: double quotes inside are doubled; the tokenizer then treats everything in
// it as text, so AND, OR, NEAR, colons, parentheses and carets lose their meaning.
QString quoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QVector<Term> split(const QString &typed)
{
    // Control characters, NUL among them, would end or break the FTS5 string, and two of them
    // are the tokenizer's markers (SearchTerms): make them spaces.
    QString text = typed;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    QVector<Term> terms;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        Term term;
        if (text.at(i) == QLatin1Char('-') && i + 1 < n && !text.at(i + 1).isSpace()) {
            term.excluded = true;
            ++i;
        }
        if (text.at(i) == QLatin1Char('"')) {
            const int close = int(text.indexOf(QLatin1Char('"'), i + 1));
            const int end = close < 0 ? n : close;
            term.text = text.mid(i + 1, end - i - 1);
            term.phrase = true;
            i = close < 0 ? n : close + 1;
        } else {
            int end = i;
            while (end < n && !text.at(end).isSpace())
                ++end;
            term.text = text.mid(i, end - i);
            i = end;
        }
        if (!term.phrase && term.text.endsWith(QLatin1Char('*'))) {
            while (term.text.endsWith(QLatin1Char('*')))
                term.text.chop(1);
            term.prefix = true;
        }
        if (hasWordCharacter(term.text))
            terms.append(term);
    }
    return terms;
}
} // namespace

namespace {
// The wanted terms joined by AND, then the excluded ones after NOT.
QString combined(const QString &included, const QStringList &excluded)
{
    QString out = excluded.isEmpty() ? included : QLatin1Char('(') + included + QLatin1Char(')');
    for (const QString &e : excluded)
        out += QStringLiteral(" NOT ") + e;
    return out;
}
} // namespace

FtsQuery FtsQuery::fromUserText(const QString &text, const NamePredicate &isName)
{
    thread_local SwedishStemmer stemmer;
    const QString exact(QLatin1Char(SearchTerms::exactMarker));
    const QString tail(QLatin1Char(SearchTerms::tailMarker));
    QStringList included;
    QStringList broader;
    QStringList excluded;
    QVector<Alternatives> includedParts;
    QVector<Alternatives> broaderParts;
    QVector<Alternatives> excludedParts;
    bool broadens = false;
    FtsQuery query;
    query.onlyWords = true;
    for (const Term &term : split(text)) {
        QString expr;
        QString wide;
        Alternatives parts;
        Alternatives wideParts;
        const QStringList words = SearchTerms::words(term.text);
        const bool oneWord = words.size() == 1 && !term.phrase;
        if (oneWord && !term.prefix && !term.excluded)
            query.words.append(words.first());
        else
            query.onlyWords = false;
        if (term.prefix) {
            expr = quoted(term.text) + QStringLiteral("*");
            parts = {{term.text, true}};
        } else if (oneWord && isName && isName(words.first())) {
            expr = quoted(exact + term.text);
            parts = {{exact + term.text, false}};
        } else {
            expr = quoted(term.text);
            parts = {{term.text, false}};
            const QString stem = oneWord ? stemmer.stem(words.first()) : QString();
            if (stem.size() >= SearchTerms::minExpandedStem) {
                wide = QStringLiteral("(%1 OR %2* OR %3*)")
                           .arg(quoted(term.text), quoted(stem), quoted(tail + term.text));
                wideParts = {{term.text, false}, {stem, true}, {tail + term.text, true}};
                broadens = true;
            }
        }
        if (term.excluded) {
            excluded.append(expr);
            excludedParts.append(parts);
            continue;
        }
        query.prefix = query.prefix || term.prefix;
        included.append(expr);
        includedParts.append(parts);
        broader.append(wide.isEmpty() ? expr : wide);
        broaderParts.append(wideParts.isEmpty() ? parts : wideParts);
    }
    if (included.isEmpty()) {
        if (!excluded.isEmpty())
            query.hint = QCoreApplication::translate(
                "minutebook::FtsQuery", "Add a word to search for; “-word” only leaves words out.");
        return query;
    }
    query.included = included.join(QStringLiteral(" AND "));
    query.excluded = excluded;
    query.includedParts = includedParts;
    query.excludedParts = excludedParts;
    query.expression = combined(query.included, excluded);
    if (broadens) {
        query.broaderIncluded = broader.join(QStringLiteral(" AND "));
        query.broaderParts = broaderParts;
    }
    return query;
}

FtsQuery FtsQuery::broader() const
{
    FtsQuery out = *this;
    if (!hasBroader())
        return out;
    out.included = broaderIncluded;
    out.broaderIncluded.clear();
    out.includedParts = broaderParts;
    out.broaderParts.clear();
    out.prefix = true;
    out.expression = combined(out.included, excluded);
    return out;
}

QString FtsQuery::restrictedTo(const QString &column) const
{
    if (isEmpty())
        return {};
    QString out = QStringLiteral("{%1} : (%2)").arg(column, included);
    for (const QString &e : excluded)
        out += QStringLiteral(" NOT ") + e;
    return out;
}

namespace {
// A lexeme as a tsquery literal: in single quotes, quotes and backslashes escaped.
QString lexeme(std::string_view token)
{
    QString out = QString::fromUtf8(token.data(), qsizetype(token.size()));
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// One part as FTS5 reads it: the tokenizer takes the mode from a leading marker and is told
// whether the string ends in *; only the last token of the phrase is then a prefix. `put`
// receives each word's tokens with the word's place and whether it is matched as a prefix.
void visitPart(SwedishStemmer &stemmer, const FtsQuery::Part &part,
    const std::function<void(int word, std::string_view token, bool prefix)> &put)
{
    SearchTerms::QueryMode mode = SearchTerms::QueryMode::Stem;
    if (part.text.startsWith(QLatin1Char(SearchTerms::exactMarker)))
        mode = SearchTerms::QueryMode::Exact;
    else if (part.text.startsWith(QLatin1Char(SearchTerms::tailMarker)))
        mode = SearchTerms::QueryMode::Tail;
    const QStringList words = SearchTerms::words(part.text);
    for (int w = 0; w < words.size(); ++w) {
        const bool prefix = part.prefix && w == words.size() - 1;
        const QByteArray word = words.at(w).toUtf8();
        SearchTerms::queryTokens(stemmer, std::string_view(word.constData(), size_t(word.size())),
            mode, part.prefix, [&](std::string_view token, bool) { put(w, token, prefix); });
    }
}

QString partQuery(SwedishStemmer &stemmer, const FtsQuery::Part &part)
{
    QVector<QStringList> sequence;
    visitPart(stemmer, part, [&](int word, std::string_view token, bool prefix) {
        QString t = lexeme(token);
        if (prefix)
            t += QStringLiteral(":*");
        if (sequence.size() <= word)
            sequence.resize(word + 1);
        if (!sequence[word].contains(t))
            sequence[word].append(t);
    });
    QStringList words;
    for (const QStringList &tokens : std::as_const(sequence)) {
        if (!tokens.isEmpty())
            words.append(tokens.size() == 1
                    ? tokens.first()
                    : QLatin1Char('(') + tokens.join(QStringLiteral(" | ")) + QLatin1Char(')'));
    }
    if (words.size() <= 1)
        return words.value(0);
    return QLatin1Char('(') + words.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
}

QString alternativesQuery(SwedishStemmer &stemmer, const FtsQuery::Alternatives &parts)
{
    QStringList out;
    for (const FtsQuery::Part &part : parts) {
        const QString q = partQuery(stemmer, part);
        if (!q.isEmpty())
            out.append(q);
    }
    if (out.size() <= 1)
        return out.value(0);
    return QLatin1Char('(') + out.join(QStringLiteral(" | ")) + QLatin1Char(')');
}
} // namespace

QString FtsQuery::wantedTsquery() const
{
    if (isEmpty())
        return {};
    thread_local SwedishStemmer stemmer;
    QStringList wanted;
    for (const Alternatives &parts : includedParts) {
        const QString q = alternativesQuery(stemmer, parts);
        if (!q.isEmpty())
            wanted.append(q);
    }
    return wanted.join(QStringLiteral(" & "));
}

QString FtsQuery::tsquery() const
{
    QString out = wantedTsquery();
    if (out.isEmpty())
        return {};
    thread_local SwedishStemmer stemmer;
    for (const Alternatives &parts : excludedParts) {
        const QString q = alternativesQuery(stemmer, parts);
        if (!q.isEmpty())
            out += QStringLiteral(" & !") + q;
    }
    return out;
}

void FtsQuery::forEachWantedToken(
    const std::function<void(std::string_view token, bool prefix)> &put) const
{
    thread_local SwedishStemmer stemmer;
    for (const Alternatives &parts : includedParts) {
        for (const Part &part : parts)
            visitPart(stemmer, part,
                [&](int, std::string_view token, bool asPrefix) { put(token, asPrefix); });
    }
}

} // namespace minutebook
