#include "ArchiveCopy.h"

#include "Migrations.h"
#include "PostgresSearch.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>

#include <future>
#include <vector>

namespace minutebook {

namespace {
struct Reference
{
    const char *column;
    const char *table;
};

struct TableInfo
{
    const char *name;
    bool hasId; ///< an `id` key the database numbers
    const char *naturalKey; ///< a unique column by which an appended row may already exist
    std::vector<Reference> references;
    /// Settings of the archive as a whole: a full copy replaces the target's, an appended copy
    /// keeps them.
    bool archiveWide = false;
};

// Every table of the archive, references first. A reference to the same table (a sub-item's
// parent, a deferred item's origin) is written in a second pass, so row order never matters.
const std::vector<TableInfo> &schema()
{
    static const std::vector<TableInfo> all = {
        {"bodies", true, "name", {}},
        {"persons", true, "name", {}},
        {"roster", false, nullptr, {{"body_id", "bodies"}, {"person_id", "persons"}}},
        {"meetings", true, nullptr, {{"body_id", "bodies"}, {"prepared_from_id", "meetings"}}},
        {"attendance", false, nullptr, {{"meeting_id", "meetings"}, {"person_id", "persons"}}},
        {"agenda_items", true, nullptr,
            {{"meeting_id", "meetings"}, {"parent_id", "agenda_items"},
                {"deferred_from_item_id", "agenda_items"}}},
        {"decisions", true, nullptr, {{"item_id", "agenda_items"}}},
        {"actions", true, nullptr, {{"item_id", "agenda_items"}, {"origin_action_id", "actions"}}},
        {"imports", true, "content_hash", {{"meeting_id", "meetings"}}},
        {"approvals", true, nullptr, {{"meeting_id", "meetings"}}},
        {"meeting_log", true, nullptr, {{"meeting_id", "meetings"}}},
        {"amendments", true, nullptr, {{"meeting_id", "meetings"}}},
        {"archive_settings", false, nullptr, {}, true},
    };
    return all;
}

// A value as the local file keeps it: the server hands dates, times and instants back typed.
QVariant canonical(const QVariant &v)
{
    if (v.isNull())
        return v;
    switch (v.typeId()) {
    case QMetaType::QDate:
        return sql::date(v.toDate());
    case QMetaType::QTime: {
        const QTime t = v.toTime();
        return t.second() != 0 ? QVariant(t.toString(QStringLiteral("HH:mm:ss"))) : sql::time(t);
    }
    case QMetaType::QDateTime:
        return sql::timestamp(v.toDateTime());
    default:
        return v;
    }
}

// A row as a JSON object for SqlDialect::insertFromJson: each value as the server reads it
// from text (a blob as bytea's hex form).
QJsonObject jsonRow(const QStringList &columns, const QVariantList &row)
{
    QJsonObject out;
    for (int c = 0; c < columns.size(); ++c) {
        const QVariant &v = row.at(c);
        QJsonValue value;
        if (v.isNull())
            value = QJsonValue::Null;
        else if (v.typeId() == QMetaType::QByteArray)
            value = QStringLiteral("\\x") + QString::fromLatin1(v.toByteArray().toHex());
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            value = v.toLongLong();
        else
            value = v.toString();
        out.insert(columns.at(c), value);
    }
    return out;
}

// A batch of rows as the JSON document insertFromJson reads; for an `indexed` table each row's
// last value holds its indexed columns' text, replaced by its search vectors here. Runs on a
// helper thread while the server writes the batch before it.
QByteArray encodeRows(const QStringList &columns, const std::vector<QVariantList> &rows,
    const Migrations::IndexedTable *indexed)
{
    QJsonArray json;
    for (QVariantList row : rows) {
        if (indexed) {
            const QStringList text = row.takeLast().toStringList();
            for (const QString &vector : PostgresSearch::vectors(*indexed, text))
                row << vector;
        }
        json.append(jsonRow(columns, row));
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

using IdMap = QHash<qint64, qint64>;

class Copier
{
public:
    Copier(const Database &from, const Database &to, const ArchiveCopy::Options &options)
        : m_from(from)
        , m_to(to)
        , m_options(options)
    { }

    Result<ArchiveCopy::Counts> run();

private:
    Status checkTables() const;
    Result<qint64> countRows() const;
    Status copyTable(const TableInfo &table);
    Status linkSelfReferences(const TableInfo &table);
    QVariant mapped(const char *table, const QVariant &id) const;

    const Database &m_from;
    const Database &m_to;
    const ArchiveCopy::Options &m_options;
    QHash<QString, IdMap> m_ids; // append: per table, source id → target id
    struct Pending
    {
        qint64 id;
        QVariantList references; // per self-reference, the source value
    };
    QHash<QString, std::vector<Pending>> m_selfReferences;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
};

Status Copier::checkTables() const
{
    QStringList known;
    for (const TableInfo &t : schema())
        known << QLatin1String(t.name);
    known.sort();
    for (const Database *db : {&m_from, &m_to}) {
        const Result<QStringList> present = db->dialect().tables(db->connection());
        if (!present)
            return present.status();
        QStringList sorted = present.value();
        sorted.sort();
        if (sorted != known)
            return Status::failure(ArchiveCopy::tr("%1 does not have the tables this program "
                                                   "copies (%2).")
                                       .arg(db->path(), sorted.join(QStringLiteral(", "))));
    }
    return {};
}

Result<qint64> Copier::countRows() const
{
    qint64 total = 0;
    QSqlQuery q(m_from.connection());
    for (const TableInfo &t : schema()) {
        if (Status s = sql::exec(
                q, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t.name)), {});
            !s)
            return s;
        total += q.next() ? q.value(0).toLongLong() : 0;
    }
    return total;
}

QVariant Copier::mapped(const char *table, const QVariant &id) const
{
    if (id.isNull() || !m_options.append)
        return id;
    const IdMap map = m_ids.value(QLatin1String(table));
    return map.value(id.toLongLong(), id.toLongLong());
}

Status Copier::copyTable(const TableInfo &table)
{
    const QString name = QLatin1String(table.name);
    QSqlQuery shape(m_to.connection());
    if (Status s = sql::exec(shape, QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(name), {});
        !s)
        return s;
    QStringList columns;
    const QSqlRecord record = shape.record();
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    // The server's search vectors are the target's own: written before the copy commits.
    for (const QString &vector : PostgresSearch::allVectorColumns())
        columns.removeAll(vector);
    const bool newIds = m_options.append && table.hasId;
    QStringList written = columns;
    if (newIds)
        written.removeAll(QStringLiteral("id"));
    QStringList selfColumns;
    for (const Reference &r : table.references) {
        if (qstrcmp(r.table, table.name) == 0)
            selfColumns << QLatin1String(r.column);
    }

    if (table.archiveWide && !m_options.append) {
        // The settings a program wrote when it first opened the empty target give way.
        QSqlQuery clear(m_to.connection());
        if (Status s = sql::exec(clear, QStringLiteral("DELETE FROM %1").arg(name), {}); !s)
            return s;
    }
    QSqlQuery read(m_from.connection());
    read.setForwardOnly(true);
    if (Status s = sql::exec(read,
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                .arg(columns.join(QStringLiteral(", ")), name,
                    table.hasId ? QStringLiteral("id") : columns.mid(0, 2).join(QLatin1Char(','))),
            {});
        !s)
        return s;
    // The server's search vectors of an indexed table are written with its rows (else the
    // commit would read every row back to write them; PostgresSearch).
    const Migrations::IndexedTable *indexed = nullptr;
    static const QVector<Migrations::IndexedTable> indexedTables = Migrations::indexedTables();
    if (!m_to.dialect().hasFts5()) {
        for (const Migrations::IndexedTable &t : indexedTables) {
            if (t.table == name)
                indexed = &t;
        }
    }
    QStringList tuple(int(written.size()), QStringLiteral("?"));
    QStringList target = written;
    if (indexed) {
        for (const QString &vector : PostgresSearch::vectorColumns(*indexed)) {
            target << vector;
            tuple << QStringLiteral("CAST(? AS tsvector)");
        }
    }
    // Rows keep their ids unless appended: many rows per statement, nothing read back. An
    // appended row's new id is read back, one row at a time.
    const bool batched = !m_options.append;
    // The server takes a batch as one JSON document (no placeholder per value).
    const QString fromJson = batched ? m_to.dialect().insertFromJson(name, target) : QString();
    const int rowsPerStatement = !batched ? 1
        : !fromJson.isEmpty()
        ? 2000
        : std::max(1, m_to.dialect().valuesPerStatement() / int(tuple.size()));
    const auto statementFor = [&](int rows) {
        QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                .arg(name, target.join(QStringLiteral(", ")))
            + QStringList(
                rows, QLatin1Char('(') + tuple.join(QStringLiteral(", ")) + QLatin1Char(')'))
                  .join(QStringLiteral(", "));
        if (m_options.append && !table.hasId)
            statement += QStringLiteral(" ON CONFLICT DO NOTHING"); // a roster row already there
        if (table.hasId && !batched)
            statement += QStringLiteral(" RETURNING id");
        return statement;
    };
    QSqlQuery insert(m_to.connection());
    if (!insert.prepare(fromJson.isEmpty() ? statementFor(rowsPerStatement) : fromJson))
        return Status::failure(Database::describe(insert));
    QVariantList values;
    // JSON batches: one is encoded on a helper thread while the one before is written.
    std::vector<QVariantList> jsonRows;
    std::future<QByteArray> encoding;
    const auto sendEncoded = [&]() -> Status {
        if (!encoding.valid())
            return {};
        insert.bindValue(0, QString::fromUtf8(encoding.get()));
        return sql::exec(insert);
    };
    int rows = 0;
    const auto flush = [&]() -> Status {
        if (rows == 0)
            return {};
        if (!fromJson.isEmpty()) {
            std::future<QByteArray> next
                = std::async(std::launch::async, encodeRows, target, std::move(jsonRows), indexed);
            jsonRows = {};
            rows = 0;
            const Status sent = sendEncoded();
            encoding = std::move(next);
            return sent;
        }
        QSqlQuery last(m_to.connection());
        QSqlQuery &q = rows == rowsPerStatement ? insert : last;
        if (&q == &last && !last.prepare(statementFor(rows)))
            return Status::failure(Database::describe(last));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        values.clear();
        rows = 0;
        return sql::exec(q);
    };
    QSqlQuery existing(m_to.connection());
    if (m_options.append && table.naturalKey
        && !existing.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                                 .arg(name, QLatin1String(table.naturalKey))))
        return Status::failure(Database::describe(existing));

    IdMap &ids = m_ids[name];
    while (read.next()) {
        const qint64 sourceId = table.hasId ? read.value(0).toLongLong() : 0;
        if (m_options.append && table.naturalKey) {
            existing.bindValue(0, read.value(columns.indexOf(QLatin1String(table.naturalKey))));
            if (Status s = sql::exec(existing); !s)
                return s;
            if (existing.next()) {
                ids.insert(sourceId, existing.value(0).toLongLong());
                existing.finish();
                ++m_done;
                continue;
            }
            existing.finish();
        }
        Pending pending {sourceId, {}};
        QVariantList row;
        for (int c = 0; c < columns.size(); ++c) {
            const QString &column = columns.at(c);
            if (newIds && column == QLatin1String("id"))
                continue;
            QVariant value = canonical(read.value(c));
            if (selfColumns.contains(column)) {
                // Rows go in by id: with ids kept, a row written before (a parent item, the
                // item an item was deferred from) is there already; others are linked after.
                if (batched && !value.isNull() && value.toLongLong() < sourceId) {
                    pending.references << QVariant(QMetaType(QMetaType::LongLong));
                } else {
                    pending.references << value;
                    value = QVariant(QMetaType(QMetaType::LongLong)); // linked in the second pass
                }
            } else {
                for (const Reference &r : table.references) {
                    if (column == QLatin1String(r.column))
                        value = mapped(r.table, value);
                }
            }
            row << sql::value(value);
        }
        if (indexed) {
            QStringList text;
            for (const QString &column : indexed->columns)
                text << read.value(int(columns.indexOf(column))).toString();
            if (!fromJson.isEmpty()) {
                row << text; // the vectors are made with the batch's JSON
            } else {
                for (const QString &vector : PostgresSearch::vectors(*indexed, text))
                    row << vector;
            }
        }
        if (fromJson.isEmpty())
            values << row;
        else
            jsonRows.push_back(std::move(row));
        ++rows;
        if (batched) {
            if (table.hasId)
                ids.insert(sourceId, sourceId);
            if (rows == rowsPerStatement) {
                if (Status s = flush(); !s)
                    return s;
            }
        } else {
            if (Status s = flush(); !s)
                return s;
            if (table.hasId) {
                if (!insert.next())
                    return Status::failure(Database::describe(insert));
                pending.id = insert.value(0).toLongLong();
                insert.finish();
                ids.insert(sourceId, pending.id);
            }
        }
        if (!selfColumns.isEmpty())
            m_selfReferences[name].push_back(pending);
        ++m_done;
        if (m_options.progress && m_done % 500 == 0 && !m_options.progress(m_done, m_total, name)) {
            m_cancelled = true;
            return Status::failure(ArchiveCopy::tr("Copying was cancelled; nothing was written."));
        }
    }
    if (Status s = flush(); !s)
        return s;
    if (Status s = sendEncoded(); !s)
        return s;
    return linkSelfReferences(table);
}

Status Copier::linkSelfReferences(const TableInfo &table)
{
    const QString name = QLatin1String(table.name);
    QStringList selfColumns;
    for (const Reference &r : table.references) {
        if (qstrcmp(r.table, table.name) == 0)
            selfColumns << QLatin1String(r.column);
    }
    if (selfColumns.isEmpty())
        return {};
    // Many rows per statement: each row's id and references as one SELECT of a UNION ALL.
    QStringList sets;
    QStringList first {QStringLiteral("CAST(? AS BIGINT) AS id")};
    QStringList next {QStringLiteral("?")};
    for (int c = 0; c < selfColumns.size(); ++c) {
        sets << QStringLiteral("%1 = v.c%2").arg(selfColumns.at(c)).arg(c);
        first << QStringLiteral("CAST(? AS BIGINT) AS c%1").arg(c);
        next << QStringLiteral("?");
    }
    const int perRow = int(selfColumns.size()) + 1;
    const int rowsPerStatement = std::max(1, m_to.dialect().valuesPerStatement() / perRow);
    const auto statementFor = [&](int rows) {
        QStringList selects {QStringLiteral("SELECT ") + first.join(QStringLiteral(", "))};
        for (int r = 1; r < rows; ++r)
            selects << QStringLiteral("SELECT ") + next.join(QStringLiteral(", "));
        return QStringLiteral("UPDATE %1 SET %2 FROM (%3) AS v WHERE %1.id = v.id")
            .arg(
                name, sets.join(QStringLiteral(", ")), selects.join(QStringLiteral(" UNION ALL ")));
    };
    QVariantList values;
    int rows = 0;
    const auto flush = [&]() -> Status {
        if (rows == 0)
            return {};
        QSqlQuery update(m_to.connection());
        if (!update.prepare(statementFor(rows)))
            return Status::failure(Database::describe(update));
        for (int i = 0; i < values.size(); ++i)
            update.bindValue(i, values.at(i));
        values.clear();
        rows = 0;
        return sql::exec(update);
    };
    for (const Pending &p : m_selfReferences.value(name)) {
        bool any = false;
        for (const QVariant &ref : p.references)
            any = any || !ref.isNull();
        if (!any)
            continue;
        values << p.id;
        for (const QVariant &ref : p.references)
            values << sql::value(ref.isNull() ? ref : mapped(table.name, ref));
        if (++rows == rowsPerStatement) {
            if (Status s = flush(); !s)
                return s;
        }
    }
    return flush();
}

Result<ArchiveCopy::Counts> Copier::run()
{
    if (Status s = checkTables(); !s)
        return s;
    QSqlQuery q(m_to.connection());
    if (Status s = sql::exec(q, QStringLiteral("SELECT count(*) FROM meetings"), {}); !s)
        return s;
    const qint64 targetMeetings = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (targetMeetings > 0 && !m_options.append)
        return Status::failure(ArchiveCopy::tr("%1 already holds %n meeting(s). Copy into an "
                                               "empty archive, or add with --append.",
            nullptr, int(targetMeetings))
                                   .arg(m_to.path()));
    // One snapshot of the source, however long the copy takes.
    QSqlQuery begin(m_from.connection());
    if (!begin.exec(m_from.dialect().beginRead()))
        return Status::failure(Database::describe(begin));
    auto endRead = qScopeGuard([&] { (void)begin.exec(QStringLiteral("ROLLBACK")); });
    const Result<qint64> total = countRows();
    if (!total)
        return total.status();
    m_total = total.value();
    if (m_options.progress && !m_options.progress(0, m_total, QString()))
        return Status::failure(ArchiveCopy::tr("Copying was cancelled; nothing was written."));
    return Transaction::run(m_to.connection(), [&]() -> Result<ArchiveCopy::Counts> {
        // Into an empty archive on the server, the search indexes are built once at the end
        // (much faster than row by row); the copy's transaction holds the tables meanwhile.
        const bool rebuildIndexes = !m_to.dialect().hasFts5() && !m_options.append;
        if (rebuildIndexes) {
            if (Status s = PostgresSearch::dropIndexes(m_to.connection()); !s)
                return s;
        }
        QStringList withIds;
        for (const TableInfo &t : schema()) {
            if (Status s = copyTable(t); !s)
                return s;
            if (t.hasId)
                withIds << QLatin1String(t.name);
        }
        if (rebuildIndexes) {
            if (Status s = PostgresSearch::createIndexes(m_to.connection()); !s)
                return s;
        }
        if (Status s = m_to.dialect().moveIdentitiesOn(m_to.connection(), withIds); !s)
            return s;
        if (m_options.progress && !m_options.progress(m_done, m_total, QString()))
            return Status::failure(ArchiveCopy::tr("Copying was cancelled; nothing was written."));
        ArchiveCopy::Counts counts;
        counts.rows = m_done;
        counts.meetings = m_ids.value(QStringLiteral("meetings")).size();
        return counts;
    });
}
} // namespace

QStringList ArchiveCopy::tables()
{
    QStringList out;
    for (const TableInfo &t : schema())
        out << QLatin1String(t.name);
    return out;
}

Result<ArchiveCopy::Counts> ArchiveCopy::copy(
    const Database &from, const Database &to, const Options &options)
{
    if (&from == &to || from.path() == to.path())
        return Status::failure(tr("The source and the target are the same archive."));
    return Copier(from, to, options).run();
}

} // namespace minutebook
