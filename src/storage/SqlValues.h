#pragma once

// Conversions between core values and the column types of the schema, in one place, so every
// repository stores dates, times and ids the same way (ISO text, NULL for "none").

#include "Records.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTime>
#include <QVariant>

#include <limits>

struct sqlite3;

namespace minutebook::sql {

/// The SQLite connection behind a QSQLITE connection (for SQLite's own C API: the search
/// tokenizer, backups); nullptr for another driver.
sqlite3 *handle(const QSqlDatabase &db);

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

inline QVariant time(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm")))
                       : QVariant(QMetaType(QMetaType::QString));
}

/// A LIMIT value: a negative limit (none) becomes the largest integer, which both backends
/// take (PostgreSQL refuses SQLite's -1).
inline QVariant limit(qint64 value)
{
    return value < 0 ? QVariant(std::numeric_limits<qint64>::max()) : QVariant(value);
}

inline QVariant id(qint64 value)
{
    return value != 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

// Read back: SQLite gives the ISO text, the server a QDate, QTime or QDateTime.
inline QDate toDate(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString(), Qt::ISODate);
}
inline QTime toTime(const QVariant &v)
{
    if (v.typeId() == QMetaType::QTime)
        return v.toTime();
    return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}
/// An instant (the schema's {timestamp}), in UTC.
inline QDateTime toDateTime(const QVariant &v)
{
    const QDateTime dt = v.typeId() == QMetaType::QDateTime
        ? v.toDateTime()
        : QDateTime::fromString(v.toString(), Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : dt;
}
/// The text an instant is written as (ISO 8601 in UTC, whole seconds).
inline QVariant timestamp(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toUTC().toString(Qt::ISODate))
                        : QVariant(QMetaType(QMetaType::QString));
}

/// Qt binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT '', so text is
/// bound through this (dates and ids use the helpers above, which mean NULL).
QVariant value(const QVariant &v);

/// Reads columns 0–6 (meeting id, item id, body name, body short name, meeting date, item
/// number, item title), the common head of the register and search queries.
void readItemPlace(const QSqlQuery &query, ItemPlace &place);

/// " AND (b.name = ? OR b.short_name = ?)" with its values, for a body given by name or short
/// name in a query that joins `bodies` as `b`; empty when `body` is empty.
QString bodyCondition(const QString &body, QVariantList *values);

/// Binds `values` to the positional placeholders of a prepared query.
void bind(QSqlQuery &query, std::initializer_list<QVariant> values);

/// Inserts one row into `table` (INSERT … RETURNING id, which needs no rights on the server's
/// sequences) and returns its id. With `id` 0 the database numbers the row; another id is kept
/// (undo puts rows back with the ids they had).
Result<qint64> insertRow(const QSqlDatabase &db, const QString &table, const QStringList &columns,
    const QVariantList &values, qint64 id = 0);

/// Executes a prepared query; on failure, a user-readable message.
Status exec(QSqlQuery &query);
/// Prepares and executes `sql` with positional values.
Status exec(QSqlQuery &query, const QString &statement, const QVariantList &values);

} // namespace minutebook::sql
