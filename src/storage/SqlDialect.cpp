#include "SqlDialect.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace minutebook {

namespace {
const SqliteDialect sqlite;
const PostgresDialect postgres;
} // namespace

const SqlDialect *SqlDialect::forDriver(const QString &driverName)
{
    for (const SqlDialect *d :
        {static_cast<const SqlDialect *>(&sqlite), static_cast<const SqlDialect *>(&postgres)}) {
        if (d->driver() == driverName)
            return d;
    }
    return nullptr;
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    return of(db.driver());
}

const SqlDialect &SqlDialect::of(const QSqlDriver *driver)
{
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return postgres;
    return sqlite;
}

Status SqlDialect::exec(QSqlQuery &query, const QString &statement)
{
    if (!query.exec(statement))
        return Status::failure(StorageError::describe(query));
    return {};
}

} // namespace minutebook
