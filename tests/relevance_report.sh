#!/usr/bin/env bash
# Writes the relevance table (the search before Swedish matching and now, per class of query:
# recall in the first 50 hits and MRR) into docs/search.md between its markers.
#   tests/relevance_report.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
table="$(mktemp)"
trap 'rm -f "$table"' EXIT
MINUTEBOOK_RELEVANCE_REPORT="$table" "$build/tests/storage/search_tests" \
    --gtest_filter='Relevance.*' >/dev/null
python3 - "$root/docs/search.md" "$table" <<'PY'
import sys
doc, table = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
start, end = "<!-- relevance table: tests/relevance_report.sh -->", "<!-- end of relevance table -->"
text = open(doc, encoding="utf-8").read()
head, rest = text.split(start, 1)
_, tail = rest.split(end, 1)
open(doc, "w", encoding="utf-8").write(head + start + "\n\n" + table + "\n" + end + tail)
PY
echo "docs/search.md: relevance table updated"
