#pragma once

// Statements prepared once per connection and kept for the next time, for the reads the window
// repeats (loading a meeting, a page of a list or a register, a search). On the server this
// is what makes a statement one round trip: Qt's QPSQL driver sends PREPARE, EXECUTE and
// DEALLOCATE for every QSqlQuery that is prepared and then dropped, three round trips, and
// loading a meeting is five to seven statements. A kept statement is only executed again
// (one round trip; PostgreSQL may also keep its plan). The file gains a little too: SQLite
// skips parsing.
//
// A statement is lent out while it is read (Lease) and given back reset (finish(): no open
// result keeps a read snapshot of the file or ties up the server connection); the same
// statement wanted again while it is lent out is prepared a second time, so nested use is safe.

#include "Result.h"

#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

// Declared only: SearchIndex.h, which the window includes, names the lease, and the layers above
// get no QtSql include path.
class QSqlQuery;

namespace minutebook {

class StatementCache
{
public:
    /// At most this many idle statements are kept per connection; past it the cache starts
    /// again (a register's filters make a new statement per combination, but few of them).
    static constexpr int capacity = 64;

    explicit StatementCache(QString connectionName);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// A statement of the cache while it is used: its rows are read from query(); it goes
    /// back to the cache when the lease ends (unless its execution failed).
    class Lease
    {
    public:
        Lease(Lease &&) noexcept;
        Lease &operator=(Lease &&) noexcept;
        ~Lease();
        QSqlQuery &query() { return *m_query; }
        QSqlQuery &operator*() { return *m_query; }
        QSqlQuery *operator->() { return m_query.get(); }

    private:
        friend class StatementCache;
        Lease(std::weak_ptr<StatementCache *> owner, QString statement,
            std::unique_ptr<QSqlQuery> query);
        void giveBack();
        std::weak_ptr<StatementCache *> m_owner;
        QString m_statement;
        std::unique_ptr<QSqlQuery> m_query;
    };

    /// Executes `statement` with positional `values` (forward only), prepared now or earlier.
    Result<Lease> run(const QString &statement, const QVariantList &values);

    /// Drops every kept statement (before the connection closes, or after the schema changed).
    void clear();

    /// How many statements were prepared and how many were executed again: for tests.
    int prepared() const { return m_prepared; }
    int reused() const { return m_reused; }

private:
    void keep(const QString &statement, std::unique_ptr<QSqlQuery> query);

    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_idle;
    // Leases hold a weak reference: one that outlives the cache drops its statement.
    std::shared_ptr<StatementCache *> m_self;
    int m_prepared = 0;
    int m_reused = 0;
};

} // namespace minutebook
