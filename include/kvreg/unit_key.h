// The comparison key of a unit name: one unit however it is written. Two spellings have the
// same key when they differ only in case, Unicode form (NFC/NFD, ligatures), whitespace,
// hyphens (a word hyphenated across a line, "Vård- och" / "Vård och"), a genitive -s on the
// last word ("Hemtjänsten Vällingbys") or an abbreviation in brackets or after a dash
// ("Relationsvåldscentrum Innerstaden (RVCI)", "… -RVCI"). Made with ICU; thread-safe.
#pragma once

#include <optional>
#include <string>

namespace kvreg {

// Bumped whenever UnitKey's rules change, so that a register re-keys its units on open.
constexpr int kUnitKeyVersion = 2;

std::string UnitKey(const std::string& name);

// The abbreviation a name carries in brackets or after a dash ("RVCI"), if any.
std::optional<std::string> UnitAbbreviation(const std::string& name);

// Of two spellings of one unit, the one to show, whatever order they came in: the
// nominative before a genitive, one with its abbreviation before one without, the longer,
// then the smaller in byte order.
const std::string& PreferredUnitName(const std::string& a, const std::string& b);

// True when `query` finds the unit `name`: case-insensitive, a part of the name is enough, and
// a genitive query ("Hemtjänsten Vällingbys") finds the nominative name.
bool UnitNameMatches(const std::string& name, const std::string& query);

}  // namespace kvreg
