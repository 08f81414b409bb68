// Where unit names stand in a sentence: the lexicon's names (patterns/unit_names.re2), names
// declared by their apposition or a kind word before them, and names built from a possessive or
// a plural kind ("vår förskola Tallkotten", "förskolorna Lärkan och Gläntan"), each as a span
// of the sentence with the name as registered where the text words it otherwise.
#pragma once

#include <string>
#include <vector>

#include "kvreg/patterns.h"

namespace kvreg {

// A unit name in a sentence: the bytes [begin, end) that write it.
struct NameSpan {
  size_t begin = 0, end = 0;
  std::string registered;  // the name as registered where the text words it otherwise
};

// Every unit name in `text`, left to right.
std::vector<NameSpan> FindUnitNames(const PatternSet& patterns, const std::string& text);

}  // namespace kvreg
