// Tesseract through its C++ API: a grey page image in, the page's lines out. Tesseract's own
// layout analysis finds blocks, paragraphs, lines and words (it copes with a slightly rotated
// scan); ocr_layout.cpp turns them into TextLines as the PDF path makes them.
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <memory>

#ifdef _OPENMP
#include <omp.h>
#endif

#include "kvreg/document_text.h"
#include "kvreg/ocr.h"
#include "ocr_layout.h"

namespace kvreg {
namespace {

std::vector<OcrLine> RecognisedLines(tesseract::TessBaseAPI* api) {
  std::vector<OcrLine> lines;
  std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
  if (!it) return lines;
  const auto word_level = tesseract::RIL_WORD;
  do {
    if (it->Empty(word_level)) continue;
    if (lines.empty() || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      lines.emplace_back();
      lines.back().new_block =
          it->IsAtBeginningOf(tesseract::RIL_BLOCK) || it->IsAtBeginningOf(tesseract::RIL_PARA);
    }
    std::unique_ptr<char[]> text(it->GetUTF8Text(word_level));
    OcrWord word;
    word.text = text ? text.get() : "";
    word.confidence = it->Confidence(word_level);
    it->BoundingBox(word_level, &word.left, &word.top, &word.right, &word.bottom);
    lines.back().words.push_back(std::move(word));
  } while (it->Next(word_level));
  return lines;
}

}  // namespace

struct OcrEngine::Impl {
  tesseract::TessBaseAPI api;
};

OcrEngine::OcrEngine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OcrEngine::~OcrEngine() {
  if (impl_) impl_->api.End();
}

Status OcrEngine::Open(const OcrOptions& options, std::unique_ptr<OcrEngine>* engine) {
  std::string folder;
  Status located = LocateTessdata(options, &folder);
  if (!located.ok()) return located;
#ifdef _OPENMP
  // Tesseract's parallel loops run single-threaded once no parallel level may be active.
  // (OMP_THREAD_LIMIT would do the same, but OpenMP reads it when the process starts, before
  // an import forks its workers.)
  if (options.single_thread) omp_set_max_active_levels(0);
#endif
  auto impl = std::make_unique<Impl>();
  // Tesseract's debug output goes to stderr unless told otherwise; kvreg reports itself.
  impl->api.SetVariable("debug_file", "/dev/null");
  if (impl->api.Init(folder.c_str(), options.language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    return Status::Error("Tesseract cannot load the language data " + options.language +
                         ".traineddata from " + folder);
  }
  impl->api.SetPageSegMode(tesseract::PSM_AUTO);
  engine->reset(new OcrEngine(std::move(impl)));
  return Status::Ok();
}

Status OcrEngine::Read(const PageImage& image, PageText* page) {
  if (image.width <= 0 || image.height <= 0 || image.pixels.empty()) {
    return Status::Error("page " + std::to_string(page->number) + ": nothing to read by OCR");
  }
  tesseract::TessBaseAPI& api = impl_->api;
  api.SetImage(image.pixels.data(), image.width, image.height, 1, image.bytes_per_row);
  api.SetSourceResolution(image.dpi);
  if (api.Recognize(nullptr) != 0) {
    api.Clear();
    return Status::Error("page " + std::to_string(page->number) + ": Tesseract cannot read it");
  }
  page->lines = LayOutLines(RecognisedLines(&api), image.width, image.height);
  page->ocr = true;
  double confidence_sum = 0;
  for (const TextLine& line : page->lines) confidence_sum += line.ocr_confidence;
  page->ocr_confidence = page->lines.empty() ? 0 : confidence_sum / page->lines.size();
  api.Clear();
  return Status::Ok();
}

}  // namespace kvreg
