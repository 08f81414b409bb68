#!/usr/bin/env bash
# The main job on the bundled corpus: install, build (Release), import corpus/ into a fresh
# register and show the participations per year with their status, checked against the clerk's
# expected list.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# Only the kvreg binary: the tests and benchmarks (scripts/test.sh builds them) would add minutes.
BUILD_TYPE=Release BUILD_TARGETS=kvreg bash scripts/build.sh
db="${KVREG_DB:-build/corpus.sqlite}"
rm -f "$db" "$db-wal" "$db-shm"
./build/kvreg import --db "$db" corpus
./build/kvreg verify --db "$db" --expected corpus/expected-participations.csv
