// The normaliser's work on single lines: NFC through ICU, soft hyphens out, ligatures
// expanded, every kind of space made plain, bullet glyphs (including the Symbol font's
// private-use ones) made "•"; and the Swedish rules for a hyphen at a line's end, for dash
// bullets and for words, that the page-level normaliser (normalize.cpp) applies across lines.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "kvreg/normalize.h"
#include "kvreg/swedish_dates.h"
#include "normalize_internal.h"

namespace kvreg {
namespace {

bool IsBulletGlyph(UChar32 c) {
  switch (c) {
    case 0x2022:
    case 0x25CF:
    case 0x25AA:
    case 0x25A0:
    case 0x2023:
    case 0x2043:
    case 0xF0B7:
    case 0xF0A7:
    case 0xF0D8:
    case 0xF076:
    case 0x25E6:
    case 0x2219:
      return true;
    default:
      return false;
  }
}

bool IsOddSpace(UChar32 c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == '\t' || c == '\r' || c == '\v';
}

// Last code point before byte `end` of `s`.
UChar32 CodePointBefore(const std::string& s, size_t end) {
  if (end == 0) return 0;
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s.substr(start, end - start));
  return u.char32At(0);
}

}  // namespace

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// First code point of a UTF-8 string (0 when empty).
UChar32 FirstCodePoint(const std::string& s) {
  if (s.empty()) return 0;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s.substr(0, std::min<size_t>(4, s.size())));
  return u.char32At(0);
}

// "– Förskolan X", "- en chef", "* Hemtjänsten Y": a dash or asterisk and a space opening the
// line, then a letter: a capital always, a lower-case letter only where a list is under way.
bool IsDashBullet(const std::string& line, bool after_list_intro) {
  size_t marker = 0;
  for (const char* dash : {"-", "*", "\u2013", "\u2014"}) {
    if (line.rfind(std::string(dash) + " ", 0) == 0) marker = std::string(dash).size();
  }
  if (marker == 0 || line.size() <= marker + 1) return false;
  const UChar32 c = FirstCodePoint(line.substr(marker + 1));
  return u_isupper(c) || (after_list_intro && u_isalpha(c));
}

// True when the line's last word is a Swedish month name ("den 25 april").
bool EndsInMonthName(const std::string& line) {
  const size_t space = line.rfind(' ');
  const std::string word = space == std::string::npos ? line : line.substr(space + 1);
  return word.size() >= 3 && u_isalpha(FirstCodePoint(word)) && SwedishMonthNumber(word) != 0;
}

// The words of a line, case-folded.
std::vector<std::string> FoldedWords(const std::string& line) {
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(line);
  folded.foldCase();
  std::vector<std::string> words;
  std::string word;
  for (char c : ToUtf8(folded) + " ") {
    if (c != ' ') {
      word.push_back(c);
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  return words;
}

std::string NormalizeLine(const std::string& utf8) {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFKCInstance(status);
  }();
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFCInstance(status);
  }();
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(utf8);
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < in.length();) {
    const UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0x00AD || c == 0x200B || c == 0xFEFF || c == 0x200C || c == 0x200D) continue;
    if (IsOddSpace(c)) {
      mapped.append(static_cast<UChar32>(' '));
    } else if (IsBulletGlyph(c)) {
      mapped.append(static_cast<UChar32>(0x2022));
    } else if (c == 0x2010 || c == 0x2011) {
      mapped.append(static_cast<UChar32>('-'));
    } else if (c >= 0xFB00 && c <= 0xFB06) {
      UErrorCode status = U_ZERO_ERROR;
      mapped.append(nfkc->normalize(icu::UnicodeString(c), status));
    } else {
      mapped.append(c);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString composed = nfc->normalize(mapped, status);
  std::string out;
  for (char ch : ToUtf8(U_SUCCESS(status) ? composed : mapped)) {
    if (ch == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(ch);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  // A bullet glued to its word ("•Förskola") gets its space.
  if (out.rfind("•", 0) == 0 && out.size() > 3 && out[3] != ' ') out = "• " + out.substr(3);
  return out;
}

bool IsLineBreakHyphen(const std::string& line, const std::string& next_line, bool* keep_hyphen) {
  if (line.size() < 2 || line.back() != '-' || next_line.empty()) return false;
  const UChar32 before = CodePointBefore(line, line.size() - 1);
  const UChar32 after = FirstCodePoint(next_line);
  if (u_isdigit(before) && u_isdigit(after)) {
    *keep_hyphen = true;  // "2017-06-" + "08", "Dnr 2024-" + "1234"
    return true;
  }
  if (!u_isalpha(before) || !u_isalpha(after)) return false;
  if (u_isupper(after)) {
    *keep_hyphen = true;  // "Hässelby-" + "Vällingby"
    return true;
  }
  // "verksamhets-, budget- och personalansvar" broken after "budget-": the hyphen stands for a
  // shared word ending, and the next word is a conjunction.
  static const std::set<std::string> kConjunctions = {"och",   "eller", "samt", "respektive",
                                                      "resp.", "till",  "som",  "men"};
  const std::string next_word = next_line.substr(0, next_line.find(' '));
  std::string bare = next_word;
  while (!bare.empty() && (bare.back() == ',' || bare.back() == '.')) bare.pop_back();
  if (kConjunctions.count(bare) != 0) return false;
  *keep_hyphen = false;  // "myndighets-" + "utövning"
  return true;
}

}  // namespace kvreg
