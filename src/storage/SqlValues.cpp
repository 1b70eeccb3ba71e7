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

Result<qint64> insertRow(const QSqlDatabase &db, const QString &table, const QStringList &columns,
    const QVariantList &values, qint64 id)
{
    QStringList names = columns;
    QVariantList bound = values;
    if (id != 0) {
        names.prepend(QStringLiteral("id"));
        bound.prepend(id);
    }
    QSqlQuery q(db);
    if (Status s = exec(q,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                .arg(table, names.join(QStringLiteral(", ")),
                    QStringList(int(names.size()), QStringLiteral("?")).join(QStringLiteral(", "))),
            bound);
        !s)
        return s;
    if (!q.next())
        return Status::failure(Database::describe(q));
    return q.value(0).toLongLong();
}

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return Status::failure(Database::describe(query));
    return {};
}

Status exec(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement))
        return Status::failure(Database::describe(query));
    for (const QVariant &value : values)
        query.addBindValue(sql::value(value));
    return exec(query);
}

} // namespace minutebook::sql
