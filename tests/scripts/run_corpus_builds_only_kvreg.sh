#!/usr/bin/env bash
# scripts/run-corpus.sh, the README's first command, builds only the kvreg binary (issue 15: it
# built the tests and benchmarks too, minutes before its first line of output), and
# scripts/test.sh still builds everything. Runs copies of the scripts with stand-ins for
# install-deps.sh, cmake, ctest and the kvreg binary, which note how they were called.
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tree/scripts" "$work/bin"
cp "$source_dir/scripts/run-corpus.sh" "$source_dir/scripts/build.sh" "$source_dir/scripts/test.sh" \
  "$work/tree/scripts/"
echo 'true' >"$work/tree/scripts/install-deps.sh"
log="$work/calls"
cat >"$work/bin/cmake" <<STUB
#!/usr/bin/env bash
echo "cmake \$*" >>"$log"
if [ "\${1:-}" = --build ]; then
  mkdir -p build && printf '#!/bin/sh\necho "kvreg \$*" >>"$log"\n' >build/kvreg && chmod +x build/kvreg
fi
STUB
printf '#!/bin/sh\necho "ctest $*" >>"%s"\n' "$log" >"$work/bin/ctest"
chmod +x "$work/bin/cmake" "$work/bin/ctest"
export PATH="$work/bin:$PATH"
unset BUILD_TARGETS KVREG_DB

bash "$work/tree/scripts/run-corpus.sh"
builds="$(grep '^cmake --build' "$log")"
if [ "$(echo "$builds" | grep -c -- '--target kvreg$')" != 1 ] || [ "$(echo "$builds" | wc -l)" != 1 ]; then
  echo "run-corpus.sh should build only the kvreg target; it ran:" >&2
  cat "$log" >&2
  exit 1
fi
grep -q '^kvreg import' "$log" || { echo "run-corpus.sh did not import" >&2; exit 1; }

: >"$log"
bash "$work/tree/scripts/test.sh"
if grep '^cmake --build' "$log" | grep -q -- '--target'; then
  echo "test.sh should build every target; it ran:" >&2
  cat "$log" >&2
  exit 1
fi
grep -q '^ctest' "$log" || { echo "test.sh did not run ctest" >&2; exit 1; }
echo "run-corpus.sh builds only kvreg; test.sh builds everything"
