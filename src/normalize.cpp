// The normaliser, page by page: page numbers dropped, headers and footers repeated on later
// pages and address footers moved out of the running text (kept once at its end, so nothing
// they say is lost), headings, letterhead lines and bullet items made blocks of their own, and
// words hyphenated over a line break joined by Swedish rules. The work on single lines is in
// normalize_line.cpp.
#include "kvreg/normalize.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "normalize_internal.h"

namespace kvreg {
namespace {

bool StartsLikeNewBlock(const std::string& line) {
  const UChar32 c = FirstCodePoint(line);
  return u_isupper(c) || u_isdigit(c) || line.rfind("•", 0) == 0 || line.rfind("§", 0) == 0;
}

// Patterns named "footer" recognise address footers, which are moved out of the running text
// (and kept at its end); every other page_furniture pattern a line that is dropped.
bool MatchesFurniture(const std::string& line, const std::vector<NamedPattern>& furniture,
                      bool footer) {
  for (const NamedPattern& p : furniture) {
    if ((p.name == "footer") == footer && RE2::FullMatch(line, *p.regex)) return true;
  }
  return false;
}

bool IsPageFurniture(const std::string& line, const std::vector<NamedPattern>& furniture) {
  return MatchesFurniture(line, furniture, false);
}

// Lines of the top band (before the first block gap, in the top fifth) or bottom band.
struct Band {
  size_t begin = 0, end = 0;
};

Band TopBand(const PageText& page) {
  Band band;
  size_t i = 0;
  // A jump back up (the right column of a two-column header) does not end the band; a gap
  // down to the body does.
  while (i < page.lines.size() && page.lines[i].top < 0.2 &&
         (i == 0 || !page.lines[i].block_start || page.lines[i].top <= page.lines[i - 1].top)) {
    ++i;
  }
  band.end = i;
  return band;
}

Band BottomBand(const PageText& page) {
  Band band{page.lines.size(), page.lines.size()};
  size_t i = page.lines.size();
  while (i > 0 && page.lines[i - 1].bottom > 0.88) {
    --i;
    if (page.lines[i].block_start) break;
  }
  band.begin = i;
  return band;
}

// A page header of later pages that says again what the first page's header said, in other
// order or case ("Bromma stadsdelsnämnd Protokollsutdrag 2019-05-23" under a letterhead
// "Bromma stadsdelsnämnd PROTOKOLLSUTDRAG" / "Sammanträdesdatum 2019-05-23"): three words or
// more, three in four of them seen in earlier pages' header and footer bands.
bool MostlyKnownWords(const std::string& line, const std::set<std::string>& known) {
  const std::vector<std::string> words = FoldedWords(line);
  if (words.size() < 3) return false;
  const size_t seen = std::count_if(words.begin(), words.end(),
                                    [&](const std::string& w) { return known.count(w) != 0; });
  return 4 * seen >= 3 * words.size();
}

// Moves the first word of `next` onto the end of `line` (after removing the line-end hyphen
// unless it is kept).
void JoinHyphenated(std::string* line, std::string* next, bool keep_hyphen) {
  if (!keep_hyphen) line->pop_back();
  const size_t space = next->find(' ');
  *line += next->substr(0, space);
  *next = space == std::string::npos ? std::string() : next->substr(space + 1);
}

}  // namespace

int NormalizedText::PageAt(size_t offset) const {
  auto it = std::upper_bound(page_starts.begin(), page_starts.end(), offset);
  const int index = static_cast<int>(it - page_starts.begin());
  return std::max(1, index);
}

NormalizedText Normalize(const DocumentText& document,
                         const std::vector<NamedPattern>& page_furniture) {
  struct Line {
    std::string text;
    bool block_start;
    bool short_line;
    int page;
  };
  std::vector<Line> body;
  std::vector<Line> margin;  // repeated headers and footers moved out of the running text
  std::set<std::string> seen_band_lines;
  std::set<std::string> seen_band_words;

  for (const PageText& page : document.pages) {
    std::vector<std::string> texts;
    std::vector<double> widths;
    for (const TextLine& l : page.lines) {
      texts.push_back(NormalizeLine(l.text));
      widths.push_back(l.right - l.left);
    }
    // The width of running text: most lines of a page are wrapped prose.
    std::sort(widths.begin(), widths.end());
    const double body_width = widths.empty() ? 1.0 : widths[widths.size() * 3 / 4];
    const Band top = TopBand(page);
    const Band bottom = BottomBand(page);
    auto band_is_furniture = [&](const Band& band) {
      if (page.number == 1 || band.begin >= band.end) return false;
      for (size_t i = band.begin; i < band.end; ++i) {
        if (IsPageFurniture(texts[i], page_furniture) || seen_band_lines.count(texts[i]) ||
            MostlyKnownWords(texts[i], seen_band_words)) {
          return true;
        }
      }
      return false;
    };
    const bool drop_top = band_is_furniture(top);
    const bool drop_bottom = band_is_furniture(bottom);
    for (const Band& band : {top, bottom}) {
      for (size_t i = band.begin; i < band.end; ++i) {
        seen_band_lines.insert(texts[i]);
        for (const std::string& word : FoldedWords(texts[i])) seen_band_words.insert(word);
      }
    }

    for (size_t i = 0; i < page.lines.size(); ++i) {
      if (texts[i].empty() || IsPageFurniture(texts[i], page_furniture)) continue;
      const bool in_bottom = i >= bottom.begin && i < bottom.end;
      const bool in_band = (drop_top && i >= top.begin && i < top.end) ||
                           (in_bottom && (drop_bottom || MatchesFurniture(texts[i], page_furniture,
                                                                          /*footer=*/true)));
      const double width = page.lines[i].right - page.lines[i].left;
      Line line{texts[i], page.lines[i].block_start, width < 0.6 * body_width, page.number};
      (in_band ? margin : body).push_back(std::move(line));
    }
  }

  // Dash and asterisk bullets ("– Förskolan X", "* Hemtjänsten Y"): a line opening with one
  // that is followed by a capital, or that follows a colon or another bullet item.
  for (size_t i = 0; i < body.size(); ++i) {
    const bool after_list_intro =
        i > 0 && (body[i - 1].text.back() == ':' || body[i - 1].text.rfind("•", 0) == 0);
    if (IsDashBullet(body[i].text, after_list_intro)) {
      body[i].text = "• " + body[i].text.substr(body[i].text.find(' ') + 1);
    }
  }

  // Headings, letterhead lines and paragraph ends: a short line followed by one that starts
  // like a new block ends its block. A page break continues the block unless this holds, or
  // a sentence ends there and the next page opens with a heading (a short line).
  for (size_t i = 0; i + 1 < body.size(); ++i) {
    Line& next = body[i + 1];
    if (next.page != body[i].page) {
      const char end = body[i].text.back();
      const bool sentence_ends = end == '.' || end == ':' || end == '!' || end == '?';
      next.block_start = (body[i].short_line || (sentence_ends && next.short_line)) &&
                         StartsLikeNewBlock(next.text);
    }
    if (body[i].short_line && StartsLikeNewBlock(next.text)) next.block_start = true;
    // A line starting in lower case continues its sentence, whatever the gap above it; so does
    // the line after a word broken by a hyphen ("Enskede-" ⏎ "Årsta-Vantörs stadsdelsnämnd").
    const UChar32 first = FirstCodePoint(next.text);
    const char last = body[i].text.empty() ? '.' : body[i].text.back();
    if (u_islower(first) && last != '.' && last != ':' && last != '!' && last != '?') {
      next.block_start = false;
    }
    bool keep_hyphen = false;
    if (next.page == body[i].page && IsLineBreakHyphen(body[i].text, next.text, &keep_hyphen)) {
      next.block_start = false;
    }
    // A date broken before its year ("den 25 april" ⏎ "2024") stays one date.
    if (next.page == body[i].page && EndsInMonthName(body[i].text) &&
        RE2::PartialMatch(next.text, R"(^(?:19|20)\d{2}(?:[^\pN]|$))")) {
      next.block_start = false;
    }
    if (next.text.rfind("•", 0) == 0) next.block_start = true;
  }

  // Words hyphenated over a line break.
  for (size_t i = 0; i + 1 < body.size(); ++i) {
    bool keep = false;
    if (!body[i + 1].block_start && IsLineBreakHyphen(body[i].text, body[i + 1].text, &keep)) {
      JoinHyphenated(&body[i].text, &body[i + 1].text, keep);
    }
  }

  NormalizedText out;
  int current_page = 0;
  auto append = [&](const Line& line) {
    if (line.text.empty()) return;
    if (!out.text.empty()) out.text += line.block_start ? "\n\n" : "\n";
    while (current_page < line.page) {
      out.page_starts.push_back(out.text.size());
      ++current_page;
    }
    out.text += line.text;
  };
  for (const Line& line : body) append(line);
  out.furniture_start = out.text.size();
  std::set<std::string> kept;
  for (const Line& line : body) kept.insert(line.text);
  for (Line line : margin) {
    if (kept.count(line.text) != 0) continue;
    kept.insert(line.text);
    line.block_start = true;
    line.page = std::max(line.page, current_page);
    append(line);
  }
  while (current_page < static_cast<int>(document.pages.size())) {
    out.page_starts.push_back(out.text.size());
    ++current_page;
  }
  out.page_count = static_cast<int>(document.pages.size());
  return out;
}

}  // namespace kvreg
