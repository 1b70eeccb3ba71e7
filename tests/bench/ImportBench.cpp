// Importer benchmarks on the group's real minutes (tests/data): whole imports in files per
// second (items_per_second), the same files as Windows-1252 bytes, and the decoding and line
// cleaning step alone. The target is well over 1,000 files per second on one core.

#include "LineCleaner.h"
#include "MinutesImporter.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <benchmark/benchmark.h>

using namespace minutebook;

namespace {
const QVector<QByteArray> &fixtures()
{
    static const QVector<QByteArray> files = [] {
        QVector<QByteArray> out;
        for (const char *name :
            {"000_5397a611eeb88258.txt", "001_3ea6e064d8c2aaa1.txt", "004_1547915e6f520cec.txt"}) {
            QFile file(QStringLiteral(MINUTEBOOK_TEST_DATA "/") + QString::fromUtf8(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("missing fixture %s", name);
            out.append(file.readAll());
        }
        return out;
    }();
    return files;
}

QByteArray toLatin1(const QByteArray &utf8)
{
    // Not valid UTF-8 any more, so the importer takes the Windows-1252 path.
    return QString::fromUtf8(utf8).toLatin1();
}

void ImportFiles(benchmark::State &state, bool windows1252)
{
    QVector<QByteArray> files = fixtures();
    if (windows1252) {
        for (QByteArray &bytes : files)
            bytes = toLatin1(bytes);
    }
    qint64 bytesRead = 0;
    int i = 0;
    for (auto _ : state) {
        const QByteArray &bytes = files.at(i++ % files.size());
        auto result = MinutesImporter::importBytes(bytes);
        if (!result)
            state.SkipWithError(qPrintable(result.error()));
        benchmark::DoNotOptimize(result->meeting.items.size());
        bytesRead += bytes.size();
    }
    state.SetItemsProcessed(state.iterations()); // files
    state.SetBytesProcessed(bytesRead);
}
BENCHMARK_CAPTURE(ImportFiles, utf8, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(ImportFiles, windows1252, true)->Unit(benchmark::kMicrosecond);

void DecodeAndClean(benchmark::State &state)
{
    const QVector<QByteArray> &files = fixtures();
    int i = 0;
    for (auto _ : state) {
        const auto decoded = TextDecoder::decode(files.at(i++ % files.size()));
        benchmark::DoNotOptimize(LineCleaner::split(decoded->text).size());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(DecodeAndClean)->Unit(benchmark::kMicrosecond);
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
