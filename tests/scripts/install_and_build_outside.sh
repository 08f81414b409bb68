#!/usr/bin/env bash
# cmake --install gives another program what it needs: libraries, headers and kvreg.pc. Installs
# the build into a temporary prefix, builds a ten-line program outside the tree with
# `pkg-config --cflags --libs kvreg`, and has it list the units of a register that kvreg import
# made from one corpus PDF: the same names `kvreg units --json` gives.
# Usage: install_and_build_outside.sh BUILD_DIR SOURCE_DIR [CXX [CXXFLAGS]]
# CXX and CXXFLAGS: the compiler and flags the library was built with (default c++, none).
set -euo pipefail
build=$1
source=$2
cxx=${3:-c++}
cxxflags=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
test -f "$work/prefix/include/kvreg/register.h"
test ! -e "$work/prefix/include/kvreg/sentences.h"  # internal to src/extract: not installed
pc_dir=$(dirname "$(find "$work/prefix" -name kvreg.pc | head -1)")

cat > "$work/units.cpp" <<'PROGRAM'
#include <kvreg/register.h>
#include <cstdio>
int main(int argc, char** argv) {
  std::unique_ptr<kvreg::Register> reg;
  kvreg::Status s = kvreg::Register::OpenForReading(argc > 1 ? argv[1] : "", &reg);
  std::vector<kvreg::UnitSummary> units;
  if (s.ok()) s = reg->Units("", &units);
  for (const kvreg::UnitSummary& unit : units) std::printf("%s\n", unit.name.c_str());
  return s.ok() ? 0 : (std::fprintf(stderr, "%s\n", s.message().c_str()), 1);
}
PROGRAM
cd "$work"
# shellcheck disable=SC2046,SC2086
"$cxx" -std=c++20 $cxxflags units.cpp -o units \
  $(PKG_CONFIG_PATH="$pc_dir" pkg-config --cflags --libs kvreg)

# The installed binary reads the installed patterns (share/kvreg/patterns).
"$work/prefix/bin/kvreg" import --db "$work/r.sqlite" "$source/corpus/bromma-2024-p23.pdf" > /dev/null
./units "$work/r.sqlite" | sort > got.txt
"$work/prefix/bin/kvreg" units --db "$work/r.sqlite" --json |
  python3 -c 'import json, sys; [print(json.loads(line)["unit"]) for line in sys.stdin]' | sort > want.txt
test -s want.txt || { echo "kvreg import found no units"; exit 1; }
diff want.txt got.txt
echo "the installed library lists $(wc -l < got.txt) units, as kvreg does"
