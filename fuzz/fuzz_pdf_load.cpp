// libFuzzer target: arbitrary bytes as a file to import, through the same path as a worker:
// the content sniffing and sanity checks, Poppler's loader and text layer, our line building,
// then extraction with the real patterns/ (OCR off). Poppler itself is not instrumented (it is
// Debian's library), so coverage guides on our code; a Poppler crash still shows as a deadly
// signal.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "fuzz_patterns.h"
#include "kvreg/document_text.h"
#include "kvreg/extract.h"

namespace {

// One scratch file per fuzzing process, rewritten for every input.
const std::string& ScratchPath() {
  static const std::string path = [] {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir ? dir : "/tmp") + "/kvreg-fuzz-" + std::to_string(getpid()) + ".pdf";
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const kvreg::PatternSet& patterns = kvreg::fuzz::FuzzPatterns();
  FILE* file = std::fopen(ScratchPath().c_str(), "wb");
  if (file == nullptr) return 0;
  std::fwrite(data, 1, size, file);
  std::fclose(file);
  kvreg::TextLimits limits;
  limits.max_pages = 50;
  limits.max_text_bytes = 4u << 20;
  limits.ocr.enabled = false;  // Tesseract takes seconds a page and is not ours to fuzz
  limits = kvreg::WithTableHeaders(patterns, limits);  // the table reader is fuzzed too
  kvreg::DocumentText text;
  if (kvreg::ReadDocumentText(ScratchPath(), limits, &text).ok()) {
    kvreg::Record record;
    kvreg::ExtractFields(patterns, text, &record);
  }
  return 0;
}
