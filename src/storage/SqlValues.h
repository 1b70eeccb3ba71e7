#pragma once

// Conversions between core values and the column types of the schema, in one place, so every
// repository stores dates, times and ids the same way (ISO text, NULL for "none").

#include "Records.h"
#include "Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTime>
#include <QVariant>

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

inline QVariant id(qint64 value)
{
    return value != 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDate toDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
inline QTime toTime(const QVariant &v)
{
    return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
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

/// Executes a prepared query; on failure, a user-readable message.
Status exec(QSqlQuery &query);
/// Prepares and executes `sql` with positional values.
Status exec(QSqlQuery &query, const QString &statement, const QVariantList &values);

} // namespace minutebook::sql
