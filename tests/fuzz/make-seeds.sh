#!/usr/bin/env bash
# Makes the seed corpora in tests/fuzz/corpus/<target>/ (docs/building.md "Fuzzing") from the
# bundled example (resources/examples) and the test data (tests/data). Needs the sqlite3 tool.
# The seeds are committed; run this again only when the examples or the file format change, then
# commit what changed. Every seed stays under 64 KB (scripts/fuzz's -max_len): project files are
# rewritten with 512-byte pages, which holds the same tables in a twentieth of the space.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$top/tests/fuzz/corpus
example=$top/resources/examples/ung-i-jobb
data=$top/tests/data
mkdir -p "$out/fuzz_project_file" "$out/fuzz_json" "$out/fuzz_ledger_csv"

# --- Project files: the example (schema 3) and the version 1 and 2 fixtures ----------------------
small() { # small SOURCE TARGET [SQL]: a copy with 512-byte pages, after SQL
  rm -f "$2"
  cp "$1" "$2"
  sqlite3 "$2" "${3:-SELECT 1;}" "PRAGMA page_size = 512;" "VACUUM;" >/dev/null
}
p=$out/fuzz_project_file
small "$example.effekt" "$p/example-v3.effekt"
small "$data/files/v1-ung-i-jobb.effekt" "$p/fixture-v1.effekt"
small "$data/files/v2-ung-i-jobb.effekt" "$p/fixture-v2.effekt"
# With a ledger (pseudonyms only) and per-participant rows.
small "$example.effekt" "$p/example-v3-ledger.effekt" \
  "INSERT INTO ledger (position, participant, metric_id, period, units) VALUES
     (0, 'P-001', 1, 0, 1), (1, 'P-002', 1, 3, 2.5), (2, 'P-002', 2, 7, 1), (3, 'Åse-7', 2, 1, 0);"
# The same file flagged for WAL (header bytes 18 and 19 set to 2), as SQLite leaves it after a
# crash in WAL mode: the loader reads it as it is.
cp "$p/example-v3.effekt" "$p/example-v3-wal-flag.effekt"
printf '\002\002' | dd of="$p/example-v3-wal-flag.effekt" bs=1 seek=18 conv=notrunc status=none

# --- JSON: the example, its version 1 form, with a ledger, and small hand-made ones ---------------
j=$out/fuzz_json
cp "$example.json" "$j/example-v2.json"
# Version 1 had no scenarios, simulation or termination.
awk '/^  "scenarios": \[/ { skip = 1 } /^  "ledger": / { skip = 0 } !skip' "$example.json" |
  sed 's/^  "version": [0-9]*,/  "version": 1,/' >"$j/example-v1.json"
sed 's/^  "ledger": \[\]/  "ledger": [\
    {"participant": "P-001", "metricId": 1, "period": 0, "units": 1},\
    {"participant": "P-002", "metricId": 2, "period": 7, "units": 2.5}\
  ]/' "$example.json" >"$j/example-v2-ledger.json"
printf '{"format": "effekt-project", "version": 2}\n' >"$j/header-only.json"
printf '{"format": "effekt-project", "version": 2, "name": "x", "name": "y", "ledger": [{"units": -0.0}, {"units": 1e400}]}\n' \
  >"$j/duplicate-key-and-numbers.json"

# --- CSV ledgers: the test data's files, every encoding and separator they show -------------------
c=$out/fuzz_ledger_csv
for f in "$data"/csv/*.csv; do cp "$f" "$c/$(basename "$f")"; done
# UTF-16 with a byte order mark, little- and big-endian (Excel's "Unicode text", TAB-separated).
printf 'participant\tmetric\tperiod\tunits\r\nP-1\t1\tQ1 2027\t1\r\nP-2\t2\t2027-06-30\t1,5\r\n' >"$c/utf16.tmp"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$c/utf16.tmp"; } >"$c/ledger-utf16le-tab.csv"
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$c/utf16.tmp"; } >"$c/ledger-utf16be-tab.csv"
rm "$c/utf16.tmp"
printf 'enheter;periode;resultatmål;deltaker;merknad\n="3";"2. halvår 2027";I arbeid i 13 uker;'"'"'P-9;x\n' \
  >"$c/ledger-columns-reordered.csv"
