// The normaliser. Line by line: NFC through ICU, soft hyphens out, ligatures expanded, every
// kind of space made plain, bullet glyphs (including the Symbol font's private-use ones) made
// "•". Page by page: page numbers dropped, headers and footers repeated on later pages moved
// out of the running text (kept once at the end, so nothing they say is lost), headings and
// letterhead lines made blocks of their own. Across lines: words hyphenated over a line break
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
#include "kvreg/swedish_dates.h"

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

// First code point of a UTF-8 string (0 when empty).
UChar32 FirstCodePoint(std::string_view s) { return CodePointAt(s, 0); }

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

// "– Förskolan X", "- en chef", "* Hemtjänsten Y": a dash or asterisk and a space opening the
// line, then a letter: a capital always, a lower-case letter only where a list is under way.
bool IsDashBullet(const std::string& line, bool after_list_intro) {
  size_t marker = 0;
  for (const char* dash : {"-", "*", "\u2013", "\u2014"}) {
    if (line.rfind(std::string(dash) + " ", 0) == 0) marker = std::string(dash).size();
  }
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

// The words of a line, case-folded.
std::vector<std::string> FoldedWords(const std::string& line) {
  std::string folded;
  if (std::all_of(line.begin(), line.end(), [](char c) { return (c & 0x80) == 0; })) {
    folded = line;  // ASCII folds as tolower does
    for (char& c : folded) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  } else {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(line);
    folded = ToUtf8(u.foldCase());
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
// more, three in four of them seen in earlier pages' header and footer bands.
bool MostlyKnownWords(const std::string& line, const std::unordered_set<std::string>& known) {
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
  std::unordered_set<std::string> seen_band_lines;
  std::unordered_set<std::string> seen_band_words;

  for (const PageText& page : document.pages) {
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
    // What the bands say is compared with later pages' bands only.
    const bool last_page = &page == &document.pages.back();
    for (const Band& band : {top, bottom}) {
      for (size_t i = band.begin; i < band.end && !last_page; ++i) {
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
      Line line{std::move(texts[i]), page.lines[i].block_start, width < 0.6 * body_width,
                page.number};
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
    static const RE2 kYearFirst(R"(^(?:19|20)\d{2}(?:[^\pN]|$))");  // compiled once
    if (next.page == body[i].page && EndsInMonthName(body[i].text) &&
        RE2::PartialMatch(next.text, kYearFirst)) {
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
  // A margin line is kept once, and not at all when the running text has it.
  std::unordered_set<std::string_view> kept;
  if (!margin.empty()) {
    kept.reserve(body.size() + margin.size());
    for (const Line& line : body) kept.insert(line.text);
  }
  for (Line& line : margin) {
    if (!kept.insert(line.text).second) continue;
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
