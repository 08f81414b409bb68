// OCR of scanned pages: a page image read by Tesseract (C++ API, Swedish model) into the same
// lines, with positions as fractions of the page, that the PDF text layer gives, so that the
// normaliser and the extractors read scans as they read text. Each line and page carries
// Tesseract's confidence (0-100), which ends up in the record's provenance.
//
// An OcrEngine holds one Tesseract instance: not thread-safe, use one per thread (kvreg uses
// one per worker process, and one process per document).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "kvreg/status.h"

namespace kvreg {

struct PageText;

struct OcrOptions {
  bool enabled = true;   // false: pages without text stay empty (--no-ocr)
  std::string tessdata;  // folder holding LANGUAGE.traineddata; empty: $TESSDATA_PREFIX, else
                         // Debian's /usr/share/tesseract-ocr/5/tessdata
  std::string language = "swe";
  int dpi = 300;  // resolution pages are rendered at for Tesseract
  // One thread per page: kvreg's import already runs one worker per core, and Tesseract's own
  // OpenMP threads would only compete with them.
  bool single_thread = true;
};

// An 8-bit grey image of a page, rows top to bottom.
struct PageImage {
  int width = 0;
  int height = 0;
  int bytes_per_row = 0;
  int dpi = 0;
  std::vector<uint8_t> pixels;
};

// The folder Tesseract reads OCR's language data from: the option, else $TESSDATA_PREFIX, else
// the first of Debian's folders that holds the language. A clerk-facing error when the
// language's .traineddata is in none of them.
Status LocateTessdata(const OcrOptions& options, std::string* folder);

// True when the page's text layer holds something to read: enough letters, and not mostly
// glyphs that decode to nothing (U+FFFD, private use). Otherwise OCR reads the page.
bool HasUsableText(const PageText& page);

class OcrEngine {
 public:
  // Loads Tesseract with the options' language; fails with a clear message when the language
  // data is missing or does not load.
  static Status Open(const OcrOptions& options, std::unique_ptr<OcrEngine>* engine);
  ~OcrEngine();

  // Recognises `image` and replaces `page`'s lines with what was read; sets the page's OCR mark
  // and mean confidence. `page->number` is kept.
  Status Read(const PageImage& image, PageText* page);

 private:
  struct Impl;
  explicit OcrEngine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kvreg
