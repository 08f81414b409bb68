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
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
for target in $targets; do
  case "$target" in
    fuzz_pdf_load) seeds=corpus; extra=(-max_len=65536) ;;
    *) seeds=fuzz/seeds/text; extra=(-max_len=16384) ;;
  esac
  work="build-fuzz/corpus-$target"
  mkdir -p "$work"
  echo "== $target: ${seconds} s from $seeds"
  # Only the .pdf files of corpus/ are seeds: libFuzzer reads every file of a seed folder.
  if [ "$seeds" = corpus ]; then
    mkdir -p build-fuzz/seeds-pdf && cp corpus/*.pdf build-fuzz/seeds-pdf/ && seeds=build-fuzz/seeds-pdf
  fi
  "build-fuzz/fuzz/$target" "$work" "$seeds" -max_total_time="$seconds" -timeout=30 \
    -rss_limit_mb=2048 -seed="${FUZZ_SEED:-1}" -print_final_stats=1 \
    -artifact_prefix="build-fuzz/findings/$target-" "${extra[@]}" 2>&1 |
    grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|Done|stat::|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)' ||
    true
  status=${PIPESTATUS[0]}
  if [ "$status" -ne 0 ]; then
    echo "fuzz-smoke: $target failed (exit $status); see build-fuzz/findings/" >&2
    exit 1
  fi
done
