// The same archive on both backends, side by side: the local file MINUTEBOOK_BENCH_DATABASE and
// its copy on a PostgreSQL server MINUTEBOOK_BENCH_SERVER (`minutebook-cli copy --from FILE --to
// URL`; tests/bench/server.sh makes both). Each benchmark runs once per backend (/sqlite,
// /postgresql): opening the archive as the program does at start-up, counting its meetings and
// reading its years, a page of the meeting list (first and deep), loading meetings, a page of
// each register, and the search's first page for a rare word, a surname, a common word, a phrase
// and a prefix — each search reporting its 95th percentile (p95_ms) over the iterations too.
// Without a server the /postgresql half is skipped with the reason.

#include "Database.h"
#include "MeetingRepository.h"
#include "RegisterRepository.h"
#include "SearchIndex.h"
#include "ServerAddress.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace minutebook;

namespace {
enum class Backend { Sqlite, Postgres };

std::unique_ptr<Database> openArchive(Backend backend, QString *why)
{
    if (backend == Backend::Sqlite) {
        const QString path = qEnvironmentVariable("MINUTEBOOK_BENCH_DATABASE");
        if (path.isEmpty()) {
            *why = QStringLiteral("MINUTEBOOK_BENCH_DATABASE is not set");
            return nullptr;
        }
        auto db = Database::open(path);
        if (!db) {
            *why = db.error();
            return nullptr;
        }
        return std::move(db.value());
    }
    const QString url = qEnvironmentVariable("MINUTEBOOK_BENCH_SERVER");
    if (url.isEmpty()) {
        *why = QStringLiteral("MINUTEBOOK_BENCH_SERVER is not set");
        return nullptr;
    }
    auto address = ServerAddress::parse(url);
    if (!address) {
        *why = address.error();
        return nullptr;
    }
    auto db = Database::openServer(address.value());
    if (!db) {
        *why = db.error();
        return nullptr;
    }
    return std::move(db.value());
}

// One connection per backend for the whole run (as the program keeps one).
Database *archive(benchmark::State &state, Backend backend)
{
    static std::unique_ptr<Database> open[2];
    static QString why[2];
    const int i = int(backend);
    if (!open[i] && why[i].isEmpty())
        open[i] = openArchive(backend, &why[i]);
    if (!open[i])
        state.SkipWithError(qPrintable(why[i]));
    return open[i].get();
}

void OpenArchive(benchmark::State &state, Backend backend)
{
    QString why;
    for (auto _ : state) {
        auto db = openArchive(backend, &why);
        if (!db) {
            state.SkipWithError(qPrintable(why));
            return;
        }
        benchmark::DoNotOptimize(db.get());
    }
}

// What the window reads at start besides the first page: the count in the status bar and
// the oldest and newest meeting for the year choices.
void CountAndYears(benchmark::State &state, Backend backend)
{
    Database *db = archive(state, backend);
    if (!db)
        return;
    MeetingRepository meetings(*db);
    for (auto _ : state) {
        benchmark::DoNotOptimize(meetings.count().value());
        benchmark::DoNotOptimize(meetings.dateRange().value());
    }
}

void ListPage(benchmark::State &state, Backend backend, int depth)
{
    Database *db = archive(state, backend);
    if (!db)
        return;
    MeetingRepository meetings(*db);
    MeetingFilter filter;
    filter.limit = 200;
    if (depth > 0) {
        MeetingFilter before;
        before.offset = depth - 1;
        before.limit = 1;
        const QVector<MeetingSummary> rows = meetings.list(before).value();
        if (rows.isEmpty()) {
            state.SkipWithError("fewer meetings than this depth");
            return;
        }
        filter.afterDate = rows.constFirst().date;
        filter.afterId = rows.constFirst().id;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(meetings.list(filter).value().size());
}

void LoadMeeting(benchmark::State &state, Backend backend)
{
    Database *db = archive(state, backend);
    if (!db)
        return;
    MeetingRepository meetings(*db);
    const int count = meetings.count().value();
    qint64 id = 1;
    for (auto _ : state) {
        benchmark::DoNotOptimize(meetings.load(id).value().items.size());
        id = (id * 7919) % count + 1; // spread over the archive, not one cached page
    }
}

void DecisionPage(benchmark::State &state, Backend backend)
{
    Database *db = archive(state, backend);
    if (!db)
        return;
    RegisterRepository registers(*db);
    RegisterFilter filter;
    filter.limit = 200;
    for (auto _ : state)
        benchmark::DoNotOptimize(registers.decisions(filter).value().size());
}

void ActionPage(benchmark::State &state, Backend backend)
{
    Database *db = archive(state, backend);
    if (!db)
        return;
    RegisterRepository registers(*db);
    RegisterFilter filter;
    filter.limit = 200;
    filter.openOnly = true;
    for (auto _ : state)
        benchmark::DoNotOptimize(registers.actions(filter).value().size());
}

void Search(benchmark::State &state, Backend backend, const char *query)
{
    Database *db = archive(state, backend);
    if (!db)
        return;
    SearchIndex index(*db);
    const QString text = QString::fromUtf8(query);
    SearchOptions options;
    options.limit = 200; // the search pane's first page
    std::vector<double> ms;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        auto hits = index.search(text, options);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!hits) {
            state.SkipWithError(qPrintable(hits.error()));
            return;
        }
        benchmark::DoNotOptimize(hits.value().size());
    }
    std::sort(ms.begin(), ms.end());
    if (!ms.empty())
        state.counters["p95_ms"] = ms.at(std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95)));
}

void registerAll()
{
    for (const Backend b : {Backend::Sqlite, Backend::Postgres}) {
        const std::string suffix = b == Backend::Sqlite ? "/sqlite" : "/postgresql";
        benchmark::RegisterBenchmark(("OpenArchive" + suffix).c_str(), OpenArchive, b)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("CountAndYears" + suffix).c_str(), CountAndYears, b)
            ->Unit(benchmark::kMillisecond);
        for (const int depth : {0, 50000, 99000})
            benchmark::RegisterBenchmark(
                ("ListPage" + suffix + "/" + std::to_string(depth)).c_str(), ListPage, b, depth)
                ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("LoadMeeting" + suffix).c_str(), LoadMeeting, b)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("DecisionPage" + suffix).c_str(), DecisionPage, b)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("ActionPage" + suffix).c_str(), ActionPage, b)
            ->Unit(benchmark::kMillisecond);
        const std::pair<const char *, const char *> queries[]
            = {{"rare", "jupiterpriset"}, {"surname", "lindström"}, {"common", "verksamhetsplanen"},
                {"phrase", "\"avsätta medel\""}, {"prefix", "kvalitet*"}};
        for (const auto &[name, query] : queries)
            benchmark::RegisterBenchmark(
                ("Search/" + std::string(name) + suffix).c_str(), Search, b, query)
                ->Unit(benchmark::kMillisecond)
                ->MinTime(1.0);
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    registerAll();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
