// Sentence splitting over normalised text. A block ("\n\n") or a bullet item always ends a
// sentence; ". ", "! " and "? " end one when the next word starts like a sentence (capital,
// digit, quote) and the word before is not a known abbreviation.
#include "sentences.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "code_points.h"

namespace kvreg {
namespace {

bool StartsSentence(const std::string& text, size_t at) {
  if (at >= text.size()) return true;
  const UChar32 c = CodePointAt(text, at);
  return u_isupper(c) || u_isdigit(c) || c == 0x201D || c == 0x201C || c == '"' || c == 0x2022 ||
         c == 0x00A7;
}

void AddSentence(const std::string& text, size_t begin, size_t end, bool block_start,
                 std::vector<Sentence>* out) {
  Sentence s;
  s.text = CollapseWhitespace(std::string_view(text).substr(begin, end - begin));
  if (s.text.empty()) return;
  s.offset = begin;
  s.block_start = block_start;
  if (s.text.rfind("•", 0) == 0) {
    s.bullet = true;
    s.text = CollapseWhitespace(std::string_view(s.text).substr(3));
  }
  out->push_back(std::move(s));
}

}  // namespace

std::string CollapseWhitespace(std::string_view text) {
  std::string out(text.size(), ' ');  // never longer than the text
  size_t kept = 0;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (!space) {
      out[kept++] = c;
    } else if (kept > 0 && out[kept - 1] != ' ') {
      out[kept++] = ' ';
    }
  }
  if (kept > 0 && out[kept - 1] == ' ') --kept;
  out.resize(kept);
  return out;
}

std::string LowerAscii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::vector<Sentence> SplitSentences(const std::string& text,
                                     const std::unordered_set<std::string>& abbreviations) {
  std::vector<Sentence> out;
  size_t block = 0;
  while (block < text.size()) {
    size_t block_end = text.find("\n\n", block);
    if (block_end == std::string::npos) block_end = text.size();
    size_t start = block;
    bool first = true;
    for (size_t i = block; i < block_end; ++i) {
      const char c = text[i];
      if (c != '.' && c != '!' && c != '?') continue;
      size_t next = i + 1;
      // A closing quote or bracket may follow the full stop.
      while (next < block_end &&
             (text[next] == ')' || text[next] == '"' || text.compare(next, 3, "\u201D") == 0)) {
        next += text[next] == ')' || text[next] == '"' ? 1 : 3;
      }
      if (next < block_end && text[next] != ' ' && text[next] != '\n') continue;
      size_t word_start = i;
      while (word_start > start && text[word_start - 1] != ' ' && text[word_start - 1] != '\n') {
        --word_start;
      }
      if (c == '.' &&
          abbreviations.count(LowerAscii(text.substr(word_start, i + 1 - word_start))) != 0) {
        continue;
      }
      size_t after = next;
      while (after < block_end && (text[after] == ' ' || text[after] == '\n')) ++after;
      if (after < block_end && !StartsSentence(text, after)) continue;
      AddSentence(text, start, next, first, &out);
      first = false;
      start = after;
      i = after == 0 ? 0 : after - 1;
    }
    AddSentence(text, start, block_end, first, &out);
    block = block_end + 2;
  }
  return out;
}

}  // namespace kvreg
