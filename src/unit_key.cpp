// Unit comparison keys with ICU: NFC, full case folding, single spaces.
#include "kvreg/unit_key.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "kvreg/sentences.h"

namespace kvreg {

std::string UnitKey(const std::string& name) {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFCInstance(status);
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(name);
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x00AD)), icu::UnicodeString());
  u.foldCase();
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString composed = nfc->normalize(u, status);
  std::string out;
  (U_SUCCESS(status) ? composed : u).toUTF8String(out);
  return CollapseWhitespace(out);
}

bool UnitNameMatches(const std::string& name, const std::string& query) {
  const std::string key = UnitKey(name);
  const std::string wanted = UnitKey(query);
  if (wanted.empty()) return false;
  if (key.find(wanted) != std::string::npos) return true;
  // A genitive query: "Hemtjänsten Vällingbys" finds "Hemtjänsten Vällingby".
  return wanted.size() > 1 && wanted.back() == 's' &&
         key.find(wanted.substr(0, wanted.size() - 1)) != std::string::npos;
}

}  // namespace kvreg
