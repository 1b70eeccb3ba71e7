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
    bool broadens = false;
    FtsQuery query;
    query.onlyWords = true;
    for (const Term &term : split(text)) {
        QString expr;
        QString wide;
        const QStringList words = SearchTerms::words(term.text);
        const bool oneWord = words.size() == 1 && !term.phrase;
        if (oneWord && !term.prefix && !term.excluded)
            query.words.append(words.first());
        else
            query.onlyWords = false;
        if (term.prefix) {
            expr = quoted(term.text) + QStringLiteral("*");
        } else if (oneWord && isName && isName(words.first())) {
            expr = quoted(exact + term.text);
        } else {
            expr = quoted(term.text);
            const QString stem = oneWord ? stemmer.stem(words.first()) : QString();
            if (stem.size() >= SearchTerms::minExpandedStem) {
                wide = QStringLiteral("(%1 OR %2* OR %3*)")
                           .arg(quoted(term.text), quoted(stem), quoted(tail + term.text));
                broadens = true;
            }
        }
        if (term.excluded) {
            excluded.append(expr);
            continue;
        }
        query.prefix = query.prefix || term.prefix;
        included.append(expr);
        broader.append(wide.isEmpty() ? expr : wide);
    }
    if (included.isEmpty()) {
        if (!excluded.isEmpty())
            query.hint = QCoreApplication::translate(
                "minutebook::FtsQuery", "Add a word to search for; “-word” only leaves words out.");
        return query;
    }
    query.included = included.join(QStringLiteral(" AND "));
    query.excluded = excluded;
    query.expression = combined(query.included, excluded);
    if (broadens)
        query.broaderIncluded = broader.join(QStringLiteral(" AND "));
    return query;
}

FtsQuery FtsQuery::broader() const
{
    FtsQuery out = *this;
    if (!hasBroader())
        return out;
    out.included = broaderIncluded;
    out.broaderIncluded.clear();
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

} // namespace minutebook
