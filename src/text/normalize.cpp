// The normaliser's passes over a document (the line pass, NormalizeLine, is in
// normalize_line.cpp). Page by page: page numbers dropped, headers and footers repeated on later
// pages moved out of the running text (kept once at the end, so nothing they say is lost), headings
// and letterhead lines made blocks of their own. Across lines: words hyphenated over a line break
// joined by Swedish rules.
#include "kvreg/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_set>

#include "code_points.h"
#include "page_bands.h"
#include "swedish_dates.h"

namespace kvreg {
namespace {

UChar32 FirstCodePoint(std::string_view s) { return CodePointAt(s, 0); }

// A line that ends in a word no sentence ends with ("… Familjestödsteamet och" ⏎ "Korttidshemmet
// Ekbacken …", a double-spaced page's short line; "… senast den" ⏎ "16 maj …") goes on in the
// next line.
bool EndsInJoiningWord(const std::string& line) {
  static const std::unordered_set<std::string_view> kJoining = {
      "och", "samt", "eller", "i",   "till", "av",   "för", "med",
      "om",  "på",   "att",   "som", "vid",  "inom", "den"};
  const size_t space = line.find_last_of(" \t");
  return kJoining.count(
             std::string_view(line).substr(space == std::string::npos ? 0 : space + 1)) != 0;
}

bool StartsLikeNewBlock(const std::string& line) {
  const UChar32 c = FirstCodePoint(line);
  return u_isupper(c) || u_isdigit(c) || line.rfind("•", 0) == 0 || line.rfind("§", 0) == 0;
}

// Patterns named "footer" recognise address footers, which are moved out of the running text
// (and kept at its end); every other page_furniture pattern a line that is dropped.
bool MatchesFurniture(const std::string& line, const std::vector<NamedPattern>& furniture,
                      bool footer) {
  for (const NamedPattern& p : furniture) {
    if ((p.name == "footer") == footer && p.MayMatchWhole(line) && RE2::FullMatch(line, *p.regex)) {
      return true;
    }
  }
  return false;
}

bool IsPageFurniture(const std::string& line, const std::vector<NamedPattern>& furniture) {
  return MatchesFurniture(line, furniture, false);
}

// "– Förskolan X", "- en chef", "* Hemtjänsten Y": a dash or asterisk and a space opening the
// line, then a letter: a capital always, a lower-case letter only where a list is under way.
// Word's letter o ("o Kundfakturagruppen") only where a list is under way.
bool IsDashBullet(const std::string& line, bool after_list_intro) {
  size_t marker = 0;
  for (const char* dash : {"-", "*", "\u2013", "\u2014"}) {
    if (line.rfind(std::string(dash) + " ", 0) == 0) marker = std::string(dash).size();
  }
  // Word's second-level bullet, a letter o, only where a list goes on
  if (after_list_intro && line.rfind("o ", 0) == 0) marker = 1;
  if (marker == 0 || line.size() <= marker + 1) return false;
  const UChar32 c = CodePointAt(line, marker + 1);
  return u_isupper(c) || (after_list_intro && u_isalpha(c));
}

// True when the line's last word is a Swedish month name ("den 25 april").
bool EndsInMonthName(const std::string& line) {
  const size_t space = line.rfind(' ');
  const std::string word = space == std::string::npos ? line : line.substr(space + 1);
  return word.size() >= 3 && u_isalpha(FirstCodePoint(word)) && SwedishMonthNumber(word) != 0;
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

bool IsLineBreakHyphen(const std::string& line, const std::string& next_line, bool* keep_hyphen) {
  if (line.size() < 2 || line.back() != '-' || next_line.empty()) return false;
  const UChar32 before = CodePointBefore(line, line.size() - 1);
  const UChar32 after = FirstCodePoint(next_line);
  if (u_isdigit(before) && u_isdigit(after)) {
    *keep_hyphen = true;  // "2017-06-" + "08", "Dnr 2024-" + "1234"
    return true;
  }
  if (!u_isalpha(before) || !u_isalpha(after)) return false;
  if (u_isupper(after)) {
    *keep_hyphen = true;  // "Hässelby-" + "Vällingby"
    return true;
  }
  // "verksamhets-, budget- och personalansvar" broken after "budget-": the hyphen stands for a
  // shared word ending, and the next word is a conjunction.
  static const std::set<std::string> kConjunctions = {"och",   "eller", "samt", "respektive",
                                                      "resp.", "till",  "som",  "men"};
  const std::string next_word = next_line.substr(0, next_line.find(' '));
  std::string bare = next_word;
  while (!bare.empty() && (bare.back() == ',' || bare.back() == '.')) bare.pop_back();
  if (kConjunctions.count(bare) != 0) return false;
  *keep_hyphen = false;  // "myndighets-" + "utövning"
  return true;
}

int NormalizedText::PageAt(size_t offset) const {
  auto it = std::upper_bound(page_starts.begin(), page_starts.end(), offset);
  const int index = static_cast<int>(it - page_starts.begin());
  return std::max(1, index);
}

namespace {

// A line of running text or of the page furniture moved out of it, as the passes see it.
struct Line {
  std::string text;
  bool block_start;
  bool short_line;
  int page;
  bool continues_item = false;  // joined to the line above by a space: one item, one line
};

// The lines of a document, split into the running text (body) and the furniture: headers and
// footers repeated from earlier pages, moved out of the running text.
struct SplitLines {
  std::vector<Line> body;
  std::vector<Line> furniture;
};

// Pass 1, for one page: its lines normalised, page numbers dropped, and the lines of its top and
// bottom bands that repeat earlier pages' bands moved to the furniture, and so is a bottom band
// that a later page's bottom band repeats word for word (the first page's footer, which would
// otherwise cut a list going on over the page break). What the bands say is remembered for
// later pages, unless this is the last.
void SplitPage(const PageText& page, bool last_page,
               const std::vector<NamedPattern>& page_furniture,
               const std::unordered_map<std::string, int>& footer_pages, SeenBands* seen,
               SplitLines* out) {
  std::vector<std::string> texts;
  std::vector<double> widths;
  texts.reserve(page.lines.size());
  widths.reserve(page.lines.size());
  for (const TextLine& l : page.lines) {
    texts.push_back(NormalizeLine(l.text));
    widths.push_back(l.right - l.left);
  }
  // The width of running text: most lines of a page are wrapped prose.
  std::sort(widths.begin(), widths.end());
  const double body_width = widths.empty() ? 1.0 : widths[widths.size() * 9 / 10];
  Band top = TopBand(page);
  const Band bottom = BottomBand(page);
  auto repeats = [&](size_t i) {
    return IsPageFurniture(texts[i], page_furniture) || seen->lines.count(texts[i]) ||
           MostlyKnownWords(texts[i], seen->words);
  };
  auto band_is_furniture = [&](const Band& band) {
    if (page.number == 1 || band.begin >= band.end) return false;
    for (size_t i = band.begin; i < band.end; ++i) {
      if (repeats(i)) return true;
    }
    return false;
  };
  // The running text may begin right under a later page's header with no gap ("Stabsenheten
  // Sid 2 (2)" ⏎ "5. Fritidsgården Gnistan, …"): the band ends with the last line that repeats.
  const bool drop_top = band_is_furniture(top);
  while (drop_top && top.end > top.begin && !repeats(top.end - 1)) --top.end;
  auto footer_repeats_later = [&](const Band& band) {
    for (size_t i = band.begin; i < band.end; ++i) {
      auto it = footer_pages.find(texts[i]);
      if (!texts[i].empty() && it != footer_pages.end() && it->second > page.number) return true;
    }
    return false;
  };
  const bool drop_bottom = band_is_furniture(bottom) || footer_repeats_later(bottom);
  // What the bands say is compared with later pages' bands only.
  for (const Band& band : {top, bottom}) {
    for (size_t i = band.begin; i < band.end && !last_page; ++i) {
      seen->lines.insert(texts[i]);
      for (const std::string& word : FoldedWords(texts[i])) seen->words.insert(word);
    }
  }

  for (size_t i = 0; i < page.lines.size(); ++i) {
    if (texts[i].empty() || IsPageFurniture(texts[i], page_furniture)) continue;
    const bool in_bottom = i >= bottom.begin && i < bottom.end;
    const bool in_band = (drop_top && i >= top.begin && i < top.end) ||
                         (in_bottom && (drop_bottom || MatchesFurniture(texts[i], page_furniture,
                                                                        /*footer=*/true)));
    const double width = page.lines[i].right - page.lines[i].left;
    Line line{std::move(texts[i]), page.lines[i].block_start, width < 0.6 * body_width, page.number,
              page.lines[i].continues_item};
    (in_band ? out->furniture : out->body).push_back(std::move(line));
  }
}

// Pass 2: dash and asterisk bullets ("– Förskolan X", "* Hemtjänsten Y") become "•": a line
// opening with one that is followed by a capital, or that follows a colon or another bullet
// item.
void MarkDashBullets(std::vector<Line>* lines) {
  std::vector<Line>& body = *lines;
  for (size_t i = 0; i < body.size(); ++i) {
    const bool after_list_intro =
        i > 0 && (body[i - 1].text.back() == ':' || body[i - 1].text.rfind("•", 0) == 0);
    if (IsDashBullet(body[i].text, after_list_intro)) {
      body[i].text = "• " + body[i].text.substr(body[i].text.find(' ') + 1);
    }
  }
}

// Pass 3: where blocks begin. Headings, letterhead lines and paragraph ends: a short line
// followed by one that starts like a new block ends its block. A page break continues the block
// unless this holds, or a sentence ends there and the next page opens with a heading (a short
// line).
void FindBlockStarts(std::vector<Line>* lines) {
  std::vector<Line>& body = *lines;
  for (size_t i = 0; i + 1 < body.size(); ++i) {
    Line& next = body[i + 1];
    if (next.page != body[i].page) {
      const char end = body[i].text.back();
      const bool sentence_ends = end == '.' || end == ':' || end == '!' || end == '?';
      next.block_start = (body[i].short_line || (sentence_ends && next.short_line)) &&
                         StartsLikeNewBlock(next.text);
    }
    const bool joins_next = EndsInJoiningWord(body[i].text);
    if (body[i].short_line && StartsLikeNewBlock(next.text) && !joins_next) {
      next.block_start = true;
    }
    // A heading right under a paragraph's last sentence, with no more space above it than
    // between lines ("… kvalitetsutmärkelsen 2017." ⏎ "Ärendet"): a short line that ends
    // no sentence of its own.
    const char ends = body[i].text.back(), next_ends = next.text.back();
    if ((ends == '.' || ends == '!' || ends == '?') && next.short_line &&
        StartsLikeNewBlock(next.text) && next_ends != '.' && next_ends != ',' && next_ends != ';' &&
        next.text.rfind("•", 0) != 0) {
      next.block_start = true;
    }
    // A line starting in lower case continues its sentence, whatever the gap above it; so does
    // the line after a word broken by a hyphen ("Enskede-" ⏎ "Årsta-Vantörs stadsdelsnämnd").
    const UChar32 first = FirstCodePoint(next.text);
    const char last = body[i].text.empty() ? '.' : body[i].text.back();
    if (u_islower(first) && last != '.' && last != ':' && last != '!' && last != '?') {
      next.block_start = false;
    }
    if (next.page == body[i].page && joins_next && next.text.rfind("•", 0) != 0) {
      next.block_start = false;
    }
    bool keep_hyphen = false;
    if (next.page == body[i].page && IsLineBreakHyphen(body[i].text, next.text, &keep_hyphen)) {
      next.block_start = false;
    }
    // A date broken before its year ("den 25 april" ⏎ "2024") stays one date.
    static const RE2 kYearFirst(R"(^(?:19|20)\d{2}(?:[^\pN]|$))");  // compiled once
    if (next.page == body[i].page && EndsInMonthName(body[i].text) &&
        RE2::PartialMatch(next.text, kYearFirst)) {
      next.block_start = false;
    }
    if (next.text.rfind("•", 0) == 0) next.block_start = true;
  }
}

// Pass 4: words hyphenated over a line break within a block are joined.
void JoinHyphenatedWords(std::vector<Line>* lines) {
  std::vector<Line>& body = *lines;
  for (size_t i = 0; i + 1 < body.size(); ++i) {
    bool keep = false;
    if (!body[i + 1].block_start && IsLineBreakHyphen(body[i].text, body[i + 1].text, &keep)) {
      JoinHyphenated(&body[i].text, &body[i + 1].text, keep);
    }
  }
}

// Pass 5: the text, "\n" between lines and "\n\n" between blocks, with where each page begins;
// then the furniture, each line once and none the running text already has.
NormalizedText Assemble(SplitLines lines, int page_count) {
  const std::vector<Line>& body = lines.body;
  NormalizedText out;
  int current_page = 0;
  auto append = [&](const Line& line) {
    if (line.text.empty()) return;
    if (!out.text.empty()) {
      out.text += line.block_start ? "\n\n" : line.continues_item ? " " : "\n";
    }
    while (current_page < line.page) {
      out.page_starts.push_back(out.text.size());
      ++current_page;
    }
    out.text += line.text;
  };
  for (const Line& line : body) append(line);
  out.furniture_start = out.text.size();
  // A furniture line is kept once, and not at all when the running text has it.
  std::unordered_set<std::string_view> kept;
  if (!lines.furniture.empty()) {
    kept.reserve(body.size() + lines.furniture.size());
    for (const Line& line : body) kept.insert(line.text);
  }
  for (Line& line : lines.furniture) {
    if (!kept.insert(line.text).second) continue;
    line.block_start = true;
    line.page = std::max(line.page, current_page);
    append(line);
  }
  while (current_page < page_count) {
    out.page_starts.push_back(out.text.size());
    ++current_page;
  }
  out.page_count = page_count;
  return out;
}

}  // namespace

NormalizedText Normalize(const DocumentText& document,
                         const std::vector<NamedPattern>& page_furniture) {
  SplitLines lines;
  SeenBands seen;
  const std::unordered_map<std::string, int> footer_pages = LastPageOfFooterLines(document);
  for (const PageText& page : document.pages) {
    SplitPage(page, &page == &document.pages.back(), page_furniture, footer_pages, &seen, &lines);
  }
  MarkDashBullets(&lines.body);
  FindBlockStarts(&lines.body);
  JoinHyphenatedWords(&lines.body);
  return Assemble(std::move(lines), static_cast<int>(document.pages.size()));
}

}  // namespace kvreg
