#include "BodyRepository.h"

#include "PersonRepository.h"
#include "SqlValues.h"
#include "Transaction.h"

namespace minutebook {

BodyRepository::BodyRepository(const Database &database)
    : m_database(database)
{ }

Result<QVector<Body>> BodyRepository::list() const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT id, name, short_name, organisation "
                           "FROM bodies ORDER BY name"),
            {});
        !s)
        return s;
    QVector<Body> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString()});
    return out;
}

Result<Body> BodyRepository::find(const QString &nameOrShortName) const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT id, name, short_name, organisation FROM bodies "
                           "WHERE name = ? OR short_name = ? ORDER BY id LIMIT 1"),
            {nameOrShortName, nameOrShortName});
        !s)
        return s;
    if (!q.next())
        return Result<Body>::failure(tr("There is no body called “%1”.").arg(nameOrShortName));
    return Body {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString()};
}

Status BodyRepository::ensure(Body &body)
{
    return Transaction::run(m_database.connection(), [&] { return ensureInTransaction(body); });
}

Status BodyRepository::ensureInTransaction(Body &body)
{
    if (body.name.trimmed().isEmpty())
        return Status::failure(tr("A body needs a name."));
    QSqlQuery q(m_database.connection());
    const auto find = [&]() -> Result<bool> {
        if (Status s
            = sql::exec(q, QStringLiteral("SELECT id FROM bodies WHERE name = ?"), {body.name});
            !s)
            return s;
        if (!q.next())
            return false;
        body.id = q.value(0).toLongLong();
        return true;
    };
    const Result<bool> found = find();
    if (!found || found.value())
        return found.status();
    // DO NOTHING: another program may add the same body at this moment (a server does not make
    // writers wait for each other as SQLite's write lock does); then its row is the one.
    if (Status s = sql::exec(q,
            QStringLiteral("INSERT INTO bodies (name, short_name, organisation) "
                           "VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING id"),
            {body.name, body.shortName.isEmpty() ? body.name : body.shortName, body.organisation});
        !s)
        return s;
    if (q.next()) {
        body.id = q.value(0).toLongLong();
        return {};
    }
    const Result<bool> added = find();
    if (added && !added.value())
        return Status::failure(tr("The body “%1” could not be saved; try again.").arg(body.name));
    return added.status();
}

Result<QVector<RosterEntry>> BodyRepository::roster(qint64 bodyId) const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT p.id, p.name, p.initials, p.title, r.group_label, p.email "
                           "FROM roster r JOIN persons p ON p.id = r.person_id "
                           "WHERE r.body_id = ? ORDER BY r.position, p.name"),
            {bodyId});
        !s)
        return s;
    QVector<RosterEntry> out;
    while (q.next()) {
        RosterEntry e;
        e.person = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(5).toString()};
        e.groupLabel = q.value(4).toString();
        out.append(e);
    }
    return out;
}

Status BodyRepository::setRoster(qint64 bodyId, QVector<RosterEntry> &roster)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        PersonRepository persons(m_database);
        QSqlQuery q(m_database.connection());
        if (Status s
            = sql::exec(q, QStringLiteral("DELETE FROM roster WHERE body_id = ?"), {bodyId});
            !s)
            return s;
        for (int i = 0; i < roster.size(); ++i) {
            Person &p = roster[i].person;
            if (Status s = persons.ensureInTransaction(p); !s)
                return s;
            if (Status s = sql::exec(q,
                    QStringLiteral("INSERT INTO roster (body_id, person_id, "
                                   "group_label, position) VALUES (?, ?, ?, ?)"),
                    {bodyId, p.id, roster.at(i).groupLabel, i});
                !s)
                return s;
        }
        return {};
    });
}

Status BodyRepository::addToRoster(qint64 bodyId, RosterEntry &entry)
{
    const QString name = entry.person.name.simplified();
    if (name.isEmpty())
        return Status::failure(tr("A person needs a name."));
    return Transaction::run(m_database.connection(), [&]() -> Status {
        QSqlQuery q(m_database.connection());
        if (Status s = sql::exec(q,
                QStringLiteral("SELECT p.name FROM roster r JOIN persons p ON p.id = r.person_id "
                               "WHERE r.body_id = ?"),
                {bodyId});
            !s)
            return s;
        while (q.next()) {
            if (q.value(0).toString().simplified().compare(name, Qt::CaseInsensitive) == 0)
                return Status::failure(
                    tr("%1 is already on the roster.").arg(q.value(0).toString()));
        }
        PersonRepository persons(m_database);
        if (entry.person.id == 0) {
            const Result<Person> known = persons.find(name);
            if (!known)
                return known.status();
            if (known->id != 0)
                entry.person = known.value();
        }
        entry.person.name = entry.person.id == 0 ? name : entry.person.name;
        if (Status s = persons.ensureInTransaction(entry.person); !s)
            return s;
        return sql::exec(q,
            QStringLiteral("INSERT INTO roster (body_id, person_id, group_label, position) "
                           "VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 "
                           "FROM roster WHERE body_id = ?))"),
            {bodyId, entry.person.id, entry.groupLabel, bodyId});
    });
}

Status BodyRepository::removeFromRoster(qint64 bodyId, qint64 personId)
{
    return Transaction::run(m_database.connection(), [&]() -> Status {
        QSqlQuery q(m_database.connection());
        return sql::exec(q,
            QStringLiteral("DELETE FROM roster WHERE body_id = ? AND person_id = ?"),
            {bodyId, personId});
    });
}

} // namespace minutebook
