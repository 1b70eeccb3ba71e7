#pragma once

// Persons by name: found or created as minutes mention them. Remembers ids it has seen, so bulk
// writers do not look the same name up a million times; forget() after a rollback.

#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

#include <memory>

class QSqlQuery;

namespace minutebook {

class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::PersonRepository)

public:
    explicit PersonRepository(const Database &database);
    ~PersonRepository();
    PersonRepository(const PersonRepository &) = delete;
    PersonRepository &operator=(const PersonRepository &) = delete;

    Result<QVector<Person>> list() const;
    /// The person with that name (ignoring case and surrounding space); id 0 when none.
    Result<Person> find(const QString &name) const;
    /// Fills in person.id, inserting the person when the name is new. Inside the caller's
    /// transaction.
    Status ensureInTransaction(Person &person);
    /// Sets the e-mail addresses of persons (id, address; "" removes one) in one transaction;
    /// an address that does not look like one is refused, and then none is written.
    Status setEmails(const QVector<QPair<qint64, QString>> &addresses);
    /// Forget cached ids (after a rolled-back transaction they may not exist).
    void forget() { m_ids.clear(); }

private:
    const Database &m_database;
    std::unique_ptr<QSqlQuery> m_find;
    std::unique_ptr<QSqlQuery> m_insert;
    QHash<QString, qint64> m_ids;
};

} // namespace minutebook
