#!/usr/bin/env bash
# Minutebook's PDF/A export against LibreOffice's headless HTML → PDF conversion of the same
# minutes, measured in one run on one machine (docs/performance.md, document section).
#
#   tests/bench/pdf_vs_libreoffice.sh [BUILD_DIR] [MEETINGS]
#
# BUILD_DIR (default: build) must hold an optimised build (RelWithDebInfo or Release) with
# src/cli/minutebook-cli and, for the in-process figures, tests/bench/minutebook_document_bench.
# MEETINGS (default 100) synthetic meetings are generated into a temporary database and:
#   1. exported to HTML with `minutebook-cli export` (LibreOffice's input, not timed);
#   2. converted by one `soffice --headless --convert-to pdf` over all HTML files (after an
#      untimed warm-up that creates LibreOffice's profile), timed;
#   3. exported by Minutebook as a PDF/A archive with `minutebook-cli export --output-dir`
#      (one process: database, layout, PDF/A, index and registers; the PDFs are rendered on
#      as many threads as there are cores), timed;
#   4. with the Google Benchmark program: one meeting to PDF/A and the 100-meeting archive;
#   5. one process per meeting, as a script exporting single minutes would run them: SINGLE
#      (default 10) calls of `soffice --convert-to pdf FILE` against as many calls of
#      `minutebook-cli export ID -o FILE.pdf`, each call timed whole (start-up included).
# Prints the time per meeting of each and the ratios: wall-clock time, and for the two batch
# conversions also the CPU time (user + system, all threads and child processes), since the
# archive export uses every core and LibreOffice's conversion mostly one. Needs
# libreoffice-writer-nogui (not a build dependency) and poppler-utils.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-$ROOT/build}"
MEETINGS="${2:-100}"
SINGLE="${SINGLE:-10}"
CLI="$BUILD/src/cli/minutebook-cli"
BENCH="$BUILD/tests/bench/minutebook_document_bench"

command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui" >&2; exit 1; }
[ -x "$CLI" ] || { echo "$CLI not built" >&2; exit 1; }
if grep -q '^CMAKE_BUILD_TYPE:STRING=Debug' "$BUILD/CMakeCache.txt" 2>/dev/null; then
    echo "warning: $BUILD is a Debug build; the figures will not be representative" >&2
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=sv MINUTEBOOK_LANGUAGE=sv
# Neither the user's settings nor the user's database are touched.
export XDG_CONFIG_HOME="$WORK/config" HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$WORK/html" "$WORK/lo" "$WORK/archive" "$HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
DB="$WORK/bench.db"

now() { date +%s.%N; }
per_meeting_ms() { echo "scale=2; ($2 - $1) * 1000 / $MEETINGS" | bc; }
# Runs a command with its output discarded and prints "WALL CPU" in seconds (CPU: user + system
# of it and all its children); shows its error output when it fails.
timed() {
    local TIMEFORMAT='%R %U %S'
    { time "$@" >/dev/null 2>"$WORK/timed.err"; } 2>"$WORK/timed.out" \
        || { cat "$WORK/timed.err" >&2; return 1; }
    awk '{print $1, $2 + $3}' "$WORK/timed.out"
}

echo "Generating $MEETINGS meetings…"
"$CLI" --database "$DB" generate --meetings "$MEETINGS" --seed 1 >/dev/null
mapfile -t IDS < <("$CLI" --database "$DB" list --limit "$MEETINGS" | awk '{print $1}')
[ "${#IDS[@]}" -eq "$MEETINGS" ] || { echo "expected $MEETINGS meetings, got ${#IDS[@]}" >&2; exit 1; }

echo "Exporting them to HTML (input for LibreOffice)…"
for id in "${IDS[@]}"; do
    "$CLI" --database "$DB" export "$id" -o "$WORK/html/$id.html"
done

LO_PROFILE="-env:UserInstallation=file://$WORK/lo-profile"
echo "LibreOffice warm-up (first start creates its profile; not timed)…"
soffice "$LO_PROFILE" --headless --convert-to pdf --outdir "$WORK/lo-warm" "$WORK/html/${IDS[0]}.html" >/dev/null 2>&1

echo "LibreOffice: soffice --headless --convert-to pdf on $MEETINGS HTML files…"
read -r LO_WALL LO_CPU < <(timed soffice "$LO_PROFILE" --headless --convert-to pdf --outdir "$WORK/lo" "$WORK"/html/*.html)
LO_MS=$(per_meeting_ms 0 "$LO_WALL")
LO_CPU_MS=$(per_meeting_ms 0 "$LO_CPU")
LO_COUNT=$(find "$WORK/lo" -name '*.pdf' | wc -l)
[ "$LO_COUNT" -eq "$MEETINGS" ] || { echo "LibreOffice wrote $LO_COUNT of $MEETINGS PDFs" >&2; exit 1; }

echo "Minutebook: minutebook-cli export --output-dir (PDF/A archive of $MEETINGS meetings)…"
read -r MB_WALL MB_CPU < <(timed "$CLI" --database "$DB" export --output-dir "$WORK/archive")
MB_MS=$(per_meeting_ms 0 "$MB_WALL")
MB_CPU_MS=$(per_meeting_ms 0 "$MB_CPU")
MB_COUNT=$(find "$WORK/archive" -name '*.pdf' | wc -l)
[ "$MB_COUNT" -eq "$MEETINGS" ] || { echo "Minutebook wrote $MB_COUNT of $MEETINGS PDFs" >&2; exit 1; }
pdfinfo "$(find "$WORK/archive" -name '*.pdf' | head -1)" | grep -q 'Metadata Stream: yes'

echo "One process per meeting ($SINGLE meetings each)…"
start=$(now)
for id in "${IDS[@]:0:$SINGLE}"; do
    soffice "$LO_PROFILE" --headless --convert-to pdf --outdir "$WORK/lo-single" "$WORK/html/$id.html" >/dev/null 2>&1
done
end=$(now)
LO_SINGLE_MS=$(echo "scale=1; ($end - $start) * 1000 / $SINGLE" | bc)
start=$(now)
for id in "${IDS[@]:0:$SINGLE}"; do
    "$CLI" --database "$DB" export "$id" -o "$WORK/single-$id.pdf" 2>/dev/null
done
end=$(now)
MB_SINGLE_MS=$(echo "scale=1; ($end - $start) * 1000 / $SINGLE" | bc)

LO_PAGES=0; MB_PAGES=0
for f in "$WORK"/lo/*.pdf; do LO_PAGES=$((LO_PAGES + $(pdfinfo "$f" | awk '/^Pages:/{print $2}'))); done
for f in "$WORK"/archive/*.pdf; do MB_PAGES=$((MB_PAGES + $(pdfinfo "$f" | awk '/^Pages:/{print $2}'))); done

BENCH_ONE=""; BENCH_ARCHIVE=""
if [ -x "$BENCH" ]; then
    echo "Google Benchmark (in process)…"
    BENCH_JSON="$WORK/bench.json"
    "$BENCH" --benchmark_filter='pdfOneMeeting|archiveHundredMeetings' \
        --benchmark_format=json --benchmark_out="$BENCH_JSON" >/dev/null 2>&1
    BENCH_ONE=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print([round(b["real_time"],2) for b in d["benchmarks"] if b["name"].startswith("pdfOneMeeting")][0])' "$BENCH_JSON")
    BENCH_ARCHIVE=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print([round(b["real_time"],1) for b in d["benchmarks"] if b["name"].startswith("archiveHundredMeetings")][0])' "$BENCH_JSON")
fi

echo
echo "== $MEETINGS meetings, $(nproc) cores, $(soffice --version | head -1)"
printf '%-58s %10s ms\n' "LibreOffice --convert-to pdf, per meeting" "$LO_MS"
printf '%-58s %10s ms\n' "Minutebook CLI archive export (PDF/A), per meeting" "$MB_MS"
printf '%-58s %10s\n' "pages written (LibreOffice / Minutebook)" "$LO_PAGES / $MB_PAGES"
printf '%-58s %10sx\n' "ratio (LibreOffice / Minutebook CLI)" "$(echo "scale=1; $LO_MS / $MB_MS" | bc)"
printf '%-58s %10s ms\n' "LibreOffice CPU time, per meeting" "$LO_CPU_MS"
printf '%-58s %10s ms\n' "Minutebook CLI archive export CPU time, per meeting" "$MB_CPU_MS"
printf '%-58s %10sx\n' "ratio of CPU time (LibreOffice / Minutebook CLI)" "$(echo "scale=1; $LO_CPU_MS / $MB_CPU_MS" | bc)"
printf '%-58s %10s ms\n' "one soffice process per meeting" "$LO_SINGLE_MS"
printf '%-58s %10s ms\n' "one minutebook-cli export process per meeting (PDF/A)" "$MB_SINGLE_MS"
printf '%-58s %10sx\n' "ratio (one process per meeting)" "$(echo "scale=1; $LO_SINGLE_MS / $MB_SINGLE_MS" | bc)"
if [ -n "$BENCH_ONE" ]; then
    printf '%-58s %10s ms\n' "Google Benchmark pdfOneMeeting" "$BENCH_ONE"
    printf '%-58s %10s ms\n' "Google Benchmark archiveHundredMeetings (100 meetings)" "$BENCH_ARCHIVE"
    printf '%-58s %10sx\n' "ratio (LibreOffice / pdfOneMeeting)" "$(echo "scale=1; $LO_MS / $BENCH_ONE" | bc)"
fi
