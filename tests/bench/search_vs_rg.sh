#!/usr/bin/env bash
# Times minutebook-cli search against `rg -l -i` over the same meetings exported as text files,
# in one run (docs/performance.md). Tooling only: needs ripgrep (apt-get install ripgrep) and a
# build with minutebook-cli and minutebook_export_text (RelWithDebInfo for honest figures).
#
#   tests/bench/search_vs_rg.sh BUILD_DIR [MEETINGS] [WORK_DIR]
#
# MEETINGS defaults to 100000. WORK_DIR (default /tmp/minutebook-search-vs-rg) keeps the
# database and the text files, so a second run skips generating and exporting them.
# Each command runs once to warm the page cache, then REPEAT (default 5) times; the median
# wall time is printed. Both tools list matching meetings: rg every matching file, the CLI the
# best 20 hits (--limit 20), which is what a person searching wants to see.
set -euo pipefail

build="${1:?usage: search_vs_rg.sh BUILD_DIR [MEETINGS] [WORK_DIR]}"
meetings="${2:-100000}"
work="${3:-/tmp/minutebook-search-vs-rg}"
repeat="${REPEAT:-5}"
cli="$build/src/cli/minutebook-cli"
export_text="$build/tests/bench/minutebook_export_text"
command -v rg >/dev/null || { echo "ripgrep (rg) is not installed" >&2; exit 1; }
[ -x "$cli" ] && [ -x "$export_text" ] || { echo "build minutebook-cli and minutebook_export_text in $build" >&2; exit 1; }

mkdir -p "$work"
db="$work/search-$meetings.db"
text="$work/text-$meetings"
if [ ! -f "$db" ]; then
    "$cli" --database "$db" generate --meetings "$meetings"
fi
# Ten meetings with the rare word "jupiterpriset", as minutebook_search_bench adds them.
if [ -x "$build/tests/bench/minutebook_search_bench" ]; then
    MINUTEBOOK_BENCH_DATABASE="$db" "$build/tests/bench/minutebook_search_bench" \
        --benchmark_filter=NONE >/dev/null
fi
if [ ! -d "$text" ]; then
    "$export_text" "$db" "$text.partial"
    mv "$text.partial" "$text"
fi

# CPU time (user + system) in seconds of "$@", the median of REPEAT runs, to the microsecond
# (GNU time only counts in hundredths, which a CLI search fits into).
cpu() {
    python3 - "$repeat" "$@" <<'PY'
import resource, subprocess, sys
runs = []
for _ in range(int(sys.argv[1])):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    runs.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
print(f"{sorted(runs)[len(runs) // 2]:.4f}")
PY
}

# median wall time in seconds of "$@", output discarded
median() {
    "$@" >/dev/null 2>&1 || true
    local times=()
    for _ in $(seq "$repeat"); do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (repeat + 1) / 2 ))p"
}

echo "meetings: $meetings, text files: $(find "$text" -name '*.txt' | wc -l), $(du -sh "$text" | cut -f1)"
echo "rg: $(rg --version | head -1), cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| query | minutebook-cli search --limit 20 | rg -l -i | files rg lists | rg / cli | CPU: cli | CPU: rg | rg / cli (CPU) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
# query for the CLI | pattern for rg (fixed string; a prefix matches inside words anyway)
while IFS='|' read -r query pattern; do
    cli_s=$(median "$cli" --database "$db" search "$query" --limit 20)
    rg_s=$(median rg -l -i -F "$pattern" "$text")
    files=$(rg -l -i -F "$pattern" "$text" | wc -l)
    ratio=$(echo "scale=0; $rg_s / $cli_s" | bc)
    cli_cpu=$(cpu "$cli" --database "$db" search "$query" --limit 20)
    rg_cpu=$(cpu rg -l -i -F "$pattern" "$text")
    cpu_ratio=$(echo "scale=0; $rg_cpu / $cli_cpu" | bc)
    printf '| `%s` | %.3f s | %.3f s | %s | %s× | %s s | %s s | %s× |\n' "$query" "$cli_s" \
        "$rg_s" "$files" "$ratio" "$cli_cpu" "$rg_cpu" "$cpu_ratio"
done <<'QUERIES'
jupiterpriset|jupiterpriset
lindström|lindström
verksamhetsplanen|verksamhetsplanen
"avsätta medel"|avsätta medel
kvalitet*|kvalitet
QUERIES
