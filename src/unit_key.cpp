// Unit comparison keys with ICU. The steps, in order:
//   1. a trailing abbreviation in brackets or after a dash is dropped ("X (RVCI)" -> "X");
//   2. a genitive -s on the last word is dropped ("Hemtjänsten Vällingbys" -> "… Vällingby"),
//      unless that word is written in capitals (an abbreviation) or ends in "ss";
//   3. NFKC with case folding (ICU's NFKC_Casefold: ligatures expanded, soft hyphens gone);
//   4. only letters and digits are kept, so whitespace and hyphens make no difference.
// A name whose own last word ends in -s ("Campus") keys the same with and without it; the
// key is only compared with other keys, so that costs nothing but a far-fetched collision.
#include "kvreg/unit_key.h"

#include <re2/re2.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <tuple>

namespace kvreg {
namespace {

const RE2& AbbreviationSuffix() {
  static const RE2 re(
      R"(^(.*?\S)\s*(?:\(\s*(\p{Lu}[\p{Lu}\pN]{1,9})\s*\)|\s[-–—]\s*(\p{Lu}[\p{Lu}\pN]{1,9}))\s*$)");
  return re;
}

// Splits `name` into the name without its abbreviation suffix and the abbreviation.
std::string WithoutAbbreviation(const std::string& name, std::string* abbreviation) {
  std::string base, in_brackets, after_dash;
  if (RE2::FullMatch(name, AbbreviationSuffix(), &base, &in_brackets, &after_dash)) {
    if (abbreviation) *abbreviation = in_brackets.empty() ? after_dash : in_brackets;
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

}  // namespace

std::string UnitKey(const std::string& name) {
  static const icu::Normalizer2* nfkc_cf = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFKCCasefoldInstance(status);
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(WithoutAbbreviation(name, nullptr));
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
