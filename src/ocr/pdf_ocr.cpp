// When a PDF page is a scan, and how it is read then. A page counts as having a text layer when
// it holds a handful of letters that decode to real characters; scanners' blank text layers,
// a page number alone or glyphs without a Unicode mapping (U+FFFD, private use) do not count.
#include "pdf_ocr.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "page_render.h"

namespace kvreg {
namespace {

// Fewer letters than this on a page is no text layer to read ("Sida 2 (2)" has 4).
constexpr int kMinLetters = 12;

}  // namespace

bool HasUsableText(const PageText& page) {
  int letters = 0, unreadable = 0;
  for (const TextLine& line : page.lines) {
    const std::string& s = line.text;
    int32_t i = 0;
    const int32_t length = static_cast<int32_t>(s.size());
    while (i < length) {
      UChar32 c;
      U8_NEXT(s.data(), i, length, c);
      if (c < 0 || c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF)) {
        ++unreadable;
      } else if (u_isalpha(c)) {
        ++letters;
      }
    }
  }
  return letters >= kMinLetters && unreadable < letters;
}

PdfPageOcr::PdfPageOcr(const OcrOptions& options) : options_(options) {}
PdfPageOcr::~PdfPageOcr() = default;

Status PdfPageOcr::ReadIfScanned(const poppler::page& page, PageText* text) {
  if (!options_.enabled || HasUsableText(*text)) return Status::Ok();
  const std::string where = "page " + std::to_string(text->number) + " has no text layer";
  if (!engine_) {
    Status opened = OcrEngine::Open(options_, &engine_);
    if (!opened.ok()) return Status::Error(where + " and OCR cannot start: " + opened.message());
  }
  PageImage image;
  Status rendered = RenderPage(page, options_.dpi, &image);
  if (!rendered.ok()) return Status::Error(where + ": " + rendered.message());
  return engine_->Read(image, text);
}

}  // namespace kvreg
