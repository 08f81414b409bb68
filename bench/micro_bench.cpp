// Micro-benchmarks of the stages after Poppler: the normaliser, the sentence splitter and the
// extractors, over the text of every corpus PDF (read once, before timing). Each iteration
// processes the whole corpus; items/s is documents per second.
//     build/bench/kvreg_micro [--benchmark_filter=Normalize]
// KVREG_MICRO_CORPUS=DIR uses the PDFs of DIR instead of corpus/ (e.g. bench/data/pdf-1000).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "extract_internal.h"
#include "kvreg/document_text.h"
#include "kvreg/extract.h"
#include "kvreg/normalize.h"
#include "kvreg/patterns.h"
#include "sentences.h"

namespace kvreg {
namespace {

struct Corpus {
  std::unique_ptr<PatternSet> patterns;
  std::vector<DocumentText> documents;
  std::vector<NormalizedText> normalized;
};

std::string CorpusDir() {
  const char* dir = std::getenv("KVREG_MICRO_CORPUS");
  return dir != nullptr ? dir : std::string(KVREG_SOURCE_DIR) + "/corpus";
}

std::vector<std::string> CorpusFiles() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(CorpusDir())) {
    if (entry.path().extension() == ".pdf") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

const Corpus& TheCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    const std::string root = KVREG_SOURCE_DIR;
    Status loaded = PatternSet::Load(root + "/patterns", &c.patterns);
    if (!loaded.ok()) {
      std::cerr << loaded.message() << "\n";
      std::exit(2);
    }
    for (const std::string& file : CorpusFiles()) {
      DocumentText text;
      if (!ReadDocumentText(file, TextLimits(), &text).ok()) continue;
      c.normalized.push_back(Normalize(text, c.patterns->Category("page_furniture")));
      c.documents.push_back(std::move(text));
    }
    return c;
  }();
  return corpus;
}

void BM_Normalize(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const DocumentText& d : c.documents) {
      benchmark::DoNotOptimize(Normalize(d, c.patterns->Category("page_furniture")));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.documents.size()));
}
BENCHMARK(BM_Normalize);

void BM_SplitSentences(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const NormalizedText& n : c.normalized) {
      benchmark::DoNotOptimize(SplitSentences(n.text, c.patterns->abbreviations()));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.normalized.size()));
}
BENCHMARK(BM_SplitSentences);

// The sentences of every document, with the patterns that can match each found beforehand
// (as ExtractFields does).
std::vector<ExtractionContext> Contexts(const Corpus& c) {
  std::vector<ExtractionContext> contexts;
  for (const NormalizedText& n : c.normalized) {
    contexts.push_back(SentenceContext(*c.patterns, n));
  }
  return contexts;
}

// The joint AtomFilter of the sentence categories over every sentence. Warm (the same sentences
// again); a worker meets its sentences cold, which this cannot show (pattern_prefilters.cpp).
void BM_FindSentenceCandidates(benchmark::State& state) {
  std::vector<ExtractionContext> contexts = Contexts(TheCorpus());
  for (auto _ : state) {
    for (ExtractionContext& ctx : contexts) FindSentenceCandidates(&ctx);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(contexts.size()));
}
BENCHMARK(BM_FindSentenceCandidates);

// One extractor over every document, with the sentences split beforehand.
template <typename Extractor>
void RunExtractor(benchmark::State& state, Extractor extract) {
  const std::vector<ExtractionContext> contexts = Contexts(TheCorpus());
  for (auto _ : state) {
    for (const ExtractionContext& ctx : contexts) extract(ctx);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(contexts.size()));
}

void BM_ExtractDocKind(benchmark::State& state) {
  RunExtractor(state,
               [](const ExtractionContext& ctx) { benchmark::DoNotOptimize(ExtractDocKind(ctx)); });
}
BENCHMARK(BM_ExtractDocKind);

void BM_ExtractDiaryNumbers(benchmark::State& state) {
  RunExtractor(state, [](const ExtractionContext& ctx) {
    benchmark::DoNotOptimize(ExtractDiaryNumbers(ctx));
  });
}
BENCHMARK(BM_ExtractDiaryNumbers);

void BM_ExtractBoard(benchmark::State& state) {
  RunExtractor(state, [](const ExtractionContext& ctx) {
    Record record;
    ExtractBoard(ctx, &record);
    benchmark::DoNotOptimize(record);
  });
}
BENCHMARK(BM_ExtractBoard);

// Units from the text: the tables come from the PDF reader's word boxes, which the
// contexts here do not carry, so an empty document stands for them.
void BM_ExtractUnits(benchmark::State& state) {
  static const DocumentText kNoTables;
  RunExtractor(state, [](const ExtractionContext& ctx) {
    benchmark::DoNotOptimize(ExtractUnits(ctx, kNoTables));
  });
}
BENCHMARK(BM_ExtractUnits);

void BM_ExtractDates(benchmark::State& state) {
  const std::vector<ExtractionContext> contexts = Contexts(TheCorpus());
  std::vector<std::string> kinds;  // found beforehand: dates' roles depend on the kind
  for (const ExtractionContext& ctx : contexts) kinds.push_back(ExtractDocKind(ctx));
  for (auto _ : state) {
    for (size_t i = 0; i < contexts.size(); ++i) {
      benchmark::DoNotOptimize(ExtractDates(contexts[i], std::nullopt, kinds[i]));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(contexts.size()));
}
BENCHMARK(BM_ExtractDates);

void BM_ExtractDecisionAndProposal(benchmark::State& state) {
  RunExtractor(state, [](const ExtractionContext& ctx) {
    Record record;
    ExtractDecisionAndProposal(ctx, &record);
    benchmark::DoNotOptimize(record);
  });
}
BENCHMARK(BM_ExtractDecisionAndProposal);

void BM_ExtractAwardYear(benchmark::State& state) {
  RunExtractor(
      state, [](const ExtractionContext& ctx) { benchmark::DoNotOptimize(ExtractAwardYear(ctx)); });
}
BENCHMARK(BM_ExtractAwardYear);

void BM_ExtractPriorParticipation(benchmark::State& state) {
  RunExtractor(state, [](const ExtractionContext& ctx) {
    benchmark::DoNotOptimize(ExtractPriorParticipation(ctx, {}, 2024));
  });
}
BENCHMARK(BM_ExtractPriorParticipation);

// Everything after Poppler: normalise, split, every extractor.
void BM_ExtractFields(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const DocumentText& d : c.documents) {
      Record record;
      ExtractFields(*c.patterns, d, &record);
      benchmark::DoNotOptimize(record);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.documents.size()));
}
BENCHMARK(BM_ExtractFields);

// Poppler's part, for scale: reading the text layer of every corpus PDF.
void BM_ReadPdfText(benchmark::State& state) {
  const std::vector<std::string> files = CorpusFiles();
  for (auto _ : state) {
    for (const std::string& f : files) {
      DocumentText text;
      benchmark::DoNotOptimize(ReadDocumentText(f, TextLimits(), &text));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(files.size()));
}
BENCHMARK(BM_ReadPdfText);

}  // namespace
}  // namespace kvreg

BENCHMARK_MAIN();
