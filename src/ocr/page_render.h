// A PDF page as a grey image for OCR, through Poppler's page renderer (Splash). Internal to
// the PDF path; the same thread-safety as the rest of Poppler: one document per process.
#pragma once

#include <poppler/cpp/poppler-page.h>

#include "kvreg/ocr.h"
#include "kvreg/status.h"

namespace kvreg {

// Renders `page` at `dpi`, or lower when the page is so large that the image would pass
// kvreg's pixel limit (a hostile page size must not exhaust memory).
Status RenderPage(const poppler::page& page, int dpi, PageImage* image);

}  // namespace kvreg
