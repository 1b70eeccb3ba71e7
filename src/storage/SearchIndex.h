#pragma once

// Full-text search over meetings, items, decisions and assignments (the FTS5 table kept in step
// by triggers, see Migrations.cpp). Ranked with bm25; titles and decisions weigh more.

#include "Database.h"
#include "FtsQuery.h"
#include "Records.h"
#include "Result.h"

#include <QCoreApplication>

namespace minutebook {

struct SearchOptions
{
    QString body; ///< name or short name; empty: all
    QDate from; ///< inclusive
    QDate to; ///< inclusive
    int limit = 50;
};

class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::SearchIndex)

public:
    explicit SearchIndex(const Database &database);

    /// Best hits first. Text the user typed is passed through FtsQuery::fromUserText; an
    /// empty query gives no hits (and FtsQuery's hint), never an error.
    Result<QVector<SearchHit>> search(
        const QString &userText, const SearchOptions &options = {}) const;

private:
    const Database &m_database;
};

} // namespace minutebook
