// The award's name misspelt by one letter ("kvalitetutmärkelse", "Kvalitetsutmärkesen") is
// read as the award: every word within one edit (a letter left out, added or changed, or two
// letters side by side swapped: "Kvalitetsutmärkeslen") of the
// name participation.re2 award_word gives, in any of its inflected forms, is written the right way
// before the fields are read, and the page offsets move with the text.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>
#include <string>
#include <vector>

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

// True when `a` and `b` are the same but for two letters side by side, swapped.
bool SwappedNeighbours(const std::u32string& a, const std::u32string& b) {
  if (a.size() != b.size()) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.compare(i + 2, std::u32string::npos, b, i + 2, std::u32string::npos) == 0;
}

// True when `a` and `b` differ by at most one letter left out, added or changed, or by two
// letters side by side swapped.
bool WithinOneEdit(const std::u32string& a, const std::u32string& b) {
  if (a.size() > b.size() + 1 || b.size() > a.size() + 1) return false;
  if (SwappedNeighbours(a, b)) return true;
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

// One word to write another way: bytes [at, end) of the text become `written`.
struct Respelling {
  size_t at, end;
  std::string written;
};

// The words of `text` within one edit of the award's name, in order.
std::vector<Respelling> FindMisspellings(const std::string& canonical, const std::string& text) {
  const std::u32string stem = Lower(canonical);
  static const char* const kEndings[] = {"", "n", "ns", "r", "rna", "rnas"};
  std::vector<Respelling> out;
  for (size_t at = 0; at < text.size();) {
    size_t end = at;
    while (end < text.size() && IsWordByte(static_cast<unsigned char>(text[end]))) ++end;
    if (end == at) {
      ++at;
      continue;
    }
    const size_t length = end - at;
    // An e-mail address ("kvalitetsutmarkelsen@stockholm.se") is written as it is.
    const bool address = (end < text.size() && text[end] == '@') ||
                         (at > 0 && (text[at - 1] == '@' || text[at - 1] == '.'));
    if (!address && length + 8 >= canonical.size() && length <= canonical.size() + 8 &&
        (text[at] == 'k' || text[at] == 'K')) {
      const std::u32string lower = Lower(text.substr(at, length));
      bool spelt_right = false;
      for (const char* ending : kEndings)
        spelt_right = spelt_right || lower == stem + Lower(ending);
      for (const char* ending : kEndings) {
        if (spelt_right) break;
        if (WithinOneEdit(lower, stem + Lower(ending))) {
          // Piece by piece: GCC 12 -O3 sees a -Wrestrict overlap in "K" + s.
          std::string written(1, text[at] == 'K' ? 'K' : 'k');
          written += canonical.substr(1);
          written += ending;
          out.push_back({at, end, std::move(written)});
          break;
        }
      }
    }
    at = end;
  }
  return out;
}

// Where byte `offset` of the old text is in the new one: moved by the respellings before it.
size_t Moved(size_t offset, const std::vector<Respelling>& respellings) {
  long shift = 0;
  for (const Respelling& r : respellings) {
    if (r.at >= offset) break;
    shift += static_cast<long>(r.written.size()) - static_cast<long>(r.end - r.at);
  }
  return static_cast<size_t>(static_cast<long>(offset) + shift);
}

}  // namespace

NormalizedText WithAwardSpelledRight(const PatternSet& patterns, const NormalizedText& text) {
  const RE2* word = patterns.Get(PatternId::kAwardWord);
  if (word == nullptr) return text;
  // a plain word: "kvalitetsutmärkelse"
  const std::vector<Respelling> respellings = FindMisspellings(word->pattern(), text.text);
  if (respellings.empty()) return text;  // most documents spell it right
  NormalizedText out = text;
  out.text.clear();
  size_t copied = 0;
  for (const Respelling& r : respellings) {
    out.text.append(text.text, copied, r.at - copied);
    out.text += r.written;
    copied = r.end;
  }
  out.text.append(text.text, copied, std::string::npos);
  for (size_t& start : out.page_starts) start = Moved(start, respellings);
  out.furniture_start = Moved(text.furniture_start, respellings);
  return out;
}

}  // namespace kvreg
