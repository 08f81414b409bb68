#!/usr/bin/env bash
# Makes fuzz/seeds/text/: the normalised text of every corpus PDF (kvreg extract --text), the
# seeds of the text fuzz target. Run after a build; the PDF target's seeds are corpus/*.pdf.
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/seeds/text
mkdir -p "$out"
for pdf in corpus/*.pdf; do
  ./build/kvreg extract --text "$pdf" | tail -n +2 >"$out/$(basename "$pdf" .pdf).txt"
done
