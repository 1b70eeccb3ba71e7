// The relevance set (tests/data/relevance): queries as members type them, each with the items
// that must be found, judged by hand. Recall per query = relevant items among the first 50
// hits ÷ min(50, relevant items); the test requires at least 0.9 for every class of query and
// 0.95 overall, and that the search before Swedish matching (a unicode61 index, whole words)
// fails those thresholds on the same set, so the set cannot be too easy.
//
// With MINUTEBOOK_RELEVANCE_REPORT=FILE it writes the Markdown table that docs/search.md shows
// (tests/relevance_report.sh puts it there).

#include "Database.h"
#include "SearchIndex.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <map>

using namespace minutebook;

namespace {

constexpr int page = 50;

struct Judged
{
    QString kind;
    QString query;
    QSet<qint64> relevant;
};

struct Score
{
    double recall = 0;
    double reciprocalRank = 0;
    int queries = 0;
};

struct Report
{
    std::map<QString, Score> classes;
    Score overall;
    QStringList misses; ///< queries below 0.9, for the failure message
};

QString data(const char *name)
{
    return QStringLiteral(MINUTEBOOK_TEST_DATA "/relevance/") + QLatin1String(name);
}

std::unique_ptr<Database> corpus(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("corpus.db"));
    if (!QFile::copy(data("corpus.db"), path))
        return nullptr;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return test::openOrFail(path);
}

// DATE/BODY/NUMBER → agenda item id.
QHash<QString, qint64> itemKeys(const Database &db)
{
    QHash<QString, qint64> keys;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT m.meeting_date || '/' || b.short_name || '/' || i.number, i.id FROM agenda_items i "
        "JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id")))
        << q.lastError().text().toStdString();
    while (q.next())
        keys.insert(q.value(0).toString(), q.value(1).toLongLong());
    return keys;
}

QVector<Judged> judged(const Database &db)
{
    const QHash<QString, qint64> keys = itemKeys(db);
    QFile file(data("queries.tsv"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QVector<Judged> out;
    QTextStream in(&file);
    bool header = true;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QStringList columns = line.split(QLatin1Char('\t'));
        EXPECT_EQ(columns.size(), 3) << line.toStdString();
        if (columns.size() != 3)
            continue;
        Judged j {columns.at(0), columns.at(1), {}};
        for (const QString &key : columns.at(2).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            EXPECT_TRUE(keys.contains(key)) << "no item " << key.toStdString();
            j.relevant.insert(keys.value(key));
        }
        out.append(j);
    }
    return out;
}

// `swedish`: the broader form, names by initials and spelling correction on (now) or off
// (as the whole-word search before).
Report evaluate(const Database &db, const QVector<Judged> &set, bool swedish)
{
    SearchIndex index(db);
    SearchOptions options;
    options.limit = page;
    options.expand = swedish;
    options.correctSpelling = swedish;
    Report report;
    for (const Judged &j : set) {
        const auto hits = index.search(j.query, options);
        EXPECT_TRUE(hits.ok()) << j.query.toStdString() << ": " << hits.error().toStdString();
        QSet<qint64> found;
        double reciprocal = 0;
        if (hits.ok()) {
            for (int i = 0; i < hits.value().size(); ++i) {
                const qint64 item = hits.value().at(i).itemId;
                if (!j.relevant.contains(item))
                    continue;
                found.insert(item);
                if (reciprocal == 0)
                    reciprocal = 1.0 / (i + 1);
            }
        }
        const double recall = double(found.size()) / std::min<qsizetype>(page, j.relevant.size());
        for (Score *s : {&report.classes[j.kind], &report.overall}) {
            s->recall += recall;
            s->reciprocalRank += reciprocal;
            ++s->queries;
        }
        if (recall < 0.9)
            report.misses
                << QStringLiteral("%1 “%2”: %3").arg(j.kind, j.query).arg(recall, 0, 'f', 2);
    }
    return report;
}

double mean(double sum, int n)
{
    return n == 0 ? 0 : sum / n;
}

bool meetsThresholds(const Report &r)
{
    for (const auto &[kind, s] : r.classes) {
        if (mean(s.recall, s.queries) < 0.9)
            return false;
    }
    return mean(r.overall.recall, r.overall.queries) >= 0.95;
}

// The index as it was before Swedish matching: unicode61, whole tokens.
void useWholeWordIndex(const Database &db)
{
    QSqlQuery q(db.connection());
    const struct
    {
        const char *fts, *table, *columns;
    } tables[] = {{"meetings_fts", "meetings", "title, notes, minute_taker"},
        {"agenda_items_fts", "agenda_items", "title, body, presenter, responsible"},
        {"decisions_fts", "decisions", "text"}, {"actions_fts", "actions", "text, assignee"}};
    for (const auto &t : tables) {
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(t.fts))));
        ASSERT_TRUE(q.exec(
            QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content = '%3', "
                           "content_rowid = 'id', tokenize = 'unicode61 "
                           "remove_diacritics 0')")
                .arg(QLatin1String(t.fts), QLatin1String(t.columns), QLatin1String(t.table))))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(
            QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(QLatin1String(t.fts))));
    }
}

QString table(const Report &before, const Report &after)
{
    QString out;
    QTextStream s(&out);
    s << "| class | queries | recall before | recall now | MRR before | MRR now |\n";
    s << "| --- | --- | --- | --- | --- | --- |\n";
    const auto row = [&s](const QString &name, const Score &b, const Score &a) {
        s << "| " << name << " | " << a.queries << " | "
          << QString::number(mean(b.recall, b.queries), 'f', 2) << " | "
          << QString::number(mean(a.recall, a.queries), 'f', 2) << " | "
          << QString::number(mean(b.reciprocalRank, b.queries), 'f', 2) << " | "
          << QString::number(mean(a.reciprocalRank, a.queries), 'f', 2) << " |\n";
    };
    for (const auto &[kind, score] : after.classes)
        row(kind, before.classes.at(kind), score);
    row(QStringLiteral("**all**"), before.overall, after.overall);
    return out;
}

} // namespace

TEST(Relevance, EveryClassOfQueryFindsWhatAMemberLooksFor)
{
    QTemporaryDir dir;
    auto db = corpus(dir);
    ASSERT_TRUE(db);
    const QVector<Judged> set = judged(*db);
    ASSERT_GE(set.size(), 80);
    const Report now = evaluate(*db, set, true);
    for (const auto &[kind, s] : now.classes)
        EXPECT_GE(mean(s.recall, s.queries), 0.9) << kind.toStdString();
    EXPECT_GE(mean(now.overall.recall, now.overall.queries), 0.95)
        << now.misses.join(QLatin1Char('\n')).toStdString();

    // The same set against the whole-word search: it must fail the thresholds.
    useWholeWordIndex(*db);
    const Report before = evaluate(*db, set, false);
    EXPECT_FALSE(meetsThresholds(before)) << "the relevance set is too easy";

    const QByteArray reportFile = qgetenv("MINUTEBOOK_RELEVANCE_REPORT");
    if (!reportFile.isEmpty()) {
        QFile out(QString::fromLocal8Bit(reportFile));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Text));
        out.write(table(before, now).toUtf8());
    }
}
