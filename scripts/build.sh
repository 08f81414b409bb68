#!/usr/bin/env bash
# Configures and builds kvreg into build/ (BUILD_TYPE=Release by default): every target (tests,
# benchmarks), or only those named in BUILD_TARGETS (e.g. BUILD_TARGETS=kvreg).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" >/dev/null
targets=()
for target in ${BUILD_TARGETS:-}; do targets+=(--target "$target"); done
cmake --build build -j"$(nproc)" "${targets[@]}"
