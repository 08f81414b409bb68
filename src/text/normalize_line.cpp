// The normaliser's line pass (NormalizeLine): NFC through ICU, soft hyphens out, ligatures
// expanded, every kind of space made plain and single, bullet glyphs (including the Symbol
// font's private-use ones) made "•". Most lines take a path on UTF-8 directly; the rest go
// through ICU's UTF-16.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "code_points.h"
#include "kvreg/normalize.h"

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

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// The character mapping of NormalizeLine done on UTF-8 directly, for the common line: valid
// UTF-8 without ligatures. False when the line needs the full ICU path. Sets `*ascii` when the
// line is plain ASCII (and so already NFC).
bool MapLineFast(const std::string& in, std::string* out, bool* ascii) {
  // No mapping makes a character longer, so the output fits in the input's size.
  out->resize(in.size());
  char* const begin = out->data();
  char* dest = begin;
  *ascii = true;
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const int32_t length = static_cast<int32_t>(in.size());
  for (int32_t i = 0; i < length;) {
    if (s[i] < 0x80) {
      const char c = static_cast<char>(s[i++]);
      *dest++ = c == '\t' || c == '\r' || c == '\v' ? ' ' : c;
      continue;
    }
    *ascii = false;
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || (c >= 0xFB00 && c <= 0xFB06)) return false;
    if (c == 0x00AD || c == 0x200B || c == 0xFEFF || c == 0x200C || c == 0x200D) continue;
    if (IsOddSpace(c)) {
      *dest++ = ' ';
    } else if (IsBulletGlyph(c)) {
      if (i - start < 3) return false;  // "•" would outgrow a shorter glyph: the ICU path
      dest = std::copy_n("\u2022", 3, dest);
    } else if (c == 0x2010 || c == 0x2011) {
      *dest++ = '-';
    } else {
      dest = std::copy(in.data() + start, in.data() + i, dest);
    }
  }
  out->resize(static_cast<size_t>(dest - begin));
  return true;
}

// Single spaces, none at the ends; a bullet glued to its word ("•Förskola") gets its space.
void CollapseSpaces(std::string* text) {
  size_t kept = 0;
  for (const char ch : *text) {
    if (ch == ' ' && (kept == 0 || (*text)[kept - 1] == ' ')) continue;
    (*text)[kept++] = ch;
  }
  if (kept > 0 && (*text)[kept - 1] == ' ') --kept;
  text->resize(kept);
  if (text->rfind("•", 0) == 0 && text->size() > 3 && (*text)[3] != ' ')
    *text = "• " + text->substr(3);
}

}  // namespace

std::string NormalizeLine(const std::string& utf8) {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFKCInstance(status);
  }();
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFCInstance(status);
  }();
  std::string text;
  bool ascii = false;
  UErrorCode fast_status = U_ZERO_ERROR;
  if (MapLineFast(utf8, &text, &ascii) &&
      (ascii || (nfc->isNormalizedUTF8(text, fast_status) && U_SUCCESS(fast_status)))) {
    CollapseSpaces(&text);  // already NFC: the same as the path below, without UTF-16
    return text;
  }
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
  std::string out = ToUtf8(U_SUCCESS(status) ? composed : mapped);
  CollapseSpaces(&out);
  return out;
}

}  // namespace kvreg
