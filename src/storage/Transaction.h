#pragma once

// One write = one transaction: begins on construction, rolls back unless commit() succeeded.

#include "Result.h"

#include <QSqlDatabase> // storage-internal: only repositories open transactions

namespace minutebook {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded; when it did not, error() says why (e.g. the file is locked).
    bool isActive() const { return m_active; }
    Status begin() const;
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_beginError;
    bool m_active = false;
};

} // namespace minutebook
