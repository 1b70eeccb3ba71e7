#pragma once

// The one place where text a person typed becomes an FTS5 query expression. Supports plain
// words (all must match), "exact phrase", prefix* and -exclusion; every other character is
// taken literally, so no input can produce an FTS5 syntax error or reach SQL.

#include <QString>

namespace minutebook {

struct FtsQuery
{
    QString expression; ///< empty when there is nothing to search for
    QString hint; ///< why it is empty, for the user (e.g. only exclusions)

    bool isEmpty() const { return expression.isEmpty(); }

    static FtsQuery fromUserText(const QString &text);
};

} // namespace minutebook
