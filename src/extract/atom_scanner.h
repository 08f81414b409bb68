// Finding which of a fixed list of strings occur in a text, ignoring case as RE2's (?i) does:
// the literal "atoms" that re2::FilteredRE2 says its regexes need (atom_filter.h). One
// Aho–Corasick automaton, built whole when the list is given, so that the first texts scanned
// cost what the later ones do; RE2::Set would build its DFA lazily, text by text. Private to
// the extraction stage. An AtomScanner is immutable once built and safe to share between
// threads.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kvreg {

// `text` with every character replaced by its simple Unicode case folding (ICU's
// u_foldCase): characters that RE2's case-insensitive matching takes for one another (K, k
// and the Kelvin sign K) fold alike. Bytes that are not UTF-8 are kept as they are.
void FoldCase(std::string_view text, std::string* out);

// Calls `take` with each byte of the case-folded `text`, in order, without making a string.
template <typename ByteTaker>
void ForEachFoldedByte(std::string_view text, ByteTaker take) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const uint8_t byte = bytes[i];
    if (byte < 0x80) {  // ASCII, most of the text
      take(static_cast<uint8_t>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte));
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {  // not UTF-8: no atom (valid UTF-8) matches these bytes, which stay as they are
      for (int32_t k = start; k < i; ++k) take(bytes[k]);
      continue;
    }
    uint8_t folded[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(folded, n, u_foldCase(c, U_FOLD_CASE_DEFAULT));  // a valid code point
    for (int32_t k = 0; k < n; ++k) take(folded[k]);
  }
}

class AtomScanner {
 public:
  // Scans for `atoms` (any case; the empty string is found in every text).
  explicit AtomScanner(const std::vector<std::string>& atoms);

  // The indices into the atoms of those found in `text`, ascending and each once.
  void Find(std::string_view text, std::vector<int>* found) const;

 private:
  void AddAtom(const std::string& folded, int atom);
  void LinkFailures();

  // The bytes of the folded atoms, each a class of its own; every other byte is class 0.
  uint16_t class_[256] = {};
  size_t atom_count_;
  int classes_ = 1;
  std::vector<int32_t> next_;  // state * classes_ + class -> state; state 0 is the root
  // The atoms ending at each state: those of state s are ends_[end_begin_[s] .. end_begin_[s+1]).
  std::vector<int32_t> end_begin_;
  std::vector<int32_t> ends_;
  std::vector<std::vector<int32_t>> ends_per_state_;  // while building
};

}  // namespace kvreg
