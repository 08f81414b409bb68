// The prefilters of a PatternSet: one per category, and a joint one over the categories
// matched sentence by sentence, so that the patterns that cannot match a text are not run
// over it. An AtomFilter (atom_filter.h) for the categories matched against sentences, names
// and clauses; an RE2::Set for those matched against whole documents, where one pass of the
// set costs less than scanning the text for atoms and then running the patterns that pass.
// Each answers exactly which patterns PartialMatch the text, or, where it cannot tell (a
// pattern neither takes, a DFA out of memory), that all of them may.
//
// Why not one RE2::Set for everything: its DFA is built lazily, state by state, as new text
// comes, and the joint set's states are those of an automaton of all the sentence patterns
// at once. Every worker process starts with none: on the 10,758 sentences of 400 bench
// documents the joint set took 45 ms of CPU cold (3 ms warm), the joint AtomFilter, whose
// set of literal atoms has a far smaller DFA to build and which then runs each pattern only
// where its literals occur, 22 ms (1,000 documents: 107 against 50 ms); its runs also warm
// the patterns' own DFAs, which the extractors use next. Warm, on text seen before, the set
// is the faster.
#include <algorithm>

#include "atom_filter.h"
#include "kvreg/patterns.h"
#include "pattern_schema.h"

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

PatternSet::~PatternSet() = default;

PatternSet::Prefilter PatternSet::BuildPrefilter(std::string_view category,
                                                 const std::vector<NamedPattern>& patterns,
                                                 bool even_sentence_category) {
  Prefilter prefilter;
  if (SentenceCategoryOf(category) >= 0 && !even_sentence_category) return prefilter;
  if (!MatchedOverWholeText(category)) {
    std::vector<const RE2*> regexes;
    for (const NamedPattern& p : patterns) regexes.push_back(p.regex.get());
    prefilter.atoms = AtomFilter::Build(std::move(regexes));
  }
  if (prefilter.atoms == nullptr) prefilter.set = CompilePrefilter(patterns);
  return prefilter;
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

int PatternSet::SentenceCategoryOf(std::string_view category) {
  for (int c = 0; c < kSentenceCategories; ++c) {
    if (category == SentenceCategoryName(static_cast<SentenceCategory>(c))) return c;
  }
  return -1;
}

void PatternSet::BuildSentenceFilter() {
  std::vector<const RE2*> regexes;
  std::vector<int> offsets;
  for (int c = 0; c < kSentenceCategories; ++c) {
    offsets.push_back(static_cast<int>(regexes.size()));
    for (const NamedPattern& p : Category(SentenceCategoryName(static_cast<SentenceCategory>(c)))) {
      regexes.push_back(p.regex.get());
    }
  }
  offsets.push_back(static_cast<int>(regexes.size()));
  sentence_filter_ = AtomFilter::Build(std::move(regexes));
  sentence_offsets_ = std::move(offsets);
}

void PatternSet::BuildSentenceFallbacks() {
  if (sentence_filter_ != nullptr) return;  // it answers for every sentence category
  for (int c = 0; c < kSentenceCategories; ++c) {
    const char* name = SentenceCategoryName(static_cast<SentenceCategory>(c));
    prefilters_[name] = BuildPrefilter(name, Category(name), true);
  }
}

void PatternSet::SentenceCandidates(const std::string& text,
                                    std::vector<std::vector<int>>* out) const {
  out->resize(kSentenceCategories);
  if (sentence_filter_ == nullptr) {
    for (int c = 0; c < kSentenceCategories; ++c) {
      Candidates(SentenceCategoryName(static_cast<SentenceCategory>(c)), text, &(*out)[c]);
    }
    return;
  }
  thread_local std::vector<int> may_match;
  sentence_filter_->MayMatch(text, &may_match);  // ascending
  for (int c = 0; c < kSentenceCategories; ++c) (*out)[c].clear();
  int c = 0;
  for (int index : may_match) {
    while (index >= sentence_offsets_[c + 1]) ++c;
    (*out)[c].push_back(index - sentence_offsets_[c]);
  }
}

void PatternSet::Candidates(std::string_view category, const std::string& text,
                            std::vector<int>* out) const {
  out->clear();
  const int sentence_category = SentenceCategoryOf(category);
  if (sentence_category >= 0 && sentence_filter_ != nullptr) {  // its share of the joint filter's
    thread_local std::vector<int> matched;
    sentence_filter_->Matching(text, &matched);
    const int begin = sentence_offsets_[sentence_category];
    for (const int index : matched) {
      if (index >= begin && index < sentence_offsets_[sentence_category + 1]) {
        out->push_back(index - begin);
      }
    }
    return;
  }
  auto it = prefilters_.find(category);
  RE2::Set::ErrorInfo error;
  if (it != prefilters_.end()) {
    if (it->second.atoms != nullptr) {
      it->second.atoms->Matching(text, out);
      return;
    }
    if (it->second.set != nullptr && it->second.set->Match(text, out, &error)) {
      std::sort(out->begin(), out->end());
      return;
    }
    if (it->second.set != nullptr && error.kind == RE2::Set::kNoError) return;  // no match
  }
  out->clear();  // no prefilter, or its DFA ran out of memory: every pattern is a candidate
  for (int i = 0; i < static_cast<int>(Category(category).size()); ++i) out->push_back(i);
}

void PatternSet::MayMatch(std::string_view category, const std::string& text,
                          std::vector<int>* out) const {
  auto it = prefilters_.find(category);
  if (SentenceCategoryOf(category) < 0 && it != prefilters_.end() && it->second.atoms != nullptr) {
    it->second.atoms->MayMatch(text, out);
    return;
  }
  Candidates(category, text, out);
}

}  // namespace kvreg
