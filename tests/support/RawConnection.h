#pragma once

// A second, plain Qt SQL connection to a database file, for fixtures the program would never
// write and for looking behind its back (needs Qt6::Sql and minutebook_storage: the connection
// has the search tokenizer, as every connection of the program does).

#include "SearchTokenizer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <gtest/gtest.h>

namespace minutebook::test {

/// A raw connection to a database file, for preparing fixtures the program would never write.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        EXPECT_TRUE(SearchTokenizer::registerOn(db).ok());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return ok;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
};

/// Changes agenda items behind the search index's back, as a damaged file would: the index's
/// update trigger dropped, `update` run, the trigger put back (SQLite's own integrity-check then
/// calls the index malformed).
inline void changeBehindTheSearchIndex(const QString &path, const QString &update)
{
    RawConnection raw(path);
    const QString trigger
        = raw.value(
                 QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'agenda_items_fts_au'"))
              .toString();
    ASSERT_FALSE(trigger.isEmpty());
    raw.exec(QStringLiteral("DROP TRIGGER agenda_items_fts_au"));
    raw.exec(update);
    raw.exec(trigger);
}

/// A meeting with one item titled `itemTitle`, written with the SQL of schema version 1, for a
/// database left at an older version (the repositories write the latest schema).
inline bool insertVersion1Meeting(const QString &path, const QString &itemTitle)
{
    RawConnection raw(path);
    QSqlQuery q(raw.db());
    bool ok = q.exec(QStringLiteral("INSERT INTO bodies (id, name, short_name) "
                                    "VALUES (1, 'Ledningsgrupp HSS', 'LG')"))
        && q.exec(QStringLiteral("INSERT INTO meetings (id, body_id, title, meeting_date) "
                                 "VALUES (1, 1, 'Mötesanteckningar', '2024-02-06')"));
    ok = ok
        && q.prepare(
            QStringLiteral("INSERT INTO agenda_items (meeting_id, position, number, title) "
                           "VALUES (1, 0, '1', ?)"));
    q.addBindValue(itemTitle);
    ok = ok && q.exec();
    EXPECT_TRUE(ok) << q.lastError().text().toStdString();
    return ok;
}

} // namespace minutebook::test
