#!/usr/bin/env bash
# Writes one manual page from the program's own --help and --version (help2man), with the
# sections of NAME.h2m, and for minutebook-cli each command's options from `help --all`:
# the command descriptions the program already has are the one source.
# Usage: make-manpage.sh PROGRAM_PATH OUTPUT SOURCE_DIR
set -euo pipefail
program="$1"
output="$2"
source_dir="$3"
name="$(basename "$program")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# English, no display, no user files touched.
export LANGUAGE=en LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen HOME="$work"
cp "$source_dir/$name.h2m" "$work/include.h2m"
summary="meeting minutes for the people who write and read them"
if [ "$name" = "minutebook-export" ]; then
    summary="export and approval for minutebook-cli"
elif [ "$name" = "minutebook-cli" ]; then
    summary="command-line tool for Minutebook archives"
    {
        echo "[COMMANDS]"
        # Each command: its usage, what it does and its options as a tagged list.
        "$program" help --all | sed -e 's/\\/\\e/g' -e 's/-/\\-/g' | awk '
            /^[a-z]+$/ { print ".SS " $0; next }
            /^Usage: / { sub(/^Usage: /, ""); print ".PP"; print "\\fB" $0 "\\fR"; next }
            /^Options:$/ || /^$/ { next }
            /^  \\-/ {
                line = $0; sub(/^  /, "", line)
                split(line, parts, /   */)
                print ".TP"; print ".B " parts[1]
                rest = line; sub(/^[^ ]+( [^ ]+)?  +/, "", rest)
                if (rest != line) print rest
                next
            }
            /^     / { line = $0; sub(/^ +/, "", line); print line; next }
            { print ".PP"; print }'
    } >>"$work/include.h2m"
fi
mkdir -p "$work/bin"
ln -s "$(cd "$(dirname "$program")" && pwd)/$name" "$work/bin/$name"
PATH="$work/bin:$PATH" help2man --locale=C.UTF-8 --no-info --no-discard-stderr --section 1 \
    --name "$summary" --include "$work/include.h2m" --output "$output.tmp" "$name"
mv "$output.tmp" "$output"
