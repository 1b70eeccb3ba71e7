#include "PersonRepository.h"

#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace minutebook {

PersonRepository::PersonRepository(const Database &database)
    : m_database(database)
{ }

PersonRepository::~PersonRepository() = default;

Result<QVector<Person>> PersonRepository::list() const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT id, name, initials, title, email FROM persons ORDER BY name"),
            {});
        !s)
        return s;
    QVector<Person> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString()});
    return out;
}

Status PersonRepository::ensureInTransaction(Person &person)
{
    if (person.id != 0)
        return {};
    const QString name = person.name.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("A person needs a name."));
    if (const auto it = m_ids.constFind(name); it != m_ids.constEnd()) {
        person.id = it.value();
        return {};
    }
    if (!m_find) {
        m_find = std::make_unique<QSqlQuery>(m_database.connection());
        m_find->prepare(QStringLiteral("SELECT id FROM persons WHERE name = ?"));
        m_insert = std::make_unique<QSqlQuery>(m_database.connection());
        // DO NOTHING: another program may add the same person at this moment (a server does
        // not make writers wait for each other as SQLite's write lock does); then its row is
        // the one.
        m_insert->prepare(QStringLiteral("INSERT INTO persons (name, initials, title) "
                                         "VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING "
                                         "RETURNING id"));
    }
    const auto find = [&]() -> Result<bool> {
        m_find->bindValue(0, name);
        if (Status s = sql::exec(*m_find); !s)
            return s;
        const bool found = m_find->next();
        if (found)
            person.id = m_find->value(0).toLongLong();
        m_find->finish();
        return found;
    };
    Result<bool> found = find();
    if (!found)
        return found.status();
    if (!found.value()) {
        sql::bind(*m_insert, {name, person.initials, person.title});
        if (Status s = sql::exec(*m_insert); !s)
            return s;
        const bool inserted = m_insert->next();
        if (inserted)
            person.id = m_insert->value(0).toLongLong();
        m_insert->finish();
        if (!inserted) {
            found = find();
            if (!found)
                return found.status();
            if (!found.value())
                return Status::failure(
                    tr("The person “%1” could not be saved; try again.").arg(name));
        }
    }
    m_ids.insert(name, person.id);
    return {};
}

Result<Person> PersonRepository::find(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    // lower() folds ASCII only in SQLite; compare folded in C++ for å, ä, ö.
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT id, name, initials, title, email FROM persons ORDER BY id"), {});
        !s)
        return s;
    const QString wanted = name.simplified();
    while (q.next()) {
        if (q.value(1).toString().simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            return Person {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString()};
    }
    return Person {};
}

Status PersonRepository::setEmails(const QVector<QPair<qint64, QString>> &addresses)
{
    for (const auto &[id, address] : addresses) {
        if (!Person::isEmailAddress(address.trimmed()))
            return Status::failure(tr("“%1” is not an e-mail address.").arg(address.trimmed()));
    }
    return Transaction::run(m_database.connection(), [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("UPDATE persons SET email = ? WHERE id = ?"));
        for (const auto &[id, address] : addresses) {
            q.bindValue(0, address.trimmed());
            q.bindValue(1, id);
            if (Status s = sql::exec(q); !s)
                return s;
            if (q.numRowsAffected() == 0)
                return Status::failure(tr("There is no person with id %1.").arg(id));
        }
        return Status();
    });
}

} // namespace minutebook
