// Splits normalised text into sentences, Swedish-aware: abbreviations such as "inkl." and
// "t.ex." (a word list from patterns/) do not end a sentence; blocks and bullet items always do.
// Each sentence keeps its byte offset in the normalised text, so values read from it keep
// their page.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kvreg {

struct Sentence {
  std::string text;          // whitespace collapsed to single spaces
  size_t offset = 0;         // where it begins in the normalised text
  bool bullet = false;       // a bullet list item (the marker removed)
  bool block_start = false;  // first sentence of a block
};

std::vector<Sentence> SplitSentences(const std::string& normalized_text,
                                     const std::unordered_set<std::string>& abbreviations);

// Collapses runs of whitespace (including newlines) to one space and trims the ends.
std::string CollapseWhitespace(std::string_view text);
// `s` with A-Z in lower case (abbreviations.tsv is lower case: "Inkl." is "inkl.").
std::string LowerAscii(std::string s);

}  // namespace kvreg
