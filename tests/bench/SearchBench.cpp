// Search latency on a generated database (MINUTEBOOK_BENCH_MEETINGS, default 10000, or an
// existing file in MINUTEBOOK_BENCH_DATABASE): SearchIndex::search for a rare, a less common
// and a very common word, a phrase and a prefix, next to bare FTS5 queries on the same index
// in the same run. Ten meetings with the rare word "jupiterpriset" are added to the database.
//
// Bare queries, per FTS table (all four each time):
//   BareFts       SELECT rowid FROM t WHERE t MATCH ? LIMIT 50          (no ranking at all)
//   BareFtsSnippet SELECT rowid, snippet(t, ...) FROM t WHERE t MATCH ? LIMIT 50
//   BareFtsRanked SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT 50   (bm25 of all)

#include "Database.h"
#include "MeetingRepository.h"
#include "MinutesGenerator.h"
#include "SearchIndex.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace minutebook;

namespace {
// 0–4: rare, a surname, common, phrase, prefix (the classes compared before and after Swedish
// matching); 5–7: what only the Swedish rules find: another inflection, a compound's tail, a
// misspelling (corrected).
const char *const queries[] = {"jupiterpriset", "lindström", "verksamhetsplanen",
    "\"avsätta medel\"", "kvalitet*", "verksamhetsplaner", "planen", "verksamhetsplanne"};
const char *const ftsTables[]
    = {"meetings_fts", "agenda_items_fts", "decisions_fts", "actions_fts"};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

void addRareMeetings(const Database &db)
{
    if (!SearchIndex(db).search(QStringLiteral("jupiterpriset")).value().isEmpty())
        return;
    MeetingRepository meetings(db);
    for (int i = 0; i < 10; ++i) {
        Meeting m;
        m.body.name = QStringLiteral("Ledningsgrupp HSS");
        m.body.shortName = QStringLiteral("LG");
        m.date = QDate(2015 + i, 5, 12);
        AgendaItem item;
        item.title
            = i % 2 ? QStringLiteral("Jupiterpriset %1").arg(2015 + i) : QStringLiteral("Övrigt");
        item.body = QStringLiteral("Gruppen talade om jupiterpriset och om lokalerna.");
        item.decisions = {{0, 0, QStringLiteral("Jupiterpriset delas ut i juni.")}};
        m.items = {item};
        if (!meetings.insert(m).ok())
            qFatal("could not add the rare meetings");
    }
}

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture out;
        QString path = qEnvironmentVariable("MINUTEBOOK_BENCH_DATABASE");
        const bool existing = !path.isEmpty();
        if (!existing)
            path = out.dir.filePath(QStringLiteral("search.db"));
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        out.db = std::move(db.value());
        if (!existing) {
            bool ok = false;
            int meetings = qEnvironmentVariableIntValue("MINUTEBOOK_BENCH_MEETINGS", &ok);
            if (!ok || meetings < 1)
                meetings = 10000;
            if (!MinutesGenerator(*out.db).generate(meetings, 1))
                qFatal("could not prepare the benchmark database");
        }
        addRareMeetings(*out.db);
        return out;
    }();
    return f;
}

void searchWith(benchmark::State &state, const SearchOptions &options)
{
    const Database &db = *fixture().db;
    const QString text = QString::fromUtf8(queries[state.range(0)]);
    state.SetLabel(queries[state.range(0)]);
    SearchIndex index(db);
    for (auto _ : state) {
        auto hits = index.search(text, options);
        if (!hits)
            state.SkipWithError(qPrintable(hits.error()));
        benchmark::DoNotOptimize(hits.value().size());
    }
}

void Search(benchmark::State &state)
{
    SearchOptions options;
    options.limit = 50;
    searchWith(state, options);
}

// The words' own matches only: no broader pass, no names by initials, no spelling correction.
void SearchWordsOnly(benchmark::State &state)
{
    SearchOptions options;
    options.limit = 50;
    options.expand = false;
    options.correctSpelling = false;
    searchWith(state, options);
}

// The count of all hits that follows the first page in the search pane (up to 10,000).
void Count(benchmark::State &state)
{
    const Database &db = *fixture().db;
    const QString text = QString::fromUtf8(queries[state.range(0)]);
    state.SetLabel(queries[state.range(0)]);
    SearchIndex index(db);
    for (auto _ : state) {
        auto total = index.count(text, {}, 10000);
        if (!total)
            state.SkipWithError(qPrintable(total.error()));
        benchmark::DoNotOptimize(total.value());
    }
}

void bare(benchmark::State &state, const char *order, bool snippet = false)
{
    const Database &db = *fixture().db;
    const QString expression
        = FtsQuery::fromUserText(QString::fromUtf8(queries[state.range(0)])).expression;
    state.SetLabel(queries[state.range(0)]);
    for (auto _ : state) {
        int rows = 0;
        for (const char *fts : ftsTables) {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            q.prepare(
                QStringLiteral("SELECT rowid%3 FROM %1 WHERE %1 MATCH ? %2 LIMIT 50")
                    .arg(QLatin1String(fts), QLatin1String(order),
                        snippet ? QStringLiteral(", snippet(%1, -1, char(2), char(3), '…', 16)")
                                      .arg(QLatin1String(fts))
                                : QString()));
            q.addBindValue(expression);
            if (!q.exec())
                state.SkipWithError("bare FTS5 query failed");
            while (q.next())
                ++rows;
        }
        benchmark::DoNotOptimize(rows);
    }
}

void BareFts(benchmark::State &state)
{
    bare(state, "");
}

void BareFtsSnippet(benchmark::State &state)
{
    bare(state, "", true);
}

void BareFtsRanked(benchmark::State &state)
{
    bare(state, "ORDER BY rank");
}

void SearchWithFilter(benchmark::State &state)
{
    const Database &db = *fixture().db;
    SearchIndex index(db);
    SearchOptions options;
    options.limit = 50;
    const char *label = "";
    switch (state.range(0)) {
    case 0:
        options.kinds = {HitKind::Decision};
        label = "verksamhetsplanen, decisions only";
        break;
    case 1:
        options.body = QStringLiteral("LG");
        label = "verksamhetsplanen, body LG";
        break;
    default:
        options.from = QDate(2025, 1, 1);
        label = "verksamhetsplanen, from 2025";
        break;
    }
    state.SetLabel(label);
    for (auto _ : state)
        benchmark::DoNotOptimize(
            index.search(QStringLiteral("verksamhetsplanen"), options).value().size());
}

// Iterations fixed at a few: the ranked bare query of a common word takes seconds.
BENCHMARK(Search)->DenseRange(0, 7)->Unit(benchmark::kMillisecond);
BENCHMARK(SearchWordsOnly)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);
BENCHMARK(Count)->DenseRange(0, 7)->Unit(benchmark::kMillisecond);
BENCHMARK(BareFts)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);
BENCHMARK(BareFtsSnippet)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);
BENCHMARK(BareFtsRanked)->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(SearchWithFilter)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    fixture();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
