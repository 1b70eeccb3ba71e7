#include "Transaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace minutebook {

namespace {
bool execute(const QSqlDatabase &db, const char *sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QLatin1String(sql)))
        return true;
    if (error)
        *error = Database::describe(q.lastError());
    return false;
}
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock at once: a writer that has to wait does so in the busy
    // handler instead of failing halfway when its read lock cannot be upgraded.
    m_active = execute(m_db, "BEGIN IMMEDIATE", &m_beginError);
}

Transaction::~Transaction()
{
    if (m_active)
        execute(m_db, "ROLLBACK", nullptr);
}

Status Transaction::begin() const
{
    return m_active ? Status() : Status::failure(m_beginError);
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_beginError);
    QString error;
    if (!execute(m_db, "COMMIT", &error)) {
        execute(m_db, "ROLLBACK", nullptr);
        m_active = false;
        return Status::failure(error);
    }
    m_active = false;
    return {};
}

} // namespace minutebook
