// Times OCR per page: renders every page of the given PDFs that has no usable text layer
// (Poppler, 300 dpi) and reads it with Tesseract as an import worker does (one thread), and
// prints seconds per page, wall clock and CPU, rendering and recognition apart.
//
//   build/bench/kvreg_ocr_bench corpus/scanned/*.pdf            # as import workers run it
//   build/bench/kvreg_ocr_bench --threads corpus/scanned/*.pdf  # Tesseract's own threads on
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include "kvreg/document_text.h"
#include "kvreg/ocr.h"
#include "page_render.h"

namespace {

struct Clocks {
  double wall = 0, cpu = 0;
};

Clocks Now() {
  timespec cpu;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
  const auto wall = std::chrono::steady_clock::now().time_since_epoch();
  return {std::chrono::duration<double>(wall).count(), cpu.tv_sec + cpu.tv_nsec / 1e9};
}

Clocks Since(const Clocks& start) {
  const Clocks now = Now();
  return {now.wall - start.wall, now.cpu - start.cpu};
}

}  // namespace

int main(int argc, char** argv) {
  kvreg::OcrOptions options;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--threads") {
      options.single_thread = false;
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: kvreg_ocr_bench [--threads] FILE.pdf...\n");
    return 2;
  }
  std::unique_ptr<kvreg::OcrEngine> engine;
  const Clocks load_start = Now();
  kvreg::Status opened = kvreg::OcrEngine::Open(options, &engine);
  if (!opened.ok()) {
    std::fprintf(stderr, "kvreg_ocr_bench: %s\n", opened.message().c_str());
    return 1;
  }
  const Clocks load = Since(load_start);
  int pages = 0;
  Clocks render, read;
  for (const std::string& file : files) {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(file));
    if (!doc) {
      std::fprintf(stderr, "kvreg_ocr_bench: cannot open %s\n", file.c_str());
      return 1;
    }
    for (int i = 0; i < doc->pages(); ++i) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      kvreg::PageText layer;
      const poppler::byte_array utf8 = page->text().to_utf8();
      layer.lines.push_back(kvreg::TextLine{std::string(utf8.begin(), utf8.end())});
      if (kvreg::HasUsableText(layer)) continue;  // a text page of a mixed document
      kvreg::PageImage image;
      const Clocks r0 = Now();
      kvreg::Status rendered = kvreg::RenderPage(*page, options.dpi, &image);
      const Clocks r = Since(r0);
      kvreg::PageText text;
      text.number = i + 1;
      const Clocks o0 = Now();
      kvreg::Status ocr = rendered.ok() ? engine->Read(image, &text) : rendered;
      const Clocks o = Since(o0);
      if (!ocr.ok()) {
        std::fprintf(stderr, "kvreg_ocr_bench: %s: %s\n", file.c_str(), ocr.message().c_str());
        return 1;
      }
      std::printf("%s p%d: render %.2f s, OCR %.2f s wall / %.2f s CPU, %zu lines, conf %.1f\n",
                  file.c_str(), i + 1, r.wall, o.wall, o.cpu, text.lines.size(),
                  text.ocr_confidence);
      render.wall += r.wall;
      render.cpu += r.cpu;
      read.wall += o.wall;
      read.cpu += o.cpu;
      ++pages;
    }
  }
  std::printf("Tesseract start: %.2f s\n", load.wall);
  std::printf(
      "%d pages at %d dpi, %s: %.2f s per page wall (render %.2f + OCR %.2f), "
      "%.2f s CPU\n",
      pages, options.dpi, options.single_thread ? "one thread" : "Tesseract's threads",
      (render.wall + read.wall) / pages, render.wall / pages, read.wall / pages,
      (render.cpu + read.cpu) / pages);
  return 0;
}
