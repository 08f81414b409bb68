// The normaliser: turns the raw text layer into one clean UTF-8 text per document, ready for
// the extractors. It applies NFC (ICU), removes soft hyphens, expands ligatures, turns odd
// spaces and bullet glyphs into plain ones, drops page numbers and repeated page headers and
// footers, joins words hyphenated across lines by Swedish rules, and keeps the structure:
// "\n" between lines, "\n\n" between blocks (paragraphs, headings, letterhead lines).
// Pure function of its input; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "kvreg/document_text.h"
#include "kvreg/pattern_file.h"

namespace kvreg {

struct NormalizedText {
  std::string text;
  std::vector<size_t> page_starts;  // byte offset where each page begins in `text`
  int page_count = 0;
  // Where the headers and footers moved out of the running text begin (they follow it); the
  // text's size when there are none.
  size_t furniture_start = 0;

  // The 1-based page that holds byte `offset`.
  int PageAt(size_t offset) const;
};

// `page_furniture` recognises page-number lines ("Sida 2 (3)"), from patterns/.
NormalizedText Normalize(const DocumentText& document,
                         const std::vector<NamedPattern>& page_furniture);

// NFC, no soft hyphens, ligatures expanded, all spaces plain: applied to every line.
std::string NormalizeLine(const std::string& utf8);

// Joins two lines where the first ends in a hyphen: "myndighets-" + "utövning" gives
// "myndighetsutövning", but "Hässelby-" + "Vällingby", "2017-06-" + "08" and
// "verksamhets-" + "och" keep the hyphen. Returns false when the hyphen is not a line-break
// hyphen (no joining needed); otherwise sets *joined_word_keeps_hyphen.
bool IsLineBreakHyphen(const std::string& line, const std::string& next_line, bool* keep_hyphen);

}  // namespace kvreg
