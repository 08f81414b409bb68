// FindPhrase: a literal search for the phrase's first word, then a check of the rest at each
// place it occurs. Phrases the scan does not model exactly (empty, with whitespace other than
// single spaces between words, or not valid UTF-8) take the regex the scan stands in for.
#include "phrase_search.h"

#include <re2/re2.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace kvreg {
namespace {

// RE2's \s: [\t\n\f\r ].
bool IsRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool IsValidUtf8(const std::string& s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// The words of a phrase the scan models (no leading or trailing space, no whitespace but
// spaces) and the number of spaces after each; false for any other phrase.
bool SplitPhrase(const std::string& phrase, std::vector<std::string_view>* words,
                 std::vector<size_t>* gaps) {
  if (phrase.empty() || phrase.front() == ' ' || phrase.back() == ' ') return false;
  for (char c : phrase) {
    if (c != ' ' && IsRegexSpace(c)) return false;
  }
  if (!IsValidUtf8(phrase)) return false;
  const std::string_view rest(phrase);
  size_t begin = 0;
  while (begin < rest.size()) {
    size_t end = rest.find(' ', begin);
    if (end == std::string_view::npos) end = rest.size();
    words->push_back(rest.substr(begin, end - begin));
    size_t next = end;
    while (next < rest.size() && rest[next] == ' ') ++next;
    gaps->push_back(next - end);
    begin = next;
  }
  return true;
}

}  // namespace

size_t FindPhraseWithRegex(const std::string& text, const std::string& phrase) {
  std::string pattern = RE2::QuoteMeta(phrase);
  RE2::GlobalReplace(&pattern, R"(\\ )", R"(\\s+)");
  RE2::Options options;
  options.set_log_errors(false);
  const RE2 re(pattern, options);
  re2::StringPiece found;
  if (!re.ok() || !re.Match(text, 0, text.size(), RE2::UNANCHORED, &found, 1)) {
    return std::string::npos;
  }
  return static_cast<size_t>(found.data() - text.data());
}

size_t FindPhrase(const std::string& text, const std::string& phrase) {
  std::vector<std::string_view> words;
  std::vector<size_t> gaps;
  if (!SplitPhrase(phrase, &words, &gaps)) return FindPhraseWithRegex(text, phrase);
  const std::string_view haystack(text);
  for (size_t at = haystack.find(words[0]); at != std::string_view::npos;
       at = haystack.find(words[0], at + 1)) {
    // No word starts with whitespace, so each gap takes the whole run of whitespace.
    size_t pos = at + words[0].size();
    bool matches = true;
    for (size_t w = 1; w < words.size() && matches; ++w) {
      size_t run = 0;
      while (pos + run < haystack.size() && IsRegexSpace(haystack[pos + run])) ++run;
      matches = run >= gaps[w - 1] && haystack.compare(pos + run, words[w].size(), words[w]) == 0;
      pos += run + words[w].size();
    }
    if (matches) return at;
  }
  return std::string::npos;
}

}  // namespace kvreg
