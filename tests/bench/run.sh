#!/usr/bin/env bash
# Runs the whole benchmark suite and writes its figures into docs/performance.md (between the
# "run.sh" markers), with the reference tools measured in the same run and the machine it ran on.
#
#   tests/bench/run.sh [BUILD_DIR] [MEETINGS]
#
# BUILD_DIR (default build-bench) is configured as RelWithDebInfo when it has no cache yet.
# MEETINGS (default 100000) generated meetings are kept in $BENCH_WORK (default
# /tmp/minutebook-bench) so a second run skips generating them. Reference tools, where installed:
# ripgrep (search_vs_rg.sh) and LibreOffice (pdf_vs_libreoffice.sh); neither is a build
# dependency. Needs python3 for the report.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-$ROOT/build-bench}"
MEETINGS="${2:-100000}"
WORK="${BENCH_WORK:-/tmp/minutebook-bench}"
OUT="$WORK/results"
mkdir -p "$OUT"
rm -f "$OUT"/*

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
targets=(minutebook-cli minutebook-export minutebook_bench minutebook_search_bench minutebook_document_bench
    minutebook_import_bench minutebook_export_text)
[ -f "$ROOT/tests/bench/GuiBench.cpp" ] && targets+=(minutebook_gui_bench)
[ -f "$ROOT/tests/bench/EditorBench.cpp" ] && targets+=(minutebook_editor_bench)
cmake --build "$BUILD" --target "${targets[@]}"

cli="$BUILD/src/cli/minutebook-cli"
db="$WORK/bench-$MEETINGS.db"
if [ ! -f "$db" ]; then
    echo "Generating $MEETINGS meetings…"
    start=$(date +%s%N)
    "$cli" --database "$db.partial" generate --meetings "$MEETINGS" >/dev/null
    end=$(date +%s%N)
    mv "$db.partial" "$db"
    echo "$(( (end - start) / 1000000 ))" >"$OUT/generate-ms"
fi
# Benchmarks that write get a copy, so the kept database stays as generated.
copy="$WORK/copy.db"

bench() { # name executable [env...]
    local name="$1" exe="$BUILD/tests/bench/$2"
    shift 2
    [ -x "$exe" ] || { echo "skipping $name: $exe not built" >&2; return 0; }
    echo "Running $name…"
    cp "$db" "$copy"
    env "$@" "$exe" --benchmark_format=json --benchmark_out="$OUT/$name.json" \
        --benchmark_out_format=json $BENCH_ARGS >/dev/null
}
# Sub-millisecond figures move by a third from run to run on a shared machine: the search
# suites, whose ratios are targets, report the median of five repetitions, interleaved at random
# so that a slow minute of the machine does not fall on one benchmark only.
BENCH_ARGS=""
bench storage minutebook_bench MINUTEBOOK_BENCH_DATABASE="$copy"
BENCH_ARGS="--benchmark_repetitions=5 --benchmark_report_aggregates_only=true --benchmark_enable_random_interleaving=true"
bench search minutebook_search_bench MINUTEBOOK_BENCH_DATABASE="$copy"
bench search10k minutebook_search_bench MINUTEBOOK_BENCH_MEETINGS=10000
BENCH_ARGS=""
bench document minutebook_document_bench QT_QPA_PLATFORM=offscreen
bench import minutebook_import_bench
bench editor minutebook_editor_bench MINUTEBOOK_BENCH_DATABASE="$copy" QT_QPA_PLATFORM=offscreen
bench gui minutebook_gui_bench MINUTEBOOK_BENCH_DATABASE="$copy" QT_QPA_PLATFORM=offscreen
rm -f "$copy" "$copy-wal" "$copy-shm"

if command -v rg >/dev/null; then
    echo "Search against ripgrep…"
    # The same generated meetings (search_vs_rg.sh adds its ten rare ones to its own copy).
    [ -f "$WORK/search-$MEETINGS.db" ] || cp "$db" "$WORK/search-$MEETINGS.db"
    "$ROOT/tests/bench/search_vs_rg.sh" "$BUILD" "$MEETINGS" "$WORK" | grep '^|' >"$OUT/rg.md"
fi
if command -v soffice >/dev/null; then
    echo "PDF against LibreOffice…"
    "$ROOT/tests/bench/pdf_vs_libreoffice.sh" "$BUILD" 100 | sed -n '/^==/,$p' >"$OUT/libreoffice.txt"
fi

{
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
    echo "cores: $(nproc)"
    echo "memory: $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME")"
    echo "qt: $(qmake6 -query QT_VERSION 2>/dev/null || echo unknown)"
    echo "sqlite: $(dpkg-query -W -f '${Version}' libsqlite3-0 2>/dev/null || echo unknown)"
    echo "meetings: $MEETINGS"
    echo "database: $(du -h "$db" | cut -f1)"
    echo "date: $(date -u +%Y-%m-%d)"
} >"$OUT/machine"

python3 "$ROOT/tests/bench/report.py" "$OUT" "$ROOT/docs/performance.md"
echo "Wrote the figures into docs/performance.md"
