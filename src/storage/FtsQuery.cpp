#include "FtsQuery.h"

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
    // Control characters, NUL among them, would end or break the FTS5 string: make them spaces.
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

FtsQuery FtsQuery::fromUserText(const QString &text)
{
    QStringList included;
    QStringList excluded;
    for (const Term &term : split(text)) {
        const QString expr = quoted(term.text) + (term.prefix ? QStringLiteral("*") : QString());
        (term.excluded ? excluded : included).append(expr);
    }
    FtsQuery query;
    for (const Term &term : split(text))
        query.prefix = query.prefix || (term.prefix && !term.excluded);
    if (included.isEmpty()) {
        if (!excluded.isEmpty())
            query.hint = QCoreApplication::translate(
                "minutebook::FtsQuery", "Add a word to search for; “-word” only leaves words out.");
        return query;
    }
    query.included = included.join(QStringLiteral(" AND "));
    query.excluded = excluded;
    query.expression = query.included;
    if (!excluded.isEmpty())
        query.expression = QLatin1Char('(') + query.expression + QLatin1Char(')');
    for (const QString &e : excluded)
        query.expression += QStringLiteral(" NOT ") + e;
    return query;
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
