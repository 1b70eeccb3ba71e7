#pragma once

// One write = one transaction: begins on construction, rolls back unless commit() succeeded.
// Writers use run(db, work): the work commits when it succeeds and rolls back when it fails.

#include "Result.h"

#include <QSqlDatabase> // storage-internal: only repositories open transactions

namespace minutebook {

class Transaction
{
public:
    /// Before it commits, a transaction gives the dialect its say (SqlDialect::beforeCommit:
    /// the server's search vectors of the rows written); a schema step does not
    /// (`schemaChange`), as the columns it would fill may not exist yet.
    explicit Transaction(QSqlDatabase db, bool schemaChange = false);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Runs `work` (returning Status or Result<T>) in one transaction: commits when it
    /// succeeds, rolls back when it, BEGIN or COMMIT fails, and returns what it returned (or
    /// why BEGIN or COMMIT failed).
    template<typename Work>
    static auto run(const QSqlDatabase &db, Work &&work) -> decltype(work())
    {
        return runIn(Transaction(db), std::forward<Work>(work));
    }
    /// As run(), for a step of Migrations.
    template<typename Work>
    static auto runSchemaChange(const QSqlDatabase &db, Work &&work) -> decltype(work())
    {
        return runIn(Transaction(db, true), std::forward<Work>(work));
    }

    /// Whether BEGIN succeeded; when it did not, error() says why (e.g. the file is locked).
    bool isActive() const { return m_active; }
    Status begin() const;
    Status commit();

private:
    template<typename Work>
    static auto runIn(Transaction &&transaction, Work &&work) -> decltype(work())
    {
        if (Status s = transaction.begin(); !s)
            return s;
        auto result = work();
        if (!result.ok())
            return result;
        if (Status s = transaction.commit(); !s)
            return s;
        return result;
    }

    QSqlDatabase m_db;
    QString m_beginError;
    bool m_active = false;
    bool m_schemaChange = false;
};

} // namespace minutebook
