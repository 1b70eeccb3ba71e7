#include "Transaction.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace minutebook {

namespace {
bool execute(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = Database::describe(q);
    return false;
}
} // namespace

Transaction::Transaction(QSqlDatabase db, bool schemaChange)
    : m_db(std::move(db))
    , m_schemaChange(schemaChange)
{
    m_active = execute(m_db, SqlDialect::of(m_db).beginWrite(), &m_beginError);
}

Transaction::~Transaction()
{
    if (m_active)
        execute(m_db, QStringLiteral("ROLLBACK"), nullptr);
}

Status Transaction::begin() const
{
    return m_active ? Status() : Status::failure(m_beginError);
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_beginError);
    if (!m_schemaChange) {
        if (Status s = SqlDialect::of(m_db).beforeCommit(m_db); !s) {
            execute(m_db, QStringLiteral("ROLLBACK"), nullptr);
            m_active = false;
            return s;
        }
    }
    QString error;
    if (!execute(m_db, QStringLiteral("COMMIT"), &error)) {
        execute(m_db, QStringLiteral("ROLLBACK"), nullptr);
        m_active = false;
        return Status::failure(error);
    }
    m_active = false;
    return {};
}

} // namespace minutebook
