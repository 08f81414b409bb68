// The bands of a page where headers and footers are looked for (page_bands.h).
#include "page_bands.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "code_points.h"
#include "kvreg/normalize.h"

namespace kvreg {

Band TopBand(const PageText& page) {
  Band band;
  size_t i = 0;
  // A jump back up (the right column of a two-column header) does not end the band; a gap
  // down to the body does, and so does a line in lower case: the text of the page before going
  // on ("• Beställarenheten …; avd." ⏎ page break ⏎ "äldreomsorg; klass: Äldreomsorg").
  while (i < page.lines.size() && page.lines[i].top < 0.2 &&
         (i == 0 || !page.lines[i].block_start || page.lines[i].top <= page.lines[i - 1].top) &&
         !u_islower(CodePointAt(page.lines[i].text, 0))) {
    ++i;
  }
  band.end = i;
  return band;
}

Band BottomBand(const PageText& page) {
  Band band{page.lines.size(), page.lines.size()};
  size_t i = page.lines.size();
  // A jump back up (the right column of a two-column footer, "Box 7049 …" ⏎ "Kista" beside
  // "Handläggare …") does not end the band.
  while (i > 0 && page.lines[i - 1].bottom > 0.88) {
    --i;
    const bool column_beside = i > 0 && page.lines[i].top < page.lines[i - 1].top;
    if (page.lines[i].block_start && !column_beside) break;
  }
  band.begin = i;
  return band;
}

// The words of a line, case-folded.
std::vector<std::string> FoldedWords(const std::string& line) {
  std::string folded;
  if (std::all_of(line.begin(), line.end(), [](char c) { return (c & 0x80) == 0; })) {
    folded = line;  // ASCII folds as tolower does
    for (char& c : folded) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  } else {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(line);
    u.foldCase().toUTF8String(folded);
  }
  std::vector<std::string> words;
  std::string word;
  for (char c : folded + " ") {
    if (c != ' ') {
      word.push_back(c);
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  return words;
}

// A page header of later pages that says again what the first page's header said, in other
// order or case ("Bromma stadsdelsnämnd Protokollsutdrag 2019-05-23" under a letterhead
// "Bromma stadsdelsnämnd PROTOKOLLSUTDRAG" / "Sammanträdesdatum 2019-05-23"): three words or
// more, three in four of them seen in earlier pages' top and bottom bands.
bool MostlyKnownWords(const std::string& line, const std::unordered_set<std::string>& known) {
  const std::vector<std::string> words = FoldedWords(line);
  if (words.size() < 3) return false;
  const size_t seen = std::count_if(words.begin(), words.end(),
                                    [&](const std::string& w) { return known.count(w) != 0; });
  return 4 * seen >= 3 * words.size();
}

// Every line of a bottom band, normalised -> the last page whose bottom band has it.
std::unordered_map<std::string, int> LastPageOfFooterLines(const DocumentText& document) {
  std::unordered_map<std::string, int> last;
  for (const PageText& page : document.pages) {
    const Band bottom = BottomBand(page);
    for (size_t i = bottom.begin; i < bottom.end; ++i)
      last[NormalizeLine(page.lines[i].text)] = page.number;
  }
  return last;
}

}  // namespace kvreg
