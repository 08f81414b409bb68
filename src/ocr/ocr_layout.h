// From Tesseract's words to the page's lines in the order the PDF text layer gives them.
// Internal to the OCR path (ocr_engine.cpp). Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "kvreg/document_text.h"

namespace kvreg {

// A word as Tesseract read it: its box in pixels and its confidence (0-100).
struct OcrWord {
  std::string text;
  int left = 0, top = 0, right = 0, bottom = 0;
  float confidence = 0;
};

// A line as Tesseract found it.
struct OcrLine {
  std::vector<OcrWord> words;
  bool new_block = false;  // Tesseract starts a block or paragraph here
};

// The page's lines, positions as fractions of the `width` x `height` image. Words are cleaned
// (ocr_cleanup.h); a line is split where a wide gap separates columns; where a run of lines
// holds two columns (a letterhead: the administration on the left, document type, Dnr and
// date on the right) the left column comes first, then the right one, as Poppler orders a
// PDF's table cells. Blocks start where Tesseract starts one or a vertical gap opens.
std::vector<TextLine> LayOutLines(const std::vector<OcrLine>& lines, int width, int height);

}  // namespace kvreg
