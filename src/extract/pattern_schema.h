// The schema of a patterns/ folder: each category's files, the groups its patterns need, the
// names allowed, and the patterns the extractors read by name with the groups they read.
// PatternSet::Load checks a folder against it; PatternSchemaMarkdown prints it for the clerk.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kvreg/pattern_id.h"

namespace kvreg {

struct CategorySpec {
  const char* name;
  std::vector<std::string> groups;
  bool any_group;
  std::set<std::string> allowed_names;  // empty: any name
  bool only_read_names = false;         // every name must be one the extractors read (ReadPatterns)
  // The extractors look for these patterns in a document's whole text, not in sentences or
  // names: one pass of an RE2::Set finds their candidates faster there than an AtomFilter.
  bool whole_text = false;
};

// A pattern the extractors read by name (PatternSet::Get): where it is, whether a folder must
// have it, and the groups read from it beyond its category's.
struct ReadPatternSpec {
  PatternId id;
  const char* category;
  const char* name;
  bool required;
  bool each;  // the name may have several patterns, and each is tried; else only one is allowed
  std::vector<std::string> groups;
};

// Every category of patterns/, in the order they are checked.
const std::vector<CategorySpec>& Categories();
// Every pattern the extractors read by name, one entry per PatternId in the enum's order.
const std::vector<ReadPatternSpec>& ReadPatterns();
// The entry of (category, name), or nullptr for a name no extractor reads.
const ReadPatternSpec* ReadPatternNamed(std::string_view category, std::string_view name);
// Whether the category's spec says whole_text (false for a category the schema lacks).
bool MatchedOverWholeText(std::string_view category);
// What a category is for, in a sentence (for patterns/README.md).
const char* CategoryPurpose(const std::string& name);

}  // namespace kvreg
