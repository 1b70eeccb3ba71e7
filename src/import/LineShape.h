#pragma once

// The shape of one normalised line or paragraph: bullets, numbers, how it ends, whether it reads
// like a title or a list of names. Only form, no meaning; the parsers decide what a shape is.

#include <QChar>
#include <QString>

namespace minutebook {

class LineShape
{
public:
    struct Numbered
    {
        int number = 0;
        QChar style; ///< '.' or ')'; '§' for "§ 3 Title"
        QString rest;
    };

    /// Depth of a bullet (1 top level, 2 for "o" and "◦", 3 for "▪") and the text after it;
    /// 0 when the line has no bullet.
    static int bullet(const QString &line, QString *rest = nullptr);

    /// "3. Title", "3) Title", "§ 3 Title". Not "12.00", "6.1" or "2024-02-06".
    static bool numbered(const QString &line, Numbered *out = nullptr);

    /// "a) text", "b. text".
    static bool lettered(const QString &line);

    static bool endsSentence(const QString &text); ///< . ! ?
    static bool endsClause(const QString &text); ///< . ! ? : ; ,

    /// Starts like the rest of a wrapped sentence: small letter, digit or punctuation.
    static bool startsLikeContinuation(const QString &text);

    /// Broken with a hyphen at the end of a line ("arbets-", "VP-").
    static bool endsWithBreakHyphen(const QString &text);

    /// Joins a wrapped line to the text before it, mending a hyphenated break: "arbets-" +
    /// "sätt" gives "arbetssätt", "VP-" + "uppdragen" "VP-uppdragen", "skol-" + "och" "skol- och".
    static QString join(const QString &before, const QString &line);

    /// Short, starts with a capital or digit, no full stop, comma, colon or semicolon at the end.
    static bool isTitleLike(const QString &text);

    /// "INFORMATION", "BESLUT": capitals only, one to four words, no digits.
    static bool isCapsHeading(const QString &text);

    /// "Tony Mufic, Cecilia och Susanne F": capitalised words, initials, name particles.
    static bool looksLikeNames(const QString &text);

    /// "Budget (Tony)" gives "Budget" and "Tony"; false when the text does not end with names
    /// in parentheses.
    static bool splitTrailingNames(const QString &text, QString *title, QString *names);

    static int wordCount(const QString &text);

    /// "Maria Boman Hansson" gives "MBH".
    static QString initials(const QString &name);

    /// Lower-case words of letters and digits, for comparing texts.
    static QStringList words(const QString &text);
};

} // namespace minutebook
