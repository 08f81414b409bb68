// The real pattern set for the fuzz targets: $KVREG_PATTERNS, else the source tree's patterns/.
// Loaded once per process; a load failure aborts, since fuzzing without patterns is pointless.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "kvreg/patterns.h"

namespace kvreg::fuzz {

inline const PatternSet& FuzzPatterns() {
  static const std::unique_ptr<PatternSet> patterns = [] {
    const char* env = std::getenv("KVREG_PATTERNS");
    std::unique_ptr<PatternSet> p;
    const Status s = PatternSet::Load(env ? env : KVREG_SOURCE_PATTERNS_DIR, &p);
    if (!s.ok()) {
      std::fprintf(stderr, "fuzz: cannot load patterns: %s\n", s.message().c_str());
      std::abort();
    }
    return p;
  }();
  return *patterns;
}

}  // namespace kvreg::fuzz
