// The bands of a page where the normaliser looks for headers and footers (page furniture): the
// top band (the lines before the first block gap in the top fifth) and the bottom band, and
// what earlier and later pages' bands said, to tell a repeated header or footer from text.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kvreg/document_text.h"

namespace kvreg {

// A page's lines [begin, end).
struct Band {
  size_t begin = 0, end = 0;
};

// The top band: lines before the first block gap in the top fifth of the page.
Band TopBand(const PageText& page);
// The bottom band: the last block of lines below 88 % of the page's height.
Band BottomBand(const PageText& page);

// The words of a line, case-folded.
std::vector<std::string> FoldedWords(const std::string& line);

// A page header of later pages that says again what the first page's header said, in other
// order or case: three words or more, three in four of them in `known`.
bool MostlyKnownWords(const std::string& line, const std::unordered_set<std::string>& known);

// What earlier pages' top and bottom bands said: whole lines and their folded words.
struct SeenBands {
  std::unordered_set<std::string> lines;
  std::unordered_set<std::string> words;
};

// Every line of a bottom band, normalised (NormalizeLine) -> the last page whose bottom band
// has it.
std::unordered_map<std::string, int> LastPageOfFooterLines(const DocumentText& document);

}  // namespace kvreg
