// The general path of UnitKey (private to src/): ICU normalisation of any name. UnitKey takes
// a shortcut for names in plain ASCII and Swedish letters; tests check it against this.
#pragma once

#include <string>

namespace kvreg {

// UnitKey's steps done with ICU, for every name.
std::string UnitKeyByIcu(const std::string& name);

}  // namespace kvreg
