#pragma once

// The one place where text a person typed becomes an FTS5 query expression. Supports plain
// words (all must match), "exact phrase", prefix* and -exclusion; every other character is
// taken literally, so no input can produce an FTS5 syntax error or reach SQL.

#include <QString>
#include <QStringList>

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

    bool isEmpty() const { return expression.isEmpty(); }
    /// The same query with the wanted terms matched in `column` only (a column name of our
    /// own, never user text); excluded terms still count in every column.
    QString restrictedTo(const QString &column) const;

    static FtsQuery fromUserText(const QString &text);
};

} // namespace minutebook
