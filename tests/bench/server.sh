#!/usr/bin/env bash
# The archive on a PostgreSQL server next to the same archive in a file (docs/performance.md,
# "The archive on a server"): copies FILE to a fresh database on a local server, timing the copy,
# then runs minutebook_backends_bench on both and prints a Markdown table.
#
#   tests/bench/server.sh [BUILD_DIR] [FILE]
#
# FILE defaults to run.sh's kept archive of 100,000 meetings ($BENCH_WORK/bench-100000.db).
# Uses the server of $MINUTEBOOK_TEST_PG_SOCKET (user $MINUTEBOOK_TEST_PG_USER), else starts a
# throw-away one as .ci/test does and stops it at the end.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-$ROOT/build-bench}"
FILE="${2:-${BENCH_WORK:-/tmp/minutebook-bench}/bench-100000.db}"
[ -f "$FILE" ] || { echo "no archive at $FILE (tests/bench/run.sh generates one)" >&2; exit 2; }
cmake --build "$BUILD" --target minutebook-cli minutebook_backends_bench >/dev/null

if [ -z "${MINUTEBOOK_TEST_PG_SOCKET:-}" ]; then
    # shellcheck source=../../.ci/setup
    source "$ROOT/.ci/setup"
    minutebook_start_test_server
    trap minutebook_stop_test_server EXIT
fi
socket="$MINUTEBOOK_TEST_PG_SOCKET"
user="${MINUTEBOOK_TEST_PG_USER:-postgres}"
name="minutebook_bench_$$"
psql -h "$socket" -U "$user" -qc "CREATE DATABASE $name" postgres
url="postgresql:///$name?host=$socket&user=$user"
cli="$BUILD/src/cli/minutebook-cli"
"$cli" --server "$url" server init >/dev/null
start=$(date +%s%N)
"$cli" copy --from "$FILE" --to "$url" 2>/dev/null
end=$(date +%s%N)
echo "copy: $(( (end - start) / 1000000 )) ms for $(sqlite3 "$FILE" 'SELECT count(*) FROM meetings') meetings"
psql -h "$socket" -U "$user" -qc "VACUUM ANALYZE" "$name"

out="$(mktemp)"
MINUTEBOOK_BENCH_DATABASE="$FILE" MINUTEBOOK_BENCH_SERVER="$url" \
    "$BUILD/tests/bench/minutebook_backends_bench" --benchmark_format=json >"$out"
python3 - "$out" <<'PY'
import json, sys
rows = {}
for b in json.load(open(sys.argv[1]))["benchmarks"]:
    name = b["name"]
    backend = "sqlite" if "/sqlite" in name else "postgresql"
    key = name.replace("/sqlite", "").replace("/postgresql", "")
    value = b.get("p95_ms")
    text = f'{b["real_time"]:.2f} ms' + (f' (p95 {value:.1f})' if value is not None else "")
    if b.get("error_occurred"):
        text = "skipped"
    rows.setdefault(key, {})[backend] = (b["real_time"], text)
print("| | SQLite file | PostgreSQL server | ratio |")
print("|---|---|---|---|")
for key, r in rows.items():
    s, p = r.get("sqlite"), r.get("postgresql")
    ratio = f'{p[0] / s[0]:.1f}×' if s and p and s[0] > 0 else ""
    print(f'| {key} | {s[1] if s else ""} | {p[1] if p else ""} | {ratio} |')
PY
rm -f "$out"
psql -h "$socket" -U "$user" -qc "DROP DATABASE $name" postgres
