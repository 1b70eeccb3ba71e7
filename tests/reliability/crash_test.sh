#!/usr/bin/env bash
# Crash test: a writer saves continuously (one transaction per save, as autosave does) and prints
# the number of each save once it has committed. Each round waits until the writer has
# acknowledged its first save, waits a random 0–200 ms more and kills it with SIGKILL; then the
# database is reopened and checked, and the last save the writer acknowledged must be there.
# Repeats COUNT times (default 100) on the same database, the writer continuing each time after
# the last word stored.
#
#   tests/reliability/crash_test.sh [COUNT] [BUILD_DIR]
#
# After the last round the item's text is read once more and must hold every save acknowledged in
# any round, its words ord1, ord2, … numbered consecutively in order (no gap, no repeat), and be
# exactly the words the writer typed. Only complete lines of the writer's output count as
# acknowledged: a last line cut off by the kill does not.
#
# Exit 0 when every round acknowledged a save and found an intact database with every reported
# save, and the final text checks out; prints a summary. A round whose writer exits, writes to
# stderr or acknowledges nothing within ACK_TIMEOUT seconds (default 60: start-up under ASan is
# slow) counts as a writer failure. With KEEP_FAILURES=DIR, the database and writer output of a
# failed round (and of a failed final check) are copied there.
set -euo pipefail
count=${1:-100}
build=${2:-build}
ack_timeout=${ACK_TIMEOUT:-60}
writer="$build/tests/reliability/minutebook_edit_writer"
cli="$build/src/cli/minutebook-cli"
for exe in "$writer" "$cli"; do
    [[ -x $exe ]] || { echo "crash_test: $exe is missing; build first" >&2; exit 2; }
done
# The text minutebook_edit_writer appends per save (%d = the save's number).
word=' Sekreteraren skriver åäö ord%d'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/crash.db"
: >"$work/acked" # "ROUND NUMBER" for every save acknowledged, in order
failed=0 corrupt=0 lost=0 wrong=0 rounds=0 saves=0 verified=0
keep() {
    [[ -n ${KEEP_FAILURES:-} ]] || return 0
    mkdir -p "$KEEP_FAILURES/round-$1"
    cp "$db"* "$work/out" "$work/err" "$KEEP_FAILURES/round-$1/" 2>/dev/null || true
}
# Prints the numbers the writer acknowledged in FILE: lines that are a number and end in a newline.
# `read` fails on a last line without one (cut off by the kill, or still being written), so that
# line is left out.
acks() {
    local line
    while IFS= read -r line; do
        if [[ $line =~ ^[0-9]+$ ]]; then echo "$line"; fi
    done <"$1"
    return 0
}
# Succeeds once FILE holds at least one acknowledgement (same rule as acks).
has_ack() {
    local line
    while IFS= read -r line; do
        [[ $line =~ ^[0-9]+$ ]] && return 0
    done <"$1"
    return 1
}
# Writes the id of the first meeting to $work/id (empty when there is none); fails if list fails.
meeting_id() {
    "$cli" --database "$db" list --json >"$work/list" 2>&1 || return 1
    grep -m 1 -oE '"id": *[0-9]+' "$work/list" >"$work/id" || [[ $? -eq 1 ]] || return 1
    sed -i 's/.*[^0-9]//' "$work/id"
}
start=$(date +%s%N)
for ((i = 1; i <= count; i++)); do
    # Empty the output here: the writer's own redirection happens after the fork, and until then
    # the polling below would read the previous round's output.
    : >"$work/out"
    : >"$work/err"
    "$writer" "$db" 2 >"$work/out" 2>"$work/err" &
    pid=$!
    # Wait (every 10 ms) until the writer has acknowledged a save: the kill then always falls
    # after at least one commit, mostly in the middle of a later save.
    deadline=$((SECONDS + ack_timeout))
    while :; do
        alive=1
        kill -0 "$pid" 2>/dev/null || alive=0
        if has_ack "$work/out"; then state=acked; break; fi
        if ((!alive)); then state=exited; break; fi
        if ((SECONDS >= deadline)); then state=timeout; break; fi
        sleep 0.01
    done
    [[ $state != acked ]] || sleep "0.$(printf '%03d' $((RANDOM % 201)))"
    kill -9 "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$?
    rounds=$((rounds + 1))
    # Every acknowledged save counts, whatever else went wrong in this round.
    acks "$work/out" >"$work/round"
    n=0
    while read -r num; do
        echo "$i $num" >>"$work/acked"
        n=$((n + 1))
    done <"$work/round"
    saves=$((saves + n))
    if [[ $state == timeout ]]; then
        echo "round $i: the writer acknowledged no save within ${ack_timeout} s" >&2
        failed=$((failed + 1))
        keep "$i"
        continue
    fi
    if [[ $state == exited || $status -ne 137 ]]; then
        echo "round $i: the writer exited by itself (status $status) after $n acknowledged saves$(
            [[ ! -s $work/err ]] || printf ': %s' "$(cat "$work/err")")" >&2
        failed=$((failed + 1))
        keep "$i"
        continue
    fi
    if ((n == 0)); then
        echo "round $i: the writer's output holds no acknowledged save after all" >&2
        failed=$((failed + 1))
        keep "$i"
        continue
    fi
    if [[ -s $work/err ]]; then
        echo "round $i: writer failed: $(cat "$work/err")" >&2
        failed=$((failed + 1))
        keep "$i"
        continue
    fi
    if ! "$cli" --database "$db" check >"$work/check" 2>&1; then
        echo "round $i: check failed: $(cat "$work/check")" >&2
        corrupt=$((corrupt + 1))
        keep "$i"
        continue
    fi
    # The last acknowledged save of this round must be there. Output to files, not pipes: with
    # pipefail, grep -q closing a pipe early would look like a failure of the command before it.
    reported=$(tail -n 1 "$work/round")
    if ! meeting_id || [[ ! -s $work/id ]]; then
        echo "round $i: save $reported was acknowledged but no meeting can be listed: $(cat "$work/list")" >&2
        lost=$((lost + 1))
        keep "$i"
        continue
    fi
    if ! "$cli" --database "$db" show "$(cat "$work/id")" --json >"$work/show" 2>&1; then
        echo "round $i: show failed: $(cat "$work/show")" >&2
        corrupt=$((corrupt + 1))
        keep "$i"
        continue
    fi
    if ! grep -qE "ord${reported}( |\"|\\\\n|$)" "$work/show"; then
        echo "round $i: save $reported was reported committed but is missing" >&2
        lost=$((lost + 1))
        keep "$i"
    fi
done

# Final check: the item's text, read once more, against every save acknowledged in any round.
report() { # prints a problem, at most 20 of each kind
    local -n shown=$1
    shown=$((shown + 1))
    if ((shown <= 20)); then
        echo "final check: $2" >&2
    elif ((shown == 21)); then
        echo "final check: (more of these not shown)" >&2
    fi
}
# shellcheck disable=SC2034 # counted through report's nameref
missing_shown=0 order_shown=0 twice_shown=0 wrong_shown=0
stored=()
body=
rm -f "$work/list" "$work/show"
if [[ -s $db ]] && meeting_id && [[ -s $work/id ]] \
    && "$cli" --database "$db" show "$(cat "$work/id")" --json >"$work/show" 2>&1; then
    # The meeting's "body" is the committee's name; the item's "body" is the text typed.
    grep -E '^ *"body": ".*ord[0-9]' "$work/show" >"$work/body" || [[ $? -eq 1 ]]
    if [[ $(wc -l <"$work/body") -gt 1 ]]; then
        report wrong_shown "more than one text holds the writer's words"
        wrong=$((wrong + 1))
    fi
    body=$(head -n 1 "$work/body")
    body=${body#*\"body\": \"}
    body=${body%\"*}
    grep -oE 'ord[0-9]+' <<<"$body" >"$work/words" || [[ $? -eq 1 ]]
    mapfile -t stored <"$work/words"
    stored=("${stored[@]#ord}")
elif [[ -s $work/acked ]]; then
    echo "final check: the meeting cannot be read: $(cat "$work/list" "$work/show" 2>/dev/null)" >&2
fi
# Words in order: ord1, ord2, … with no gap, repeat or step back (the writer continues after the
# last stored word, so even saves it was killed before acknowledging leave no gap).
declare -A position=()
prev=0
for ((k = 0; k < ${#stored[@]}; k++)); do
    cur=$((10#${stored[k]})) # 10#: a damaged "ord08" is not octal
    if ((cur <= prev)); then
        report order_shown "ord$cur follows ord$prev (word $((k + 1))): repeated or out of order"
        wrong=$((wrong + 1))
    elif ((cur != prev + 1)); then
        gap="ord$((prev + 1))"
        ((cur == prev + 2)) || gap+="–ord$((cur - 1))"
        report order_shown "ord$cur follows ord$prev (word $((k + 1))): $gap missing"
        wrong=$((wrong + 1))
    fi
    [[ -n ${position[$cur]:-} ]] || position[$cur]=$((k + 1))
    prev=$cur
done
# Exactly the writer's text (checked when the words themselves are in order, to say it once).
if ((wrong == 0 && ${#stored[@]} > 0)); then
    # shellcheck disable=SC2046,SC2059 # one argument per number; the format is the writer's word
    expected=$(printf "$word" $(seq 1 "${#stored[@]}"))
    if [[ $body != "$expected" ]]; then
        printf '%s\n' "$body" >"$work/text"
        printf '%s\n' "$expected" >"$work/expected"
        at=$(cmp "$work/text" "$work/expected" | grep -oE '(byte|char) [0-9]+' | grep -oE '[0-9]+' || true)
        report wrong_shown "the text is not exactly the writer's words 1–${#stored[@]}; from byte ${at:-?}: $(
            cut -b "$((${at:-1} > 30 ? ${at:-1} - 30 : 1))-$((${at:-1} + 30))" "$work/text")"
        wrong=$((wrong + 1))
    fi
fi
# Every acknowledged save is there, at its place; acknowledgements only ever go up (when a number
# comes again, the save acknowledged earlier was lost after its round and typed again).
last=0
while read -r round num; do
    num=$((10#$num))
    back=0
    if ((num <= last)); then
        report twice_shown "save $num (round $round) acknowledged after save $last: the numbers went back (an acknowledged save was lost between rounds, or never made)"
        lost=$((lost + 1))
        back=1
    fi
    last=$num
    if [[ -z ${position[$num]:-} ]]; then
        report missing_shown "save $num (round $round) was acknowledged but is not in the final text"
        lost=$((lost + 1))
    elif ((position[$num] == num && !back)); then
        verified=$((verified + 1))
    fi
done <"$work/acked"
if ((lost + wrong > 0)) && [[ -n ${KEEP_FAILURES:-} ]]; then
    mkdir -p "$KEEP_FAILURES/final"
    cp "$db"* "$work/acked" "$work/show" "$KEEP_FAILURES/final/" 2>/dev/null || true
fi

end=$(date +%s%N)
ms=$(((end - start) / 1000000))
printf 'crash test: %d rounds, %d writer failures, %d saves, %d corrupt, %d lost committed saves, %d errors in the final text, %d verified in order, %d.%03d s\n' \
    "$rounds" "$failed" "$saves" "$corrupt" "$lost" "$wrong" "$verified" $((ms / 1000)) $((ms % 1000))
[[ $failed -eq 0 && $corrupt -eq 0 && $lost -eq 0 && $wrong -eq 0 ]]
