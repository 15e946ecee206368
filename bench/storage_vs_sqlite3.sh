#!/bin/sh
# Saves and opens a project with N ledger rows (default 1,000,000) and, side by side in the same
# run, has the sqlite3 command-line tool import the same rows from CSV into an equivalent table.
# Prints wall time, CPU time (user + system) and peak memory of each, and the ratios to sqlite3.
#
#   bench/storage_vs_sqlite3.sh [BUILD_DIR] [N]
#
# BUILD_DIR is a Release build (default build-release) holding bench/bench_storage_tool. Needs
# sqlite3 and /usr/bin/time.
set -eu
BUILD=${1:-build-release}
N=${2:-1000000}
TOOL="$BUILD/bench/bench_storage_tool"
[ -x "$TOOL" ] || { echo "no $TOOL: build $BUILD with -DCMAKE_BUILD_TYPE=Release" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

measure() { # label, command...: prints "label wall cpu peakKB"
    label=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > "$WORK/out"
    read -r wall user sys peak < "$WORK/time"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf '%-22s wall %6.2f s   cpu %6.2f s   peak %7d KB\n' "$label" "$wall" "$cpu" "$peak"
    echo "$wall $cpu" > "$WORK/$label.t"
}

"$TOOL" csv "$N" "$WORK/ledger.csv"
echo "rows: $N   load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

measure sqlite3-import sqlite3 "$WORK/reference.db" \
    "CREATE TABLE ledger (position INTEGER PRIMARY KEY, participant TEXT NOT NULL,
       metric_id INTEGER NOT NULL, period INTEGER NOT NULL CHECK (period >= 0),
       units REAL NOT NULL);" \
    ".import --csv $WORK/ledger.csv ledger"
measure effekt-save "$TOOL" save "$N" "$WORK/project.effekt"
cat "$WORK/out"
measure effekt-open "$TOOL" open "$WORK/project.effekt"
cat "$WORK/out"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
read -r iw ic < "$WORK/sqlite3-import.t"
read -r sw sc < "$WORK/effekt-save.t"
read -r ow oc < "$WORK/effekt-open.t"
echo "save / sqlite3 import: wall $(ratio "$sw" "$iw")x, cpu $(ratio "$sc" "$ic")x"
echo "open / sqlite3 import: wall $(ratio "$ow" "$iw")x, cpu $(ratio "$oc" "$ic")x"
echo "file sizes: $(ls -l "$WORK/project.effekt" | awk '{print $5}') bytes (effekt)," \
     "$(ls -l "$WORK/reference.db" | awk '{print $5}') bytes (sqlite3)"
