// The main window on a large database (MINUTEBOOK_BENCH_DATABASE, else MINUTEBOOK_BENCH_MEETINGS
// generated, default 10000): from nothing to a shown, usable window, with the process's resident
// memory afterwards; and the meeting list fetched page by page to its very end, as scrolling
// down does.

#include "Database.h"
#include "MainWindow.h"
#include "MeetingListModel.h"
#include "MeetingListView.h"
#include "MeetingSessions.h"
#include "MessageBoxDialogs.h"
#include "MinutesGenerator.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace minutebook;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path;
};

const Fixture &fixture()
{
    static Fixture f = [] {
        Fixture out;
        out.path = qEnvironmentVariable("MINUTEBOOK_BENCH_DATABASE");
        if (!out.path.isEmpty())
            return out;
        bool ok = false;
        int meetings = qEnvironmentVariableIntValue("MINUTEBOOK_BENCH_MEETINGS", &ok);
        if (!ok || meetings < 1)
            meetings = 10000;
        out.path = out.dir.filePath(QStringLiteral("gui.db"));
        auto db = Database::open(out.path);
        if (!db || !MinutesGenerator(*db.value()).generate(meetings, 1))
            qFatal("could not prepare the benchmark database");
        return out;
    }();
    return f;
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Open the database, build the window, show it, show the newest meeting: what a user waits for.
void MainWindowStart(benchmark::State &state)
{
    const QString path = fixture().path;
    MessageBoxDialogs dialogs;
    double rss = 0;
    int rows = 0;
    for (auto _ : state) {
        auto db = Database::open(path);
        if (!db) {
            state.SkipWithError("open failed");
            break;
        }
        {
            MeetingSessions sessions(*db.value());
            MainWindow window(sessions, dialogs);
            window.show();
            window.start();
            QApplication::processEvents();
            rows = window.findChild<MeetingListView *>(QStringLiteral("meetingList"))
                       ->model()
                       ->rowCount();
            state.PauseTiming();
            rss = residentMb();
            state.ResumeTiming();
        }
    }
    state.counters["rss_mb"] = rss;
    state.counters["rows_loaded"] = rows;
}
BENCHMARK(MainWindowStart)->Unit(benchmark::kMillisecond)->Iterations(5);

// Every page of the meeting list, in order, as scrolling to the bottom asks for them.
void ListScrollToEnd(benchmark::State &state)
{
    auto db = Database::open(fixture().path);
    if (!db) {
        state.SkipWithError("open failed");
        return;
    }
    int pages = 0;
    int rows = 0;
    for (auto _ : state) {
        MeetingListModel model(*db.value());
        pages = 0;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
        }
        rows = model.rowCount();
    }
    state.counters["pages"] = pages;
    state.counters["rows"] = rows;
}
BENCHMARK(ListScrollToEnd)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never read or write the user's settings (last meeting, window layout).
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MinutebookBench"));
    QCoreApplication::setApplicationName(QStringLiteral("MinutebookBench"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
