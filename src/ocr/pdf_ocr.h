// The OCR hook of the PDF path: for each page whose text layer is not usable, render it and
// read it with OCR, starting Tesseract once per document, at the first such page (a document
// with text everywhere never loads it). Internal to pdf_text.cpp.
#pragma once

#include <poppler/cpp/poppler-page.h>

#include <memory>

#include "kvreg/document_text.h"
#include "kvreg/ocr.h"

namespace kvreg {

class PdfPageOcr {
 public:
  explicit PdfPageOcr(const OcrOptions& options);
  ~PdfPageOcr();

  // Reads `page` by OCR into `text` when OCR is on and `text` holds no usable text layer;
  // leaves `text` alone otherwise. Fails when OCR is needed but cannot run.
  Status ReadIfScanned(const poppler::page& page, PageText* text);

 private:
  OcrOptions options_;
  std::unique_ptr<OcrEngine> engine_;
};

}  // namespace kvreg
