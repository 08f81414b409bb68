// The prefilters of a PatternSet: one RE2::Set per category, and a joint one over the
// categories matched sentence by sentence, so that one pass over a text tells which patterns
// can match it and only those are run. Each answers exactly which patterns PartialMatch the
// text, or, where it cannot tell (a pattern RE2::Set rejects, a DFA out of memory), that all
// of them may.
#include <algorithm>

#include "kvreg/patterns.h"

namespace kvreg {

namespace {

// How much memory a set's DFA may use. With RE2's default (8 MiB) the joint set's DFA, once the
// patterns grew, kept discarding its states and building them again: finding the candidates of
// every sentence took 60 times longer (bench/micro_bench.cpp BM_FindSentenceCandidates: 31.7
// ms per 50 documents against 0.6 ms with this budget). Nothing fails either way, so no test
// can tell; the micro benchmark does.
constexpr int64_t kSetMemory = int64_t{64} << 20;

}  // namespace

std::unique_ptr<RE2::Set> PatternSet::CompileSet(const std::vector<std::string>& regexes) {
  RE2::Options options;  // as LoadPatternFile compiles each pattern
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_max_mem(kSetMemory);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const std::string& regex : regexes) {
    if (set->Add(regex, nullptr) < 0) return nullptr;  // run them one by one
  }
  return set->Compile() ? std::move(set) : nullptr;
}

std::unique_ptr<RE2::Set> PatternSet::CompilePrefilter(const std::vector<NamedPattern>& patterns) {
  std::vector<std::string> regexes;
  for (const NamedPattern& p : patterns) regexes.push_back(p.regex->pattern());
  return CompileSet(regexes);
}

const char* PatternSet::SentenceCategoryName(SentenceCategory category) {
  static const char* const kNames[kSentenceCategories] = {"units", "unit_statements",
                                                          "date_expressions", "fields"};
  return kNames[category];
}

void PatternSet::BuildSentencePrefilter() {
  RE2::Options options;  // as LoadPatternFile compiles each pattern
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_max_mem(kSetMemory);
  auto prefilter = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  std::vector<int> offsets;
  int count = 0;
  for (int c = 0; c < kSentenceCategories; ++c) {
    offsets.push_back(count);
    for (const NamedPattern& p : Category(SentenceCategoryName(static_cast<SentenceCategory>(c)))) {
      if (prefilter->Add(p.regex->pattern(), nullptr) < 0) return;  // each category on its own
      ++count;
    }
  }
  offsets.push_back(count);
  if (!prefilter->Compile()) return;
  sentence_prefilter_ = std::move(prefilter);
  sentence_offsets_ = std::move(offsets);
}

void PatternSet::SentenceCandidates(const std::string& text,
                                    std::vector<std::vector<int>>* out) const {
  out->resize(kSentenceCategories);
  thread_local std::vector<int> matched;
  matched.clear();
  RE2::Set::ErrorInfo error;
  if (sentence_prefilter_ != nullptr &&
      (sentence_prefilter_->Match(text, &matched, &error) || error.kind == RE2::Set::kNoError)) {
    std::sort(matched.begin(), matched.end());
    for (int c = 0; c < kSentenceCategories; ++c) (*out)[c].clear();
    int c = 0;
    for (int index : matched) {
      while (index >= sentence_offsets_[c + 1]) ++c;
      (*out)[c].push_back(index - sentence_offsets_[c]);
    }
    return;
  }
  // No joint prefilter, or its DFA ran out of memory: each category's own.
  for (int c = 0; c < kSentenceCategories; ++c) {
    Candidates(SentenceCategoryName(static_cast<SentenceCategory>(c)), text, &(*out)[c]);
  }
}

void PatternSet::Candidates(std::string_view category, const std::string& text,
                            std::vector<int>* out) const {
  out->clear();
  auto it = prefilters_.find(category);
  RE2::Set::ErrorInfo error;
  if (it != prefilters_.end()) {
    if (it->second->Match(text, out, &error)) {
      std::sort(out->begin(), out->end());
      return;
    }
    if (error.kind == RE2::Set::kNoError) return;  // nothing matches
  }
  out->clear();  // no prefilter, or its DFA ran out of memory: every pattern is a candidate
  for (int i = 0; i < static_cast<int>(Category(category).size()); ++i) out->push_back(i);
}

}  // namespace kvreg
