// Storage benchmarks on a generated database: opening, a page of the meeting list, loading a
// meeting, saving one edit, searching, and bulk generation.

#include "AgendaEdits.h"
#include "Database.h"
#include "MeetingRepository.h"
#include "MinutesGenerator.h"
#include "SearchIndex.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace minutebook;

namespace {
struct Fixture
{
    QTemporaryDir dir;
    QString path;
    int meetings = 0;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture out;
        // An existing database (tests/bench/run.sh passes a copy of its generated one), else
        // MINUTEBOOK_BENCH_MEETINGS (default 10000) generated into a temporary file.
        out.path = qEnvironmentVariable("MINUTEBOOK_BENCH_DATABASE");
        if (!out.path.isEmpty()) {
            auto db = Database::open(out.path);
            if (!db)
                qFatal("%s", qPrintable(db.error()));
            out.meetings = MeetingRepository(*db.value()).count().value();
            return out;
        }
        bool ok = false;
        out.meetings = qEnvironmentVariableIntValue("MINUTEBOOK_BENCH_MEETINGS", &ok);
        if (!ok || out.meetings < 1)
            out.meetings = 10000;
        out.path = out.dir.filePath(QStringLiteral("bench.db"));
        auto db = Database::open(out.path);
        if (!db || !MinutesGenerator(*db.value()).generate(out.meetings, 1))
            qFatal("could not prepare the benchmark database");
        return out;
    }();
    return f;
}

std::unique_ptr<Database> openFixture()
{
    auto db = Database::open(fixture().path);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    return std::move(db.value());
}

void OpenDatabase(benchmark::State &state)
{
    fixture();
    for (auto _ : state) {
        auto db = openFixture();
        benchmark::DoNotOptimize(db.get());
    }
}
BENCHMARK(OpenDatabase)->Unit(benchmark::kMillisecond);

void ListPage(benchmark::State &state)
{
    auto db = openFixture();
    MeetingRepository meetings(*db);
    MeetingFilter filter;
    filter.limit = 200;
    filter.offset = int(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(meetings.list(filter).value().size());
}
BENCHMARK(ListPage)->Arg(0)->Arg(5000)->Arg(9000)->Unit(benchmark::kMicrosecond);

// The meeting list's way: a page of 200 after the last row loaded (keyset), at the same depths
// as ListPage's offsets. 9000 is near the end of the default 10,000 meetings.
void ListPageKeyset(benchmark::State &state)
{
    auto db = openFixture();
    MeetingRepository meetings(*db);
    MeetingFilter filter;
    filter.limit = 200;
    if (state.range(0) > 0) {
        MeetingFilter before;
        before.offset = int(state.range(0)) - 1;
        before.limit = 1;
        const QVector<MeetingSummary> rows = meetings.list(before).value();
        if (rows.isEmpty()) {
            state.SkipWithError("the database has fewer meetings than this depth");
            return;
        }
        const MeetingSummary last = rows.constFirst();
        filter.afterDate = last.date;
        filter.afterId = last.id;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(meetings.list(filter).value().size());
}
BENCHMARK(ListPageKeyset)->Arg(0)->Arg(5000)->Arg(9000)->Unit(benchmark::kMicrosecond);

void LoadMeeting(benchmark::State &state)
{
    auto db = openFixture();
    MeetingRepository meetings(*db);
    qint64 id = 1;
    for (auto _ : state) {
        benchmark::DoNotOptimize(meetings.load(id).value().items.size());
        id = id % fixture().meetings + 1;
    }
}
BENCHMARK(LoadMeeting)->Unit(benchmark::kMicrosecond);

void SaveItemEdit(benchmark::State &state)
{
    auto db = openFixture();
    MeetingRepository meetings(*db);
    AgendaEdits edits(*db);
    // A draft in the middle of the archive: approved minutes refuse the save.
    Meeting m;
    for (qint64 id = fixture().meetings / 2; id <= fixture().meetings; ++id) {
        m = meetings.load(id).value();
        if (m.status == MeetingStatus::Draft && m.items.size() > 2)
            break;
    }
    if (m.status != MeetingStatus::Draft || m.items.size() <= 2) {
        state.SkipWithError("no draft meeting with three items");
        return;
    }
    AgendaItem item = m.items.at(2);
    int n = 0;
    for (auto _ : state) {
        item.body = QStringLiteral("Redigerad text nummer %1 om lokalförsörjningen.").arg(++n);
        if (!edits.saveFields(nullptr, {item}))
            state.SkipWithError("update failed");
    }
}
BENCHMARK(SaveItemEdit)->Unit(benchmark::kMicrosecond);

void Search(benchmark::State &state, const char *query)
{
    auto db = openFixture();
    SearchIndex index(*db);
    const QString text = QString::fromUtf8(query);
    for (auto _ : state)
        benchmark::DoNotOptimize(index.search(text).value().size());
}
BENCHMARK_CAPTURE(Search, rare, "prisutdelning")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(Search, common, "verksamhetsplanen")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(Search, phrase, "\"avsätta medel\"")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(Search, prefix, "kvalitet*")->Unit(benchmark::kMillisecond);

void Generate(benchmark::State &state)
{
    for (auto _ : state) {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("gen.db")));
        benchmark::DoNotOptimize(
            MinutesGenerator(*db.value()).generate(int(state.range(0)), 3).value());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(Generate)->Arg(1000)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
