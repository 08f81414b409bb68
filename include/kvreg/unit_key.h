// The comparison key of a unit name: one unit however it is written (case, NFC, whitespace,
// soft hyphens), made with ICU's case folding. Thread-safe.
#pragma once

#include <string>

namespace kvreg {

std::string UnitKey(const std::string& name);

// True when `query` finds the unit `name`: case-insensitive, a part of the name is enough, and
// a genitive query ("Hemtjänsten Vällingbys") finds the nominative name.
bool UnitNameMatches(const std::string& name, const std::string& query);

}  // namespace kvreg
