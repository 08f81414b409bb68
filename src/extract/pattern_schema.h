// The schema of a patterns/ folder: each category's files, the groups its patterns need, the
// names allowed and required, and the groups the extractors read from particular patterns.
// PatternSet::Load checks a folder against it; PatternSchemaMarkdown prints it for the clerk.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace kvreg {

struct CategorySpec {
  const char* name;
  std::vector<std::string> groups;
  bool any_group;
  std::vector<std::string> required_names;  // patterns that must exist
  std::set<std::string> allowed_names;      // empty: any name
};

// Every category of patterns/, in the order they are checked.
const std::vector<CategorySpec>& Categories();
// (category, pattern name) -> the groups the extraction reads from that pattern.
const std::map<std::pair<std::string, std::string>, std::vector<std::string>>& NamedGroups();
// What a category is for, in a sentence (for patterns/README.md).
const char* CategoryPurpose(const std::string& name);

}  // namespace kvreg
