#pragma once

// The one place where text a person typed becomes an FTS5 query expression. Supports plain
// words (all must match), "exact phrase", prefix* and -exclusion; every other character is
// taken literally, so no input can produce an FTS5 syntax error or reach SQL.
//
// The index understands Swedish (SearchTerms): a plain word matches every inflected form of
// it (its Snowball stem), a phrase the same words in any form, a name (isName) the word as
// written. The broader form of a query also finds a word as the head of a compound or as a
// form the stemmer leaves whole (a prefix on the stem: budget → budgetramen, beslut →
// beslutet) and as the tail of a compound (måltider → skolmåltiderna); SearchIndex shows
// its hits after those of the query itself.

#include <QString>
#include <QStringList>

#include <QVector>

#include <functional>
#include <string_view>

namespace minutebook {

struct FtsQuery
{
    QString expression; ///< empty when there is nothing to search for
    QString hint; ///< why it is empty, for the user (e.g. only exclusions)
    QString included; ///< the terms that must match, joined by AND
    QStringList excluded; ///< the terms that must not match
    /// A wanted term is a prefix (word*): FTS5 merges the rows of every word it begins, in
    /// each statement, before the first row comes out.
    bool prefix = false;
    /// The plain wanted words (not phrases, prefixes or exclusions), lower case, in order.
    QStringList words;
    /// Every term is a plain wanted word (a query that may be a person's name).
    bool onlyWords = false;
    /// The wanted terms of the broader form (compound parts, prefixes of stems); empty when
    /// it would find nothing more.
    QString broaderIncluded;

    /// One FTS5 string of the query: its text (beginning with a SearchTerms marker when it is
    /// to be matched as written or as a tail) and whether it ends in *.
    struct Part
    {
        QString text;
        bool prefix = false;
    };
    /// Parts of which any may match (one part for most terms).
    using Alternatives = QVector<Part>;
    /// The same terms as `included`, `excluded` and `broaderIncluded`, as parts: what the
    /// server's query (tsquery) is made of.
    QVector<Alternatives> includedParts;
    QVector<Alternatives> excludedParts;
    QVector<Alternatives> broaderParts;

    bool isEmpty() const { return expression.isEmpty(); }
    bool hasBroader() const { return !broaderIncluded.isEmpty(); }
    /// The broader form: the same exclusions; it always has a prefix term.
    FtsQuery broader() const;
    /// The same query with the wanted terms matched in `column` only (a column name of our
    /// own, never user text); excluded terms still count in every column.
    QString restrictedTo(const QString &column) const;

    /// The query as a PostgreSQL tsquery over the vectors of PostgresSearch::documentVector:
    /// the same parts, each word looked up with the tokens SearchTerms gives it (the tokens of
    /// one word as alternatives, the words of a phrase in sequence, the last word of a prefix
    /// part as a prefix), the excluded terms after `& !`.
    QString tsquery() const;
    /// The wanted terms only, without the exclusions (for a title's own vector; the exclusions
    /// are checked against the whole row).
    QString wantedTsquery() const;
    /// Each token a wanted term looks up, and whether it is matched as a prefix (for marking
    /// the matching words of a text).
    void forEachWantedToken(
        const std::function<void(std::string_view token, bool prefix)> &put) const;

    /// Whether a word a person typed names a person (it is then matched as written).
    using NamePredicate = std::function<bool(const QString &word)>;
    static FtsQuery fromUserText(const QString &text, const NamePredicate &isName = {});
};

} // namespace minutebook
