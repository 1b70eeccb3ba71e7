#include "Migrations.h"

#include "SearchTokenizer.h"

#include <QVector>

namespace minutebook {

namespace {
QStringList sql(std::initializer_list<const char *> statements)
{
    QStringList out;
    for (const char *s : statements)
        out.append(QString::fromUtf8(s));
    return out;
}

// Version 1: the domain tables. The type words in braces are the dialect's (SqlDialect::render):
// in SQLite dates are ISO 8601 text (YYYY-MM-DD) and times HH:MM, so they sort and compare as
// text; on the server they are DATE and TIME.
QStringList version1()
{
    return sql({
        R"(CREATE TABLE bodies (
            id {id},
            name TEXT NOT NULL UNIQUE,
            short_name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT ''))",
        R"(CREATE TABLE persons (
            id {id},
            name TEXT NOT NULL UNIQUE,
            initials TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT ''))",
        R"(CREATE TABLE roster (
            body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
            group_label TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (body_id, person_id)))",
        R"(CREATE INDEX roster_person ON roster(person_id))",
        R"(CREATE TABLE meetings (
            id {id},
            body_id INTEGER NOT NULL REFERENCES bodies(id),
            title TEXT NOT NULL DEFAULT '',
            meeting_date {date} NOT NULL,
            start_time {time},
            end_time {time},
            place TEXT NOT NULL DEFAULT '',
            minute_taker TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
            notes TEXT NOT NULL DEFAULT ''))",
        R"(CREATE INDEX meetings_date ON meetings(meeting_date, id))",
        R"(CREATE INDEX meetings_body_date ON meetings(body_id, meeting_date, id))",
        R"(CREATE TABLE attendance (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES persons(id),
            group_label TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'guest')),
            note TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (meeting_id, person_id)))",
        R"(CREATE INDEX attendance_person ON attendance(person_id))",
        R"(CREATE TABLE agenda_items (
            id {id},
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES agenda_items(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            presenter TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            deferred_to {date},
            deferred_from_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL))",
        R"(CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, parent_id, position))",
        R"(CREATE INDEX agenda_items_parent ON agenda_items(parent_id))",
        R"(CREATE INDEX agenda_items_deferred_from ON agenda_items(deferred_from_item_id))",
        R"(CREATE TABLE decisions (
            id {id},
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            text TEXT NOT NULL))",
        R"(CREATE INDEX decisions_item ON decisions(item_id, number))",
        R"(CREATE TABLE actions (
            id {id},
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            assignee TEXT NOT NULL DEFAULT '',
            due_date {date},
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
            origin_action_id INTEGER REFERENCES actions(id) ON DELETE SET NULL))",
        R"(CREATE INDEX actions_item ON actions(item_id, position))",
        R"(CREATE INDEX actions_status ON actions(status, due_date))",
        R"(CREATE INDEX actions_origin ON actions(origin_action_id))",
    });
}

// Version 2: the full-text index. One FTS5 table per searchable table, each with that table as
// external content (FTS5 keeps only the index; snippets read the text from the table itself),
// kept in step by triggers. unicode61 without diacritic removal: å, ä and ö are letters of
// their own in Swedish ("får" is not "far"); case is folded.
struct FtsSource
{
    const char *fts;
    const char *table;
    QStringList columns;
};

QVector<FtsSource> ftsSources()
{
    auto cols = [](const char *list) {
        return QString::fromLatin1(list).split(QLatin1Char(','));
    };
    return {
        {"meetings_fts", "meetings", cols("title,notes,minute_taker")},
        {"agenda_items_fts", "agenda_items", cols("title,body,presenter,responsible")},
        {"decisions_fts", "decisions", cols("text")},
        {"actions_fts", "actions", cols("text,assignee")},
    };
}

// The FTS5 tables, their triggers and (when `rebuild`) the indexing of what the tables hold.
QStringList searchIndex(const QString &tokenize, bool rebuild)
{
    QStringList out;
    for (const FtsSource &src : ftsSources()) {
        const QString fts = QLatin1String(src.fts);
        const QString table = QLatin1String(src.table);
        const QString columns = src.columns.join(QStringLiteral(", "));
        QStringList oldValues;
        QStringList newValues;
        for (const QString &c : src.columns) {
            oldValues << QStringLiteral("old.") + c;
            newValues << QStringLiteral("new.") + c;
        }
        const QString insertNew = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (new.id, %3);")
                                      .arg(fts, columns, newValues.join(QStringLiteral(", ")));
        const QString deleteOld
            = QStringLiteral("INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', old.id, %3);")
                  .arg(fts, columns, oldValues.join(QStringLiteral(", ")));
        out << QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content = '%3', "
                              "content_rowid = 'id', tokenize = '%4')")
                   .arg(fts, columns, table, tokenize);
        out << QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN %3 END")
                   .arg(fts, table, insertNew);
        out << QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN %3 END")
                   .arg(fts, table, deleteOld);
        out << QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF %2 ON %3 BEGIN %4 %5 END")
                   .arg(fts, columns, table, deleteOld, insertNew);
        // Index what an older database already holds.
        if (rebuild)
            out << QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(fts);
    }
    return out;
}

QStringList version2()
{
    return searchIndex(QStringLiteral("unicode61 remove_diacritics 0"), true);
}

// Version 3: where imported meetings came from. The content hash lets an import of the same
// file be recognised; deleting the meeting forgets the import, so the file can come in again.
QStringList version3()
{
    return sql({
        R"(CREATE TABLE imports (
            id {id},
            content_hash TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL DEFAULT '',
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            imported_at {timestamp} NOT NULL))",
        R"(CREATE INDEX imports_meeting ON imports(meeting_id))",
    });
}

// Version 4: what the write paths record. A meeting made by "new meeting from previous" names
// the meeting it was prepared from, so it is recognised by data, not by a (translated) item
// title; an assignment's status, follow-up that stays changeable after approval, carries the
// day it was last set.
QStringList version4()
{
    return sql({
        R"(ALTER TABLE meetings ADD COLUMN prepared_from_id INTEGER
            REFERENCES meetings(id) ON DELETE SET NULL)",
        R"(ALTER TABLE actions ADD COLUMN status_date {date})",
    });
}

// Version 5: the search index that understands Swedish (SearchTerms): the same FTS5 tables,
// tokenised by SearchTokenizer. They are made empty; Database::open fills them in batches with
// progress, and again whenever the rules' identity changes (search_index.tokenizer names the
// rules the index was built with; '' = not built).
QStringList version5()
{
    return sql({
        "CREATE TABLE search_index (id INTEGER PRIMARY KEY CHECK (id = 1), tokenizer TEXT NOT "
        "NULL)",
        "INSERT INTO search_index (id, tokenizer) VALUES (1, '')",
    });
}

QStringList version5FullText()
{
    QStringList out;
    for (const FtsSource &src : ftsSources()) {
        const QString fts = QLatin1String(src.fts);
        for (const char *trigger : {"_ai", "_ad", "_au"})
            out << QStringLiteral("DROP TRIGGER %1%2").arg(fts, QLatin1String(trigger));
        out << QStringLiteral("DROP TABLE %1").arg(fts);
    }
    out << searchIndex(QLatin1String(SearchTokenizer::name), false);
    return out;
}

// Version 6: approval ("justering") as the program records it. Each approval of a meeting is a
// row of its own, never changed: who approved, on which day, the fingerprint of what they
// approved (MeetingFingerprint, with its version) and room for the archival copy of the
// document. A correction after approval adds a row (the next version) and an amendment; a
// reopening adds an entry to the log. Nothing here is updated or deleted while the meeting
// exists, so a server only has to refuse UPDATE and DELETE on these tables.
QStringList version6()
{
    return sql({
        R"(CREATE TABLE approvals (
            id {id},
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            version INTEGER NOT NULL CHECK (version > 0),
            approved_by TEXT NOT NULL,
            approved_on {date} NOT NULL,
            fingerprint TEXT NOT NULL,
            fingerprint_version INTEGER NOT NULL,
            document {blob},
            recorded_at {timestamp} NOT NULL,
            UNIQUE (meeting_id, version)))",
        R"(CREATE TABLE meeting_log (
            id {id},
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            recorded_at {timestamp} NOT NULL,
            event TEXT NOT NULL CHECK (event IN ('approved', 'approval-recorded', 'reopened',
                'corrected')),
            actor TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            approval_version INTEGER))",
        R"(CREATE INDEX meeting_log_meeting ON meeting_log(meeting_id, id))",
        R"(CREATE TABLE amendments (
            id {id},
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            approval_version INTEGER NOT NULL,
            recorded_at {timestamp} NOT NULL,
            actor TEXT NOT NULL,
            reason TEXT NOT NULL,
            target TEXT NOT NULL,
            old_text TEXT NOT NULL,
            new_text TEXT NOT NULL))",
        R"(CREATE INDEX amendments_meeting ON amendments(meeting_id, id))",
    });
}

// Version 7: an optional e-mail address per person, where approved minutes are sent.
QStringList version7()
{
    return sql({R"(ALTER TABLE persons ADD COLUMN email TEXT NOT NULL DEFAULT '')"});
}
// Version 9: what belongs to the archive rather than to one user's settings (ArchiveSettings:
// the language its minutes are written in), as name-value rows.
QStringList version9()
{
    return sql({R"(CREATE TABLE archive_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL))"});
}
// Version 8: the server's search index (PostgresSearch). Each searchable table gets a
// `search_terms` vector that the program writes under SearchTerms' rules (and a table with a
// title a `search_title` vector of the title alone, for the search's title tier), GIN indexes, and
// an index of the rows still without one; a trigger empties the vector of a row whose indexed
// text changes, so a write that does not know about it leaves the row to be indexed again.
// search_index.tokenizer goes back to '' so that the vectors are written when the archive is
// next opened. The local file keeps its FTS5 tables: nothing changes there.
QStringList version8Server()
{
    QStringList out;
    out << QStringLiteral(
        "CREATE FUNCTION minutebook_search_terms_stale() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN NEW.search_terms := NULL; RETURN NEW; END $$");
    for (const FtsSource &src : ftsSources()) {
        const QString table = QLatin1String(src.table);
        QStringList newValues;
        QStringList oldValues;
        for (const QString &c : src.columns) {
            newValues << QStringLiteral("NEW.") + c;
            oldValues << QStringLiteral("OLD.") + c;
        }
        const QString columns = src.columns.join(QStringLiteral(", "));
        out << QStringLiteral("ALTER TABLE %1 ADD COLUMN search_terms tsvector").arg(table)
            << QStringLiteral("CREATE INDEX %1_search ON %1 USING gin (search_terms)").arg(table);
        if (src.columns.constFirst() == QLatin1String("title"))
            out << QStringLiteral("ALTER TABLE %1 ADD COLUMN search_title tsvector").arg(table)
                << QStringLiteral("CREATE INDEX %1_search_title ON %1 USING gin (search_title)")
                       .arg(table);
        out << QStringLiteral(
            "CREATE INDEX %1_search_missing ON %1 (id) WHERE search_terms IS NULL")
                   .arg(table)
            << QStringLiteral("CREATE TRIGGER %1_search_stale BEFORE UPDATE OF %2 ON %1 FOR EACH "
                              "ROW WHEN ((%3) IS DISTINCT FROM (%4) AND NEW.search_terms IS NOT "
                              "DISTINCT FROM OLD.search_terms) EXECUTE FUNCTION "
                              "minutebook_search_terms_stale()")
                   .arg(table, columns,
                       (src.columns.size() > 1 ? QStringLiteral("ROW(%1)") : QStringLiteral("%1"))
                           .arg(newValues.join(QStringLiteral(", "))),
                       (src.columns.size() > 1 ? QStringLiteral("ROW(%1)") : QStringLiteral("%1"))
                           .arg(oldValues.join(QStringLiteral(", "))));
    }
    // The assignment register's order (missing due dates first): PostgreSQL's index on (status,
    // due_date) keeps NULL last and would make it sort every open assignment for one page.
    out << QStringLiteral(
        "CREATE INDEX actions_status_due ON actions (status, due_date NULLS FIRST, id)");
    out << QStringLiteral("UPDATE search_index SET tokenizer = '' WHERE id = 1");
    return out;
}
} // namespace

const QVector<MigrationStep> &Migrations::steps()
{
    static const QVector<MigrationStep> all = {
        {1, "domain tables", version1(), {}, {}},
        {2, "full-text search index", {}, version2(), {}},
        {3, "import records", version3(), {}, {}},
        {4, "prepared-from meeting, assignment status date", version4(), {}, {}},
        {5, "search index that understands Swedish", version5(), version5FullText(), {}},
        {6, "approvals, meeting log and amendments", version6(), {}, {}},
        {7, "persons' e-mail addresses", version7(), {}, {}},
        {8, "the server's search index and register order", {}, {}, version8Server()},
        {9, "the archive's own settings", version9(), {}, {}},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

QStringList Migrations::ftsTables()
{
    QStringList out;
    for (const FtsSource &src : ftsSources())
        out << QLatin1String(src.fts);
    return out;
}

QVector<Migrations::IndexedTable> Migrations::indexedTables()
{
    QVector<IndexedTable> out;
    for (const FtsSource &src : ftsSources())
        out.append({QLatin1String(src.fts), QLatin1String(src.table), src.columns});
    return out;
}

} // namespace minutebook
