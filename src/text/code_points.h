// Reading one code point of UTF-8 text in place (private to src/), as ICU reads it when the
// bytes are turned into a UnicodeString: U+FFFD where they are not UTF-8. For the letter and
// digit tests of the normaliser, the sentence splitter and the extractors, without making a
// string per test. Pure functions; thread-safe.
#pragma once

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace kvreg {

// The code point that starts at byte `at` of `s`; 0 past the end.
inline UChar32 CodePointAt(std::string_view s, size_t at) {
  if (at >= s.size()) return 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data() + at);
  const int32_t length = static_cast<int32_t>(std::min<size_t>(4, s.size() - at));
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(bytes, i, length, c);
  return c < 0 ? 0xFFFD : c;
}

// The code point that ends at byte `end` of `s` (its lead byte found by stepping back over
// continuation bytes); 0 at the start.
inline UChar32 CodePointBefore(std::string_view s, size_t end) {
  if (end == 0) return 0;
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return CodePointAt(s.substr(0, end), start);
}

}  // namespace kvreg
