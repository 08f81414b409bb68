// The general path of UnitKey (private to src/): ICU normalisation of any name. UnitKey takes
// a shortcut for names in plain ASCII and Swedish letters; tests check it against this.
#pragma once

#include <string>

namespace kvreg {

// UnitKey's steps done with ICU, for every name.
std::string UnitKeyByIcu(const std::string& name);

// Splits a name with an abbreviation after it, in brackets or after a dash, into the name and
// the abbreviation; false when it has none. The rule is the regex
//   ^(.*?\S)\s*(?:\(\s*(\p{Lu}[\p{Lu}\pN]{1,9})\s*\)|\s[-–—]\s*(\p{Lu}[\p{Lu}\pN]{1,9}))\s*$
// (RE2, \s ASCII whitespace) read from the end by hand, so that unit keys need ICU only; a
// test holds it to the regex.
bool SplitAbbreviationSuffix(const std::string& name, std::string* base, std::string* abbreviation);

}  // namespace kvreg
