// Unit comparison keys with ICU. The steps, in order:
//   1. a trailing abbreviation in brackets or after a dash is dropped ("X (RVCI)" -> "X");
//   2. a genitive -s on the last word is dropped ("Hemtjänsten Vällingbys" -> "… Vällingby"),
//      unless that word is written in capitals (an abbreviation) or ends in "ss";
//   3. NFKC with case folding (ICU's NFKC_Casefold: ligatures expanded, soft hyphens gone);
//   4. only letters and digits are kept, so whitespace and hyphens make no difference.
// A name whose own last word ends in -s ("Campus") keys the same with and without it; the
// key is only compared with other keys, so that costs nothing but a far-fetched collision.
#include "kvreg/unit_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "unit_key_internal.h"

namespace kvreg {

namespace {

// The code points of `name` with the byte offset where each starts; false when it is not
// UTF-8 (no part of the suffix rule matches bytes that are not).
bool DecodeWithOffsets(const std::string& name, std::vector<UChar32>* code_points,
                       std::vector<size_t>* offsets) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(name.data());
  const int32_t length = static_cast<int32_t>(name.size());
  for (int32_t i = 0; i < length;) {
    offsets->push_back(static_cast<size_t>(i));
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
    code_points->push_back(c);
  }
  offsets->push_back(name.size());
  return true;
}

// Whitespace as the rule means it: ASCII only, so that a no-break space belongs to the name.
bool IsRuleSpace(UChar32 c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool IsUpperOrNumber(UChar32 c) {
  const int8_t type = u_charType(c);
  return type == U_UPPERCASE_LETTER || type == U_DECIMAL_DIGIT_NUMBER || type == U_LETTER_NUMBER ||
         type == U_OTHER_NUMBER;
}

}  // namespace

// Reads the suffix from the end: an abbreviation is a capital and one to nine capitals or
// digits, in brackets ("X (RVCI)") or after a dash that follows a space ("X - RVCI", "X –RVCI");
// the name before it ends in a character that is not whitespace and holds no line break.
bool SplitAbbreviationSuffix(const std::string& name, std::string* base,
                             std::string* abbreviation) {
  std::vector<UChar32> cp;
  std::vector<size_t> offset;
  if (!DecodeWithOffsets(name, &cp, &offset)) return false;
  auto skip_space_back = [&cp](size_t i) {
    while (i > 0 && IsRuleSpace(cp[i - 1])) --i;
    return i;
  };
  size_t end = skip_space_back(cp.size());
  if (end == 0) return false;
  const bool in_brackets = cp[end - 1] == ')';
  const size_t run_end = in_brackets ? skip_space_back(end - 1) : end;
  size_t run_start = run_end;
  while (run_start > 0 && IsUpperOrNumber(cp[run_start - 1])) --run_start;
  const size_t run_length = run_end - run_start;
  if (run_length < 2 || run_length > 10 || u_charType(cp[run_start]) != U_UPPERCASE_LETTER) {
    return false;
  }
  size_t before = skip_space_back(run_start);
  if (before == 0) return false;
  const UChar32 opener = cp[before - 1];
  if (in_brackets) {
    if (opener != '(') return false;
    before -= 1;
  } else {
    if (opener != '-' && opener != 0x2013 && opener != 0x2014) return false;
    if (before < 2 || !IsRuleSpace(cp[before - 2])) return false;
    before -= 2;
  }
  const size_t base_end = skip_space_back(before);
  if (base_end == 0) return false;
  for (size_t i = 0; i < base_end; ++i) {
    if (cp[i] == '\n') return false;
  }
  *base = name.substr(0, offset[base_end]);
  *abbreviation = name.substr(offset[run_start], offset[run_end] - offset[run_start]);
  return true;
}

namespace {

// Splits `name` into the name without its abbreviation suffix and the abbreviation.
std::string WithoutAbbreviation(const std::string& name, std::string* abbreviation) {
  // The suffix ends the name (but for whitespace) with a closing bracket or with a capital or
  // digit: in ASCII only "A"-"Z" and "0"-"9" are, and most names end in a small letter.
  const size_t end = name.find_last_not_of(" \t\n\f\r");
  const unsigned char last = end == std::string::npos ? 0 : static_cast<unsigned char>(name[end]);
  if (last < 0x80 && last != ')' && !(last >= 'A' && last <= 'Z') &&
      !(last >= '0' && last <= '9')) {
    return name;
  }
  std::string base, found;
  if (SplitAbbreviationSuffix(name, &base, &found)) {
    if (abbreviation) *abbreviation = found;
    return base;
  }
  return name;
}

// Drops a genitive -s from the last word of `name` (UTF-16, original case).
void DropGenitive(icu::UnicodeString* name) {
  name->trim();
  const int32_t end = name->length();
  int32_t start = end;
  while (start > 0 && !u_isUWhiteSpace(name->char32At(start - 1))) --start;
  const icu::UnicodeString word = name->tempSubString(start, end - start);
  if (word.length() < 3 || word.charAt(word.length() - 1) != u's') return;
  if (word.charAt(word.length() - 2) == u's') return;
  // "RVCI:s" is the genitive of an abbreviation; "IFS" is an abbreviation, not a genitive.
  if (word.charAt(word.length() - 2) == u':') {
    name->truncate(end - 2);
    return;
  }
  bool all_upper = true;
  for (int32_t i = 0; i + 1 < word.length(); ++i) {
    if (u_isalpha(word.charAt(i)) && !u_isupper(word.charAt(i))) all_upper = false;
  }
  if (all_upper) return;
  name->truncate(end - 1);
}

// The Latin-1 letters of Swedish names, each a single code point that NFKC leaves alone and
// case folding maps to its lower-case form by setting bit 0x20.
bool IsSwedishLatin1Letter(char32_t c) {
  switch (c) {
    case 0xC4:  // Ä
    case 0xC5:  // Å
    case 0xC9:  // É
    case 0xD6:  // Ö
    case 0xDC:  // Ü
    case 0xE4:
    case 0xE5:
    case 0xE9:
    case 0xF6:
    case 0xFC:
      return true;
    default:
      return false;
  }
}

// The code points of a name written only in printable ASCII and Swedish Latin-1 letters: the
// names whose key needs no ICU, since spaces are their only whitespace and none of their
// characters combine or decompose.
bool DecodeSimpleName(const std::string& name, std::u32string* out) {
  out->clear();
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(name[i]);
    if (b >= 0x20 && b < 0x7F) {
      out->push_back(b);
      continue;
    }
    if (b != 0xC3 || i + 1 == name.size()) return false;
    const char32_t c = 0xC0 | (static_cast<unsigned char>(name[i + 1]) & 0x3F);
    if ((static_cast<unsigned char>(name[i + 1]) & 0xC0) != 0x80 || !IsSwedishLatin1Letter(c)) {
      return false;
    }
    out->push_back(c);
    ++i;
  }
  return true;
}

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// UnitKey of a simple name (DecodeSimpleName), by the same steps as the ICU path.
std::string SimpleUnitKey(const std::u32string& decoded) {
  size_t begin = 0, end = decoded.size();
  while (begin < end && decoded[begin] == ' ') ++begin;
  while (end > begin && decoded[end - 1] == ' ') --end;
  const size_t word = std::min(end, decoded.find_last_of(U' ', end - 1) + 1);
  const size_t length = end - word;
  if (length >= 3 && decoded[end - 1] == 's' && decoded[end - 2] != 's') {
    if (decoded[end - 2] == ':') {
      end -= 2;
    } else {
      bool all_upper = true;
      for (size_t i = word; i + 1 < end; ++i) {
        const char32_t c = decoded[i];
        const bool lower = (c >= 'a' && c <= 'z') || (IsSwedishLatin1Letter(c) && (c & 0x20));
        if (lower) all_upper = false;
      }
      if (!all_upper) --end;
    }
  }
  std::string key;
  key.reserve(end - begin + 8);
  for (size_t i = begin; i < end; ++i) {
    const char32_t c = decoded[i];
    if (IsAsciiLetter(c)) {
      key.push_back(static_cast<char>(c | 0x20));
    } else if (c >= '0' && c <= '9') {
      key.push_back(static_cast<char>(c));
    } else if (IsSwedishLatin1Letter(c)) {
      key.push_back(static_cast<char>(0xC3));
      key.push_back(static_cast<char>(0x80 | ((c | 0x20) & 0x3F)));
    }
  }
  return key;
}

// Steps 2 to 4 of the key, with ICU, of a name without its abbreviation.
std::string KeyWithIcu(const std::string& base) {
  static const icu::Normalizer2* nfkc_cf = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFKCCasefoldInstance(status);
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(base);
  DropGenitive(&u);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfkc_cf ? nfkc_cf->normalize(u, status) : u;
  if (U_FAILURE(status)) folded = u.foldCase();
  icu::UnicodeString kept;
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    if (u_isalnum(c)) kept.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

}  // namespace

std::string UnitKey(const std::string& name) {
  thread_local std::u32string decoded;
  const std::string base = WithoutAbbreviation(name, nullptr);
  if (DecodeSimpleName(base, &decoded)) return SimpleUnitKey(decoded);
  return KeyWithIcu(base);
}

std::string UnitKeyByIcu(const std::string& name) {
  return KeyWithIcu(WithoutAbbreviation(name, nullptr));
}

std::optional<std::string> UnitAbbreviation(const std::string& name) {
  std::string abbreviation;
  WithoutAbbreviation(name, &abbreviation);
  if (abbreviation.empty()) return std::nullopt;
  return abbreviation;
}

const std::string& PreferredUnitName(const std::string& a, const std::string& b) {
  auto rank = [](const std::string& name) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(WithoutAbbreviation(name, nullptr));
    icu::UnicodeString nominative = u;
    DropGenitive(&nominative);
    u.trim();
    const bool genitive = nominative != u;
    return std::make_tuple(genitive, !UnitAbbreviation(name).has_value(),
                           -static_cast<long>(name.size()), name);
  };
  return rank(b) < rank(a) ? b : a;
}

bool UnitNameMatches(const std::string& name, const std::string& query) {
  const std::string wanted = UnitKey(query);
  return !wanted.empty() && UnitKey(name).find(wanted) != std::string::npos;
}

}  // namespace kvreg
