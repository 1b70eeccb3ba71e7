#!/usr/bin/env bash
# The crash test's own test: a writer that acknowledges a save it never made must make
# crash_test.sh fail and name that save. The fake writer is the real one with its output passed
# through awk, which adds the bogus acknowledgement 999999 after the first real one of a round.
#
#   tests/reliability/crash_test_selftest.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: crash_test_selftest.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fake=$(mktemp -d)
trap 'rm -rf "$fake"' EXIT
mkdir -p "$fake/tests/reliability" "$fake/src/cli"
ln -s "$build/src/cli/minutebook-cli" "$fake/src/cli/minutebook-cli"
cat >"$fake/tests/reliability/minutebook_edit_writer" <<FAKE
#!/usr/bin/env bash
exec > >(awk 'NR == 1 { print; print 999999; fflush(); next } { print; fflush() }')
exec "$build/tests/reliability/minutebook_edit_writer" "\$@"
FAKE
chmod +x "$fake/tests/reliability/minutebook_edit_writer"
status=0
bash "$here/crash_test.sh" 3 "$fake" >"$fake/out" 2>&1 || status=$?
cat "$fake/out"
if [[ $status -eq 0 ]]; then
    echo "crash_test_selftest: crash_test.sh passed although save 999999 was never made" >&2
    exit 1
fi
if ! grep -qE 'save 999999 .*(not in the final text|missing)' "$fake/out"; then
    echo "crash_test_selftest: crash_test.sh failed without naming the lost save" >&2
    exit 1
fi
echo "crash_test_selftest: crash_test.sh caught the save that was acknowledged but never made"
