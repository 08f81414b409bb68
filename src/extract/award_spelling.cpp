// The award's name misspelt by one letter ("kvalitetutmärkelse", "Kvalitetsutmärkesen") is
// read as the award: every word within one edit (a letter left out, added or changed) of the
// name participation.re2 award_word gives, in any of its inflected forms, is written the right way
// before the fields are read, and the page offsets move with the text.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>

#include "code_points.h"
#include "extract_internal.h"

namespace kvreg {
namespace {

std::u32string Lower(const std::string& utf8) {
  std::u32string out;
  for (size_t at = 0; at < utf8.size();) {
    const UChar32 c = CodePointAt(utf8, at);
    out.push_back(static_cast<char32_t>(u_tolower(c)));
    at += U8_LENGTH(c);
  }
  return out;
}

// True when `a` and `b` differ by at most one letter left out, added or changed.
bool WithinOneEdit(const std::u32string& a, const std::u32string& b) {
  if (a.size() > b.size() + 1 || b.size() > a.size() + 1) return false;
  size_t i = 0, j = 0;
  bool edited = false;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++i, ++j;
      continue;
    }
    if (edited) return false;
    edited = true;
    if (a.size() > b.size()) {
      ++i;
    } else if (b.size() > a.size()) {
      ++j;
    } else {
      ++i, ++j;
    }
  }
  return !edited || (i == a.size() && j == b.size());
}

bool IsWordByte(unsigned char c) { return c >= 0x80 || std::isalpha(c); }

}  // namespace

NormalizedText WithAwardSpelledRight(const PatternSet& patterns, const NormalizedText& text) {
  const RE2* word = patterns.Find("participation", "award_word");
  if (word == nullptr) return text;
  const std::string canonical = word->pattern();  // a plain word: "kvalitetsutmärkelse"
  const std::u32string stem = Lower(canonical);
  static const char* const kEndings[] = {"", "n", "ns", "r", "rna", "rnas"};
  NormalizedText out = text;
  out.text.clear();
  long shift = 0;
  size_t page = 0;
  auto move_offsets_up_to = [&](size_t offset) {
    while (page < text.page_starts.size() && text.page_starts[page] <= offset) {
      out.page_starts[page] = text.page_starts[page] + shift;
      ++page;
    }
  };
  bool furniture_moved = false;
  for (size_t at = 0; at < text.text.size();) {
    size_t end = at;
    while (end < text.text.size() && IsWordByte(static_cast<unsigned char>(text.text[end]))) ++end;
    if (end == at) {
      move_offsets_up_to(at);
      if (!furniture_moved && text.furniture_start <= at) {
        out.furniture_start = text.furniture_start + shift;
        furniture_moved = true;
      }
      out.text.push_back(text.text[at++]);
      continue;
    }
    move_offsets_up_to(at);
    if (!furniture_moved && text.furniture_start <= at) {
      out.furniture_start = text.furniture_start + shift;
      furniture_moved = true;
    }
    const std::string printed = text.text.substr(at, end - at);
    std::string written = printed;
    // An e-mail address ("kvalitetsutmarkelsen@stockholm.se") is written as it is.
    const bool address = (end < text.text.size() && text.text[end] == '@') ||
                         (at > 0 && (text.text[at - 1] == '@' || text.text[at - 1] == '.'));
    if (!address && printed.size() + 8 >= canonical.size() &&
        printed.size() <= canonical.size() + 8 && (printed[0] == 'k' || printed[0] == 'K')) {
      const std::u32string lower = Lower(printed);
      bool spelt_right = false;
      for (const char* ending : kEndings)
        spelt_right = spelt_right || lower == stem + Lower(ending);
      for (const char* ending : kEndings) {
        if (spelt_right) break;
        if (WithinOneEdit(lower, stem + Lower(ending))) {
          // Piece by piece: GCC 12 -O3 sees a -Wrestrict overlap in "K" + s.
          written.assign(1, printed[0] == 'K' ? 'K' : 'k');
          written += canonical.substr(1);
          written += ending;
          break;
        }
      }
    }
    out.text += written;
    shift += static_cast<long>(written.size()) - static_cast<long>(printed.size());
    at = end;
  }
  move_offsets_up_to(text.text.size() + 1);
  if (!furniture_moved) out.furniture_start = text.furniture_start + shift;
  return out;
}

}  // namespace kvreg
