#!/usr/bin/env bash
# Crash test: a writer saves continuously (one transaction per save, as autosave does) and is
# killed with SIGKILL at a random moment; then the database is reopened and checked, and the
# last save the writer reported must be there. Repeats COUNT times (default 100).
#
#   tests/reliability/crash_test.sh [COUNT] [BUILD_DIR]
#
# Exit 0 when every round found an intact database with every reported save; prints a summary.
# With KEEP_FAILURES=DIR, the database and writer output of a failed round are copied there.
set -euo pipefail
count=${1:-100}
build=${2:-build}
writer="$build/tests/reliability/minutebook_edit_writer"
cli="$build/src/cli/minutebook-cli"
for exe in "$writer" "$cli"; do
    [[ -x $exe ]] || { echo "crash_test: $exe is missing; build first" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/crash.db"
corrupt=0 lost=0 rounds=0 saves=0
keep() {
    [[ -n ${KEEP_FAILURES:-} ]] || return 0
    mkdir -p "$KEEP_FAILURES/round-$1"
    cp "$db"* "$work/out" "$KEEP_FAILURES/round-$1/" 2>/dev/null || true
}
start=$(date +%s%N)
for ((i = 1; i <= count; i++)); do
    "$writer" "$db" 2 >"$work/out" 2>"$work/err" &
    pid=$!
    # 20–400 ms: sometimes while opening, mostly mid-save.
    sleep "0.$(printf '%03d' $((RANDOM % 380 + 20)))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rounds=$((rounds + 1))
    if [[ -s $work/err ]]; then
        echo "round $i: writer failed: $(cat "$work/err")" >&2
        corrupt=$((corrupt + 1))
        continue
    fi
    if ! "$cli" --database "$db" check >"$work/check" 2>&1; then
        echo "round $i: check failed: $(cat "$work/check")" >&2
        corrupt=$((corrupt + 1))
        keep "$i"
        continue
    fi
    # The last complete line the writer printed is a save that had committed.
    reported=$(grep -E '^[0-9]+$' "$work/out" | tail -n 1 || true)
    [[ -n $reported ]] || continue
    saves=$((saves + $(grep -cE '^[0-9]+$' "$work/out")))
    # Output to files, not pipes: with pipefail, grep -q closing a pipe early would look like a
    # failure of the command before it.
    "$cli" --database "$db" list --json >"$work/list"
    id=$(grep -oE '"id": *[0-9]+' "$work/list" | head -n 1 | grep -oE '[0-9]+$')
    "$cli" --database "$db" show "$id" --json >"$work/show"
    if ! grep -qE "ord${reported}( |\"|\\\\n|$)" "$work/show"; then
        echo "round $i: save $reported was reported committed but is missing" >&2
        lost=$((lost + 1))
        keep "$i"
    fi
done
end=$(date +%s%N)
ms=$(((end - start) / 1000000))
printf 'crash test: %d rounds, %d saves, %d corrupt, %d lost committed saves, %d.%03d s\n' \
    "$rounds" "$saves" "$corrupt" "$lost" $((ms / 1000)) $((ms % 1000))
[[ $corrupt -eq 0 && $lost -eq 0 ]]
