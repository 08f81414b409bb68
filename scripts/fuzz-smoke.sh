#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, build-fuzz/) and runs each one for a short
# time from its seeds: corpus/*.pdf for the PDF path, fuzz/seeds/text/ for the text path.
# FUZZ_SECONDS (default 45) sets the time per target; FUZZ_TARGETS picks targets. New inputs
# found go to build-fuzz/corpus-<target>/, crashes to build-fuzz/findings/ (exit non-zero).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-45}"
targets="${FUZZ_TARGETS:-fuzz_extract_text fuzz_pdf_load}"
CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKVREG_FUZZ=ON \
  -DBUILD_TESTING=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build build-fuzz -j"${JOBS:-$(nproc)}" --target $targets
mkdir -p build-fuzz/findings
for target in $targets; do
  case "$target" in
    # Only the .pdf files of corpus/: libFuzzer would read every file of a seed folder.
    fuzz_pdf_load)
      seeds=build-fuzz/seeds-pdf; extra=(-max_len=65536)
      mkdir -p "$seeds" && cp corpus/*.pdf "$seeds/" ;;
    *) seeds=fuzz/seeds/text; extra=(-max_len=16384) ;;
  esac
  work="build-fuzz/corpus-$target"
  mkdir -p "$work"
  echo "== $target: ${seconds} s from $seeds"
  log="build-fuzz/$target.log"
  status=0
  "build-fuzz/fuzz/$target" "$work" "$seeds" -max_total_time="$seconds" -timeout=30 \
    -rss_limit_mb=2048 -seed="${FUZZ_SEED:-1}" -print_final_stats=1 \
    -artifact_prefix="build-fuzz/findings/$target-" "${extra[@]}" >"$log" 2>&1 || status=$?
  grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|Done |stat::(number_of_executed|new_units))' "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 60 "$log" >&2
    echo "fuzz-smoke: $target failed (exit $status); the input is in build-fuzz/findings/" >&2
    exit 1
  fi
done
