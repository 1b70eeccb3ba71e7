#include "SqlValues.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>

namespace minutebook::sql {

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.data());
}

QVariant value(const QVariant &v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return v;
}

void bind(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        query.bindValue(i++, value(v));
}

void readItemPlace(const QSqlQuery &query, ItemPlace &place)
{
    place.meetingId = query.value(0).toLongLong();
    place.itemId = query.value(1).toLongLong();
    place.bodyName = query.value(2).toString();
    place.bodyShortName = query.value(3).toString();
    place.date = toDate(query.value(4));
    place.itemNumber = query.value(5).toString();
    place.itemTitle = query.value(6).toString();
}

QString bodyCondition(const QString &body, QVariantList *values)
{
    if (body.isEmpty())
        return {};
    *values << body << body;
    return QStringLiteral(" AND (b.name = ? OR b.short_name = ?)");
}

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return Status::failure(Database::describe(query.lastError()));
    return {};
}

Status exec(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement))
        return Status::failure(Database::describe(query.lastError()));
    for (const QVariant &value : values)
        query.addBindValue(sql::value(value));
    return exec(query);
}

} // namespace minutebook::sql
