#pragma once

// Helpers for storage tests: temporary databases, raw SQL on a second connection, file hashes
// to prove a file was not modified.

#include "Database.h"
#include "Meeting.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

namespace minutebook::test {

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline std::unique_ptr<Database> openOrFail(
    const QString &path, const Database::Options &options = {})
{
    auto db = Database::open(path, options);
    EXPECT_TRUE(db.ok()) << db.error().toStdString();
    return db.ok() ? std::move(db.value()) : nullptr;
}

inline std::unique_ptr<Database> memoryDb()
{
    auto db = Database::openInMemory();
    EXPECT_TRUE(db.ok()) << db.error().toStdString();
    return db.ok() ? std::move(db.value()) : nullptr;
}

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

inline Meeting smallMeeting(const QString &itemTitle = QStringLiteral("Budget 2025"))
{
    Meeting m;
    m.body.name = QStringLiteral("Ledningsgrupp HSS");
    m.body.shortName = QStringLiteral("LG");
    m.title = QStringLiteral("Mötesanteckningar");
    m.date = QDate(2024, 2, 6);
    m.start = QTime(12, 0);
    m.end = QTime(16, 0);
    m.place = QStringLiteral("Jupiter");
    m.minuteTaker = QStringLiteral("Maria Boman Hansson");
    Attendance a;
    a.person.name = QStringLiteral("Lila Ericsson");
    a.person.initials = QStringLiteral("LE");
    a.groupLabel = QStringLiteral("LG");
    m.attendees = {a};
    AgendaItem item;
    item.title = itemTitle;
    item.body = QStringLiteral("Förvaltningen går igenom förslaget.");
    m.items = {item};
    return m;
}

} // namespace minutebook::test
