#include "StatementCache.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace minutebook {

StatementCache::StatementCache(QString connectionName)
    : m_connectionName(std::move(connectionName))
    , m_self(std::make_shared<StatementCache *>(this))
{ }

StatementCache::~StatementCache()
{
    m_self.reset();
    clear();
}

StatementCache::Lease::Lease(
    std::weak_ptr<StatementCache *> owner, QString statement, std::unique_ptr<QSqlQuery> query)
    : m_owner(std::move(owner))
    , m_statement(std::move(statement))
    , m_query(std::move(query))
{ }

StatementCache::Lease::Lease(Lease &&other) noexcept = default;

StatementCache::Lease &StatementCache::Lease::operator=(Lease &&other) noexcept
{
    if (this != &other) {
        giveBack();
        m_owner = std::move(other.m_owner);
        m_statement = std::move(other.m_statement);
        m_query = std::move(other.m_query);
    }
    return *this;
}

StatementCache::Lease::~Lease()
{
    giveBack();
}

void StatementCache::Lease::giveBack()
{
    if (!m_query)
        return;
    // Reset: a result left open would hold the file's read snapshot, or keep the rest of a
    // server's rows waiting on the connection.
    m_query->finish();
    if (const std::shared_ptr<StatementCache *> owner = m_owner.lock())
        (*owner)->keep(m_statement, std::move(m_query));
    m_query.reset();
}

Result<StatementCache::Lease> StatementCache::run(
    const QString &statement, const QVariantList &values)
{
    std::unique_ptr<QSqlQuery> query;
    if (auto idle = m_idle.find(statement); idle != m_idle.end()) {
        query = std::move(idle->second);
        m_idle.erase(idle);
        ++m_reused;
    } else {
        query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        query->setForwardOnly(true);
        if (!query->prepare(statement))
            return Status::failure(Database::describe(*query));
        ++m_prepared;
    }
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, sql::value(values.at(i)));
    if (!query->exec()) {
        // Not kept: after a lost connection or a changed schema it may not be valid any more.
        return Status::failure(Database::describe(*query));
    }
    return Lease(m_self, statement, std::move(query));
}

void StatementCache::keep(const QString &statement, std::unique_ptr<QSqlQuery> query)
{
    if (m_idle.count(statement) != 0)
        return; // the same statement lent out twice: one is enough
    if (int(m_idle.size()) >= capacity)
        m_idle.clear();
    m_idle.emplace(statement, std::move(query));
}

void StatementCache::clear()
{
    m_idle.clear();
}

} // namespace minutebook
