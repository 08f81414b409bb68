#!/usr/bin/env bash
# The register is the only stage that speaks SQL: no source outside src/register/ includes
# SQLite's header or the register's statement wrapper (kvreg serve reads the register through
# kvreg/register.h like every other command).
# Usage: only_register_speaks_sqlite.sh SOURCE_DIR
set -euo pipefail
cd "$1"
found=$(grep -rlE '#include [<"](sqlite3\.h|sqlite_statement\.h)[>"]' src include \
          --include='*.cpp' --include='*.h' | grep -v '^src/register/' || true)
if [ -n "$found" ]; then
  echo "SQLite reached outside src/register/:" >&2
  echo "$found" >&2
  exit 1
fi
