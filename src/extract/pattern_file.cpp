// Loading pattern files and word lists. Every error names its file and line.
#include "kvreg/pattern_file.h"

#include <algorithm>
#include <fstream>

#include "compact_classes.h"

namespace kvreg {
namespace {

std::string Trim(const std::string& s) {
  const size_t begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  const size_t end = s.find_last_not_of(" \t\r");
  return s.substr(begin, end - begin + 1);
}

bool IsCommentOrBlank(const std::string& line) {
  const std::string t = Trim(line);
  return t.empty() || t[0] == '#';
}

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// True when `line` ends in an odd number of backslashes: the last one escapes nothing.
bool EndsInContinuation(const std::string& line) {
  size_t count = 0;
  while (count < line.size() && line[line.size() - 1 - count] == '\\') ++count;
  return count % 2 == 1;
}

RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  // Room for each pattern's DFA over a long batch: with RE2's 8 MiB a process reading 1,000
  // documents spent 4 % more time (2.19 against 2.10 s of CPU, three pairs), as DFAs filled and
  // were rebuilt; peak memory was the same (58 MB either way). Matches are the same.
  options.set_max_mem(int64_t{64} << 20);
  return options;
}

// `pattern` with each {{name}} replaced by (?:its word list); false (and `*error`) for a name
// the lists lack.
bool ExpandWordLists(const WordLists& lists, std::string pattern, std::string* out,
                     std::string* error) {
  out->clear();
  for (size_t open; (open = pattern.find("{{")) != std::string::npos;) {
    const size_t close = pattern.find("}}", open + 2);
    if (close == std::string::npos) break;
    const std::string name = pattern.substr(open + 2, close - open - 2);
    const auto list = lists.find(name);
    if (list == lists.end()) {
      *error = "unknown word list {{" + name + "}} (word_lists.tsv defines them)";
      return false;
    }
    *out += pattern.substr(0, open) + "(?:" + list->second + ")";
    pattern.erase(0, close + 2);
  }
  *out += pattern;
  return true;
}

// The next line of a file, without a Windows line end, counting lines in `*number`.
bool ReadLine(std::istream& in, std::string* line, int* number) {
  if (!std::getline(in, *line)) return false;
  ++*number;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

// A word boundary written right before or after a letter outside ASCII ("\bövervägde"): RE2's
// \b sees "ö" as no word character, so the pattern never matches there. The letter, or "".
std::string AsciiBoundaryBesideALetter(const std::string& pattern) {
  for (size_t at = pattern.find("\\b"); at != std::string::npos; at = pattern.find("\\b", at + 2)) {
    if (at > 0 && pattern[at - 1] == '\\') continue;  // "\\b": a backslash, then b
    const size_t after = at + 2;
    if (after < pattern.size() && static_cast<unsigned char>(pattern[after]) >= 0xC0) {
      size_t end = after + 1;
      while (end < pattern.size() && (static_cast<unsigned char>(pattern[end]) & 0xC0) == 0x80) {
        ++end;
      }
      return pattern.substr(after, end - after);
    }
    if (at > 0 && (static_cast<unsigned char>(pattern[at - 1]) & 0x80) != 0) {
      size_t begin = at - 1;
      while (begin > 0 && (static_cast<unsigned char>(pattern[begin]) & 0xC0) == 0x80) --begin;
      return pattern.substr(begin, at - begin);
    }
  }
  return "";
}

}  // namespace

Status LoadWordLists(const std::string& path, WordLists* out) {
  std::ifstream probe(path);
  if (!probe) return Status::Ok();
  std::vector<TableRow> rows;
  Status s = LoadTableFile(path, 2, 2, &rows);
  if (!s.ok()) return s;
  for (const TableRow& row : rows) {
    RE2 fragment("(?:" + row.fields[1] + ")", PatternOptions());
    if (!fragment.ok()) return Status::Error(row.origin + ": " + fragment.error());
    (*out)[row.fields[0]] = row.fields[1];
  }
  return Status::Ok();
}

Status LoadPatternFile(const std::string& path, const std::vector<std::string>& required_groups,
                       bool any_group, std::vector<NamedPattern>* out,
                       const WordLists& word_lists) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read the pattern file");
  std::string line;
  int number = 0;
  while (ReadLine(in, &line, &number)) {
    if (IsCommentOrBlank(line)) continue;
    const int first_line = number;
    const std::string origin = path + ":" + std::to_string(first_line);
    // A long pattern goes on over lines: a line ending in one backslash (never the end of a
    // regex) continues with the next line, its indentation dropped.
    std::string next;
    while (EndsInContinuation(line) && ReadLine(in, &next, &number)) {
      line.pop_back();
      line += next.substr(std::min(next.size(), next.find_first_not_of(" \t")));
    }
    if (EndsInContinuation(line)) {
      return Status::Error(origin +
                           ": the pattern ends in a continuation backslash at the end of the file");
    }
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      return Status::Error(origin + ": expected a name, a tab and a pattern");
    }
    const std::string name = Trim(line.substr(0, tab));
    const size_t pattern_start = line.find_first_not_of('\t', tab);
    if (name.empty() || name.find(' ') != std::string::npos || pattern_start == std::string::npos) {
      return Status::Error(origin + ": expected a one-word name, a tab and a pattern");
    }
    std::string expanded, error;
    if (!ExpandWordLists(word_lists, line.substr(pattern_start), &expanded, &error)) {
      return Status::Error(origin + ": " + error);
    }
    if (const std::string misplaced = AsciiBoundaryBesideALetter(expanded); !misplaced.empty()) {
      return Status::Error(origin + ": \\b next to '" + misplaced +
                           "' never matches: RE2's \\b knows only ASCII letters; write "
                           "(?:^|[^\\pL]) before the word, or end it with (?:$|[^\\pL])");
    }
    auto regex = std::make_unique<RE2>(WithCompactClasses(expanded), PatternOptions());
    if (!regex->ok()) {  // the error as the clerk wrote the pattern
      return Status::Error(origin + ": " + RE2(expanded, PatternOptions()).error());
    }
    const auto& groups = regex->NamedCapturingGroups();
    bool has_any = required_groups.empty();
    for (const std::string& group : required_groups) {
      const bool has = groups.count(group) != 0;
      has_any = has_any || has;
      if (!any_group && !has) {
        return Status::Error(origin + ": pattern '" + name + "' lacks the group (?P<" + group +
                             ">...)");
      }
    }
    if (any_group && !has_any) {
      std::string names;
      for (const std::string& g : required_groups) names += (names.empty() ? "" : ", ") + g;
      return Status::Error(origin + ": pattern '" + name + "' needs one of the groups " + names);
    }
    NamedPattern pattern;
    pattern.name = name;
    pattern.regex = std::move(regex);
    pattern.origin = BaseName(path) + ":" + std::to_string(first_line);
    constexpr int kBoundLength = 16;
    pattern.bounded = pattern.regex->PossibleMatchRange(&pattern.least_match,
                                                        &pattern.greatest_match, kBoundLength);
    out->push_back(std::move(pattern));
  }
  return Status::Ok();
}

Status LoadTableFile(const std::string& path, size_t min_fields, size_t max_fields,
                     std::vector<TableRow>* out) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read the word list");
  std::string line;
  int number = 0;
  while (ReadLine(in, &line, &number)) {
    if (IsCommentOrBlank(line)) continue;
    TableRow row;
    row.origin = path + ":" + std::to_string(number);
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      row.fields.push_back(Trim(line.substr(start, tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
      while (start < line.size() && line[start] == '\t') ++start;
    }
    if (row.fields.size() < min_fields || row.fields.size() > max_fields) {
      return Status::Error(row.origin + ": expected " + std::to_string(min_fields) + " to " +
                           std::to_string(max_fields) + " tab-separated fields, found " +
                           std::to_string(row.fields.size()));
    }
    out->push_back(std::move(row));
  }
  return Status::Ok();
}

}  // namespace kvreg
