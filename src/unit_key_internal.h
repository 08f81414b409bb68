// The general path of UnitKey (private to src/): ICU normalisation of any name. UnitKey takes
// a shortcut for names in plain ASCII and Swedish letters; tests check it against this.
#pragma once

#include <re2/re2.h>

#include <string>

namespace kvreg {

// UnitKey's steps done with ICU, for every name.
std::string UnitKeyByIcu(const std::string& name);

// A name with an abbreviation after it: group 1 the name, group 2 the abbreviation in brackets,
// group 3 the one after a dash.
const RE2& UnitAbbreviationSuffix();

}  // namespace kvreg
