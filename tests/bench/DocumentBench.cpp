// Document export benchmarks: one meeting to PDF/A, HTML and Markdown, 100 meetings to PDF in
// memory, and a 100-meeting archive export to a folder (PDF/A files, index, registers, staging
// and moving into place). Needs its own main: text layout needs a QGuiApplication, here on the
// offscreen platform. tests/bench/pdf_vs_libreoffice.sh runs these beside LibreOffice.

#include "ArchiveExporter.h"
#include "MinutesExporter.h"
#include "MinutesPdfWriter.h"
#include "SampleOrganisation.h"
#include "SyntheticMinutes.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

using namespace minutebook;

namespace {
std::vector<Meeting> meetings(int count)
{
    SyntheticMinutes synthetic(count, 1);
    std::vector<Meeting> out;
    for (int i = 0; i < count; ++i)
        out.push_back(synthetic.meeting(i));
    return out;
}

// An organisation's settings: a 600×200 logo, its name and a footer line.
DocumentOptions organisationOptions()
{
    return test::sampleOrganisation(QSize(600, 200), QStringLiteral("Box 123, 131 81 Nacka"));
}

// Arg 0: no options; arg 1: with organisationOptions() (logo, organisation, footer text).
void pdfOneMeeting(benchmark::State &state)
{
    const Meeting meeting = meetings(1).front();
    const DocumentOptions options = state.range(0) ? organisationOptions() : DocumentOptions();
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        MinutesPdfWriter writer(QLocale(), options);
        if (!writer.write(meeting, buffer))
            state.SkipWithError("PDF export failed");
        benchmark::DoNotOptimize(buffer.data().size());
    }
}
BENCHMARK(pdfOneMeeting)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void textOneMeeting(benchmark::State &state)
{
    const auto format = static_cast<MinutesExporter::Format>(state.range(0));
    const Meeting meeting = meetings(1).front();
    const MinutesExporter exporter(format);
    for (auto _ : state)
        benchmark::DoNotOptimize(exporter.text(meeting).size());
}
BENCHMARK(textOneMeeting)
    ->Arg(static_cast<int>(MinutesExporter::Format::Html))
    ->Arg(static_cast<int>(MinutesExporter::Format::Markdown))
    ->Unit(benchmark::kMillisecond);

void pdfHundredMeetings(benchmark::State &state)
{
    const std::vector<Meeting> all = meetings(100);
    for (auto _ : state) {
        qint64 bytes = 0;
        for (const Meeting &meeting : all) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            MinutesPdfWriter writer;
            if (!writer.write(meeting, buffer))
                state.SkipWithError("PDF export failed");
            bytes += buffer.data().size();
        }
        benchmark::DoNotOptimize(bytes);
    }
}
BENCHMARK(pdfHundredMeetings)->Unit(benchmark::kMillisecond)->Iterations(2);

void archiveHundredMeetings(benchmark::State &state)
{
    const std::vector<Meeting> all = meetings(100);
    const QVector<Meeting> archive(all.begin(), all.end());
    for (auto _ : state) {
        state.PauseTiming();
        auto dir = std::make_unique<QTemporaryDir>();
        state.ResumeTiming();
        ArchiveExporter exporter;
        if (!exporter.write(archive, {}, {}, dir->path()))
            state.SkipWithError("archive export failed");
        benchmark::DoNotOptimize(exporter.fileNames().size());
        state.PauseTiming();
        dir.reset(); // removing the files is not part of the export
        state.ResumeTiming();
    }
    state.counters["meetings"] = 100;
}
// The PDFs are rendered on a thread pool: wall-clock time is what counts.
BENCHMARK(archiveHundredMeetings)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
