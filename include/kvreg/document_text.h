// The text layer of a document, page by page and line by line, with the geometry the later
// stages need to tell letterheads, headings and page headers from running text. Produced from a
// PDF (Poppler) or a UTF-8 text file; nothing here interprets the words.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "kvreg/ocr.h"
#include "kvreg/status.h"

namespace kvreg {

// One line of text as laid out on the page. Coordinates are fractions of the page (0 = top/left).
struct TextLine {
  std::string text;  // UTF-8, words joined by single spaces, hyphens kept
  double top = 0;
  double bottom = 0;
  double left = 0;
  double right = 0;
  bool block_start = false;  // a vertical gap (or a blank line) separates it from the line above
  // Where the text after a list marker begins when a wide gap sets it off ("–    Förskolan X"),
  // else -1: the item's wrapped lines begin there, not under the marker.
  double text_left = -1;
  bool continues_item = false;  // a list item's wrapped line, set under the item's text
  double ocr_confidence = -1;   // Tesseract's mean word confidence (0-100) if read by OCR, else -1
};

// A table as laid out on a page: its rows of cells, the header row first. Cells are read from
// the word boxes' columns, so a cell that wraps over lines is one cell.
struct TextTable {
  std::vector<std::vector<std::string>> rows;
};

struct PageText {
  int number = 0;  // 1-based
  std::vector<TextLine> lines;
  std::vector<TextTable> tables;  // tables whose header row TextLimits::is_table_header knows
  bool ocr = false;               // the page had no usable text layer and was read by OCR
  double ocr_confidence = -1;     // Tesseract's mean word confidence for the page (0-100)
};

struct DocumentText {
  std::vector<PageText> pages;
};

// Limits that a hostile file cannot blow past, and how pages without a text layer are read.
struct TextLimits {
  int max_pages = 2000;
  size_t max_text_bytes = 64u << 20;
  // A PDF up to this size is read into memory in one go and parsed from there (Poppler reads
  // a file in 256-byte preads otherwise); a larger one streams from the file.
  size_t max_bytes_read_whole = 16u << 20;
  OcrOptions ocr;
  // True for a word that may stand in a table's header row ("Enhet", "Klass"); tables are
  // looked for only when it is set (the extraction's patterns set it).
  std::function<bool(const std::string&)> is_table_header;
  // True for a word, as printed, whose full stop ends no sentence ("inkl.", "Inkl."): a table's
  // section row may end in one ("Klass: Äldreomsorg inkl." wrapped before "myndighetsutövning").
  std::function<bool(const std::string&)> is_abbreviation;
};

// Reads a PDF with Poppler's C++ API (word boxes, reading order); a page without a usable text
// layer is rendered and read by OCR (kvreg/ocr.h) unless limits.ocr says not to. Not
// thread-safe across documents: Poppler promises none, so callers extract one document per
// process.
Status ReadPdfText(const std::string& path, const TextLimits& limits, DocumentText* out);

// Reads UTF-8 text; a form feed separates pages, a blank line separates blocks.
Status ReadPlainText(const std::string& path, const TextLimits& limits, DocumentText* out);
Status ParsePlainText(const std::string& utf8, DocumentText* out);

// Chooses the reader by content (%PDF header) and extension (.txt).
Status ReadDocumentText(const std::string& path, const TextLimits& limits, DocumentText* out);

}  // namespace kvreg
