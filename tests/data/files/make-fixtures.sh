#!/bin/sh
# Builds the binary fixtures from their committed SQL (needs the sqlite3 command-line tool).
set -e
cd "$(dirname "$0")"
for v in v1 v2 v3; do
  rm -f $v-ung-i-jobb.effekt
  sqlite3 $v-ung-i-jobb.effekt < $v-ung-i-jobb.sql
done
