// The PDF text layer through Poppler's C++ API. Words come from page::text_list() in Poppler's
// reading order, with their boxes; we group them into lines (same baseline band) and mark where
// a vertical gap or a jump opens a new block. Hyphens stay as printed: the normaliser decides
// which line-end hyphens to join. A page without a usable text layer is read by OCR instead
// (pdf_ocr.h), so a scanned document, or a scanned page in a document, reads like the rest.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <limits>
#include <memory>

#include "kvreg/document_text.h"
#include "pdf_ocr.h"
#include "pdf_tables.h"
#include "poppler_globals.h"

namespace kvreg {
namespace {

// Poppler prints its complaints about damaged files to stderr; we report failures ourselves.
void IgnorePopplerMessage(const std::string&, void*) {}

// The document at `path`, from memory (kept in *bytes, which must outlive it) when it is at
// most `max_bytes_read_whole` long: Poppler reads a file in 256-byte preads, some 80 system
// calls for a two-page PDF. A larger one (a scan) streams from the file, so that a worker's
// memory does not grow with it.
std::unique_ptr<poppler::document> LoadDocument(const std::string& path,
                                                size_t max_bytes_read_whole, std::string* bytes) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
  if (size <= 0 || static_cast<unsigned long long>(size) > max_bytes_read_whole ||
      size > std::numeric_limits<int>::max()) {
    return std::unique_ptr<poppler::document>(poppler::document::load_from_file(path));
  }
  bytes->resize(static_cast<size_t>(size));
  in.seekg(0);
  if (!in.read(bytes->data(), size)) {
    return std::unique_ptr<poppler::document>(poppler::document::load_from_file(path));
  }
  return std::unique_ptr<poppler::document>(
      poppler::document::load_from_raw_data(bytes->data(), static_cast<int>(size)));
}

// UTF-16 to UTF-8 here rather than through ustring::to_utf8(), which opens an iconv
// converter for every call (every word). Unpaired surrogates take Poppler's own path.
std::string Utf8(const poppler::ustring& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    uint32_t c = text[i];
    if (c >= 0xD800 && c <= 0xDFFF) {
      const bool pair =
          c <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF;
      if (!pair) {
        poppler::byte_array bytes = text.to_utf8();
        return std::string(bytes.begin(), bytes.end());
      }
      c = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
    }
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

struct WordBox {
  std::string text;
  double top, bottom, left, right;
  bool space_after;
};

// Gap (relative to the line height) above a line that makes it start a new block.
constexpr double kBlockGap = 0.6;
// Gap (relative to the line height) beyond the page's own line spacing above a line, after a
// sentence's end, that sets off a paragraph where paragraphs have a little space between them.
constexpr double kParagraphSpace = 0.35;
// Median gap between lines (relative to their height) above which a page is set double-spaced.
constexpr double kWideSpacing = 0.75;  // double spacing measures 0.79, 1.5 spacing 0.66
// How much wider than the page's own spacing a gap may be and still be that spacing.
constexpr double kSameSpacing = 0.1;

// A bullet glyph alone on its line: a list item's bullet that the reading order put apart
// from its text (LibreOffice lists). Its text is the line at the same height to its right.
bool IsLoneSymbol(const std::string& text) {
  if (text.empty() || text.size() > 4) return false;
  const unsigned char c = static_cast<unsigned char>(text[0]);
  // "o": the bullet of a second-level list in Word (a letter o in Courier New); MarkDashBullets
  // makes it "•"
  if (c < 0x80) return text.size() == 1 && (c == '*' || c == '-' || c == 'o');
  return !((c >= 0xC3 && c <= 0xC5));  // not a Latin letter such as å ä ö
}

// A list item's number set apart from its text the same way ("1.", "2)", "a)").
bool IsLoneNumber(const std::string& text) {
  if (text.size() < 2 || text.size() > 3 || (text.back() != '.' && text.back() != ')')) {
    return false;
  }
  const std::string_view mark(text.data(), text.size() - 1);
  return std::all_of(mark.begin(), mark.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
         (mark.size() == 1 && mark[0] >= 'a' && mark[0] <= 'z');
}

void AttachBullets(std::vector<TextLine>* lines) {
  std::vector<bool> absorbed(lines->size(), false);
  for (size_t b = 0; b < lines->size(); ++b) {
    const TextLine& bullet = (*lines)[b];
    if (!IsLoneSymbol(bullet.text) && !IsLoneNumber(bullet.text)) continue;
    const double center = (bullet.top + bullet.bottom) / 2;
    for (size_t t = 0; t < lines->size(); ++t) {
      TextLine& item = (*lines)[t];
      if (t == b || absorbed[t] || item.left <= bullet.right - 1) continue;
      if (center < item.top || center > item.bottom) continue;
      item.text = bullet.text + " " + item.text;
      item.text_left = item.left;
      item.left = bullet.left;
      absorbed[b] = true;
      break;
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < lines->size(); ++i) {
    if (absorbed[i]) continue;
    if (kept != i) (*lines)[kept] = std::move((*lines)[i]);
    ++kept;
  }
  lines->resize(kept);
}

// A list item set with a hanging indent wraps to where its text begins, and such a line goes on
// the item whatever letter it begins with ("…; avd. Jobbtorg" ⏎ "Stockholm; klass: …"); a line
// back under the marker, or further left, is no part of it ("–    Träffpunkt Linden: …" ⏎
// "Hemtjänst Karlaplan deltog …" begins a paragraph of its own).
void EndItemsAtTheMargin(std::vector<TextLine>* lines) {
  double right_margin = 0;
  for (const TextLine& line : *lines) right_margin = std::max(right_margin, line.right);
  double text_left = -1;
  const TextLine* above = nullptr;
  for (TextLine& line : *lines) {
    const TextLine* item_line = above;
    above = &line;
    if (line.text_left >= 0) {
      text_left = line.text_left;
      continue;
    }
    if (text_left < 0) continue;
    if (line.left < text_left - 0.5 * (line.bottom - line.top)) {
      line.block_start = true;
      text_left = -1;
    } else if (line.block_start || item_line->right < 0.85 * right_margin) {
      // Space above, or a line above that stopped short of the margin: the item has ended,
      // whatever this line is (a paragraph indented as far as the items' text).
      text_left = -1;
    } else {
      line.continues_item = true;
    }
  }
}

// On a page set close, a sentence's end above a gap clearly wider than the page's own `spacing`
// ends a paragraph set off by a little space only ("… lägger den till handlingarna." ⏎ half a
// line ⏎ "Trygga Händer Stöd AB driver …").
void EndParagraphsAtALittleSpace(double spacing, std::vector<TextLine>* lines) {
  for (size_t i = 1; i < lines->size(); ++i) {
    TextLine& line = (*lines)[i];
    const TextLine& above = (*lines)[i - 1];
    if (line.block_start || line.top < above.top || above.text.empty()) continue;
    const double height = std::max(line.bottom - line.top, 1e-9);
    const char last = above.text.back();
    if ((last == '.' || last == ':') &&
        (line.top - above.bottom) / height > spacing + kParagraphSpace) {
      line.block_start = true;
    }
  }
}

// Blocks measured by the page's own line spacing. A page set with wide line spacing (1.5 or
// double) has a gap above every line; there a block starts only where the gap is wider than the
// page's own spacing, so that a sentence going on to the next line is not cut into two
// paragraphs. On a page set closer, a sentence's end above a gap wider than its spacing ends a
// paragraph.
void MeasureBlocksByTheLineSpacing(std::vector<TextLine>* lines) {
  std::vector<double> gaps;  // relative to the line's height
  for (size_t i = 1; i < lines->size(); ++i) {
    const TextLine& above = (*lines)[i - 1];
    const TextLine& line = (*lines)[i];
    const double height = std::max(line.bottom - line.top, 1e-9);
    if (line.top >= above.top) gaps.push_back((line.top - above.bottom) / height);
  }
  if (gaps.size() < 4) return;
  std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
  const double spacing = gaps[gaps.size() / 2];
  if (spacing <= kWideSpacing) {  // single or 1.5 spaced: the fixed measure holds
    EndParagraphsAtALittleSpace(spacing, lines);
    return;
  }
  double right_margin = 0;
  for (const TextLine& line : *lines) right_margin = std::max(right_margin, line.right);
  for (size_t i = 1; i < lines->size(); ++i) {
    TextLine& line = (*lines)[i];
    const TextLine& above = (*lines)[i - 1];
    const double height = std::max(line.bottom - line.top, 1e-9);
    if (line.top < above.top || !line.block_start) continue;  // a jump stays a block start
    // The sentence goes on where the line above ran to the margin without ending, or, in
    // prose, ended short of it at the page's own spacing (a line broken where the writer broke
    // it: "… Misa Blackeberg och Misa" ⏎ "Bondegatan. Samtliga …"; an agenda's numbered items
    // are lines of their own).
    const char last = above.text.empty() ? '.' : above.text.back();
    const bool lower_next =
        !line.text.empty() && std::islower(static_cast<unsigned char>(line.text[0]));
    auto numbered = [](const std::string& text) {
      return !text.empty() && std::isdigit(static_cast<unsigned char>(text[0]));
    };
    const bool at_the_spacing = (line.top - above.bottom) / height <= spacing + kSameSpacing &&
                                !numbered(above.text) && !numbered(line.text);
    const bool goes_on = (above.right >= 0.85 * right_margin || lower_next || at_the_spacing) &&
                         last != '.' && last != ':';
    if (goes_on && (line.top - above.bottom) / height <= spacing + kBlockGap) {
      line.block_start = false;
    }
  }
}

// The line a piece of a justified line stands on, when Poppler read the piece after the line
// below it (its wide word gaps taken for a column's edge: "Kulturnämnden tar del av anmälan" ⏎
// "kvalitetsutmärkelsen 2014." ⏎ "om" ⏎ "kulturförvaltningens …"): a line of the last few, not
// the last, at the piece's height, ending a word gap or two before it; a list's lone marker is
// AttachBullets' to join. nullptr if none.
TextLine* LineThePieceStandsOn(const TextLine& piece, PageText* page) {
  const double h = piece.bottom - piece.top;
  const double center = (piece.top + piece.bottom) / 2;
  const size_t n = page->lines.size();
  for (size_t back = 2; back <= 3 && back <= n; ++back) {
    TextLine& l = page->lines[n - back];
    const double gap = piece.left - l.right;
    if (std::abs((l.top + l.bottom) / 2 - center) < 0.3 * h && gap > -0.1 * h && gap < 2 * h &&
        page->lines.back().top > l.top && !IsLoneSymbol(l.text) && !IsLoneNumber(l.text)) {
      return &l;
    }
  }
  return nullptr;
}

void AppendLines(const std::vector<WordBox>& words, double width, double height, PageText* page) {
  TextLine line;
  double line_height = 0;
  bool open = false;
  auto close_line = [&]() {
    if (!open) return;
    if (TextLine* on = LineThePieceStandsOn(line, page)) {
      on->text += ' ' + line.text;
      on->right = std::max(on->right, line.right);
      on->top = std::min(on->top, line.top);
      on->bottom = std::max(on->bottom, line.bottom);
      open = false;
      return;
    }
    const TextLine* previous = page->lines.empty() ? nullptr : &page->lines.back();
    if (previous != nullptr) {
      const double gap = line.top - previous->bottom;
      const double typical = std::max(line.bottom - line.top, previous->bottom - previous->top);
      line.block_start = gap > kBlockGap * typical || line.top < previous->top - 0.2 * typical;
    } else {
      line.block_start = true;
    }
    page->lines.push_back(line);
    open = false;
  };
  const WordBox* last = nullptr;
  for (const WordBox& word : words) {
    const double word_height = word.bottom - word.top;
    const double center = (word.top + word.bottom) / 2;
    const bool same_line = open && last != nullptr &&
                           std::abs(center - (line.top + line.bottom) / 2) < 0.5 * line_height &&
                           word.left >= last->right - 0.3 * line_height;  // no word under another
    if (!same_line) {
      close_line();
      line = TextLine();
      line.text = word.text;
      line.top = word.top;
      line.bottom = word.bottom;
      line.left = word.left;
      line.right = word.right;
      line_height = word_height;
      open = true;
    } else {
      const bool gap = last->space_after || word.left - last->right > 0.15 * line_height;
      if (gap) line.text.push_back(' ');
      // A list marker set off by a wide gap: the item's text begins at this word.
      if (line.text.size() == last->text.size() + 1 && IsLoneSymbol(last->text) &&
          word.left - last->right > 0.5 * line_height) {
        line.text_left = word.left;
      }
      line.text += word.text;
      line.top = std::min(line.top, word.top);
      line.bottom = std::max(line.bottom, word.bottom);
      line.right = std::max(line.right, word.right);
      line_height = std::max(line_height, word_height);
    }
    last = &word;
  }
  close_line();
  MeasureBlocksByTheLineSpacing(&page->lines);
  AttachBullets(&page->lines);
  EndItemsAtTheMargin(&page->lines);
  for (TextLine& l : page->lines) {
    l.top /= height;
    l.bottom /= height;
    l.left /= width;
    l.right /= width;
    if (l.text_left >= 0) l.text_left /= width;
  }
}

}  // namespace

Status ReadPdfText(const std::string& path, const TextLimits& limits, DocumentText* out) {
  poppler::set_debug_error_function(IgnorePopplerMessage, nullptr);
  KeepPopplerGlobalsAlive();  // Poppler's tables are built once per process, not per document
  std::string bytes;
  std::unique_ptr<poppler::document> doc = LoadDocument(path, limits.max_bytes_read_whole, &bytes);
  if (!doc) return Status::Error("Poppler cannot open it: not a PDF, or damaged beyond repair");
  if (doc->is_locked()) return Status::Error("encrypted: the PDF needs a user password to open");
  const int page_count = doc->pages();
  if (page_count <= 0) return Status::Error("the PDF has no pages");
  if (page_count > limits.max_pages) {
    return Status::Error("too many pages: " + std::to_string(page_count) + " (limit " +
                         std::to_string(limits.max_pages) + ")");
  }
  size_t total_bytes = 0;
  bool any_text = false;
  out->pages.clear();
  PdfPageOcr ocr(limits.ocr);
  std::optional<OpenTable> open_table;  // a table running on from the page before
  for (int i = 0; i < page_count; ++i) {
    PageText page_text;
    page_text.number = i + 1;
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page) {
      const poppler::rectf box = page->page_rect();
      std::vector<WordBox> words;
      for (const poppler::text_box& tb : page->text_list()) {
        const poppler::rectf r = tb.bbox();
        WordBox w{Utf8(tb.text()), r.top(), r.bottom(), r.left(), r.right(), tb.has_space_after()};
        total_bytes += w.text.size() + 1;
        if (!w.text.empty()) words.push_back(std::move(w));
      }
      if (total_bytes > limits.max_text_bytes) {
        return Status::Error("too much text: over " + std::to_string(limits.max_text_bytes) +
                             " bytes");
      }
      if (limits.is_table_header) {
        std::vector<PlacedWord> placed;
        placed.reserve(words.size());
        for (const WordBox& w : words) placed.push_back({w.text, w.top, w.bottom, w.left, w.right});
        page_text.tables =
            FindTables(placed, {limits.is_table_header, limits.is_abbreviation}, &open_table);
      }
      AppendLines(words, std::max(1.0, box.width()), std::max(1.0, box.height()), &page_text);
      Status read = ocr.ReadIfScanned(*page, &page_text);
      if (!read.ok()) {
        out->pages.clear();
        return read;
      }
      any_text = any_text || !page_text.lines.empty();
    }
    out->pages.push_back(std::move(page_text));
  }
  if (!any_text && limits.ocr.enabled) return Status::Error("no text: OCR found none on any page");
  if (!any_text) return Status::Error("no text layer: the PDF holds only images (a scan?)");
  return Status::Ok();
}

}  // namespace kvreg
