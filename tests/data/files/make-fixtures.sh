#!/bin/sh
# Builds the binary fixtures from their committed SQL (needs the sqlite3 command-line tool).
set -e
cd "$(dirname "$0")"
rm -f v1-ung-i-jobb.effekt
sqlite3 v1-ung-i-jobb.effekt < v1-ung-i-jobb.sql
