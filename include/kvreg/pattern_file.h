// Reading the data files of patterns/: RE2 pattern files ("name<TAB>regex" per line) and
// tab-separated word lists. Every pattern is compiled when loaded; a bad one is reported as
// "file:line: RE2's message", never a crash. Loaded patterns are immutable and thread-safe.
//
// Format of a pattern file (*.re2):
//   # comment lines and blank lines are ignored
//   board_prefix<TAB>(?P<dnr>[A-ZÅÄÖ]{2,4} \d{4}/\d{1,6})
// The name is one word; one or more tabs separate it from the regex, which runs to the end of
// the line. Patterns are UTF-8 and matched against NFC text.
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kvreg/status.h"

namespace kvreg {

struct NamedPattern {
  std::string name;
  std::unique_ptr<RE2> regex;
  std::string origin;  // "file:line", for messages
  // Bounds on every string the regex matches from its start, by RE2::PossibleMatchRange
  // when it could tell (`bounded`): a test far cheaper than a match, made before one.
  bool bounded = false;
  std::string least_match, greatest_match;

  // False when `text` cannot be a full match of the regex; true when it may be one.
  bool MayMatchWhole(std::string_view text) const {
    return !bounded || (least_match <= text && text <= greatest_match);
  }
};

// Word lists shared by pattern files (patterns/word_lists.tsv): name -> a regex fragment. A
// pattern writes {{name}} where the list belongs; it stands for (?:fragment).
using WordLists = std::map<std::string, std::string>;

// Reads `path` (name<TAB>fragment per line) into `out`; each fragment must compile on its own.
// A missing file is no error: the lists are then empty.
Status LoadWordLists(const std::string& path, WordLists* out);

// Appends the patterns of `path` to `out`, each {{name}} replaced by its word list.
// `required_groups` lists named groups each pattern must have (at least one of them, when
// `any_group` is true).
Status LoadPatternFile(const std::string& path, const std::vector<std::string>& required_groups,
                       bool any_group, std::vector<NamedPattern>* out,
                       const WordLists& word_lists = {});

// A row of a tab-separated word list, with where it came from.
struct TableRow {
  std::vector<std::string> fields;
  std::string origin;  // "file:line"
};

// Reads a tab-separated file (comments with '#', blank lines ignored). Each row must have
// between `min_fields` and `max_fields` fields.
Status LoadTableFile(const std::string& path, size_t min_fields, size_t max_fields,
                     std::vector<TableRow>* out);

}  // namespace kvreg
