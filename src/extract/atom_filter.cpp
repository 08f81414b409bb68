// The AtomFilter of atom_filter.h. Why it answers exactly what RE2::PartialMatch does: a
// regex is left out only when FilteredRE2's prefilter says it cannot match, i.e. when the text
// lowercased as RE2 lowercases (rune by rune, to a rune of the same case-folding orbit) lacks
// the atoms it needs. Each atom is looked for as (?i) and the quoted atom, which RE2 matches
// with any rune of each rune's orbit (K, k and the Kelvin sign; S, s and the long s; Å, å and
// the Ångström sign), so every atom of the lowercased text is found (and perhaps more, which
// only costs a needless run). Every regex not left out is run with its own RE2.
#include "atom_filter.h"

#include <algorithm>
#include <numeric>

namespace kvreg {

namespace {

// How much memory the atom set's DFA may use: generous, as for the pattern sets
// (pattern_prefilters.cpp), so that it does not keep discarding its states.
constexpr int64_t kAtomSetMemory = int64_t{64} << 20;

// One case-insensitive literal per atom, atom id i at index i; nullptr if RE2 refuses one.
std::unique_ptr<RE2::Set> CompileAtomSet(const std::vector<std::string>& atoms) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_max_mem(kAtomSetMemory);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (size_t i = 0; i < atoms.size(); ++i) {
    if (set->Add("(?i)" + RE2::QuoteMeta(atoms[i]), nullptr) != static_cast<int>(i)) {
      return nullptr;
    }
  }
  return set->Compile() ? std::move(set) : nullptr;
}

}  // namespace

std::unique_ptr<AtomFilter> AtomFilter::Build(std::vector<const RE2*> regexes) {
  std::unique_ptr<AtomFilter> filter(new AtomFilter());
  for (const RE2* regex : regexes) {
    int id = 0;
    if (filter->filter_.Add(regex->pattern(), regex->options(), &id) != RE2::NoError) {
      return nullptr;
    }
  }
  // FilteredRE2 complains on stderr when compiled empty; an empty list needs no filter.
  if (!regexes.empty()) filter->filter_.Compile(&filter->atoms_);
  if (!filter->atoms_.empty()) {
    filter->atom_set_ = CompileAtomSet(filter->atoms_);
    if (filter->atom_set_ == nullptr) return nullptr;
  }
  auto every = std::make_shared<std::vector<int>>(regexes.size());
  std::iota(every->begin(), every->end(), 0);
  filter->every_regex_ = std::move(every);
  filter->regexes_ = std::move(regexes);
  return filter;
}

bool AtomFilter::FindAtoms(std::string_view text, std::vector<int>* found) const {
  found->clear();
  if (atom_set_ == nullptr) return true;  // no atoms to find
  RE2::Set::ErrorInfo error;
  if (atom_set_->Match(re2::StringPiece(text.data(), text.size()), found, &error)) {
    std::sort(found->begin(), found->end());  // the set's order is none in particular
    return true;
  }
  found->clear();
  return error.kind == RE2::Set::kNoError;  // none found, or the DFA ran out of memory
}

std::shared_ptr<const std::vector<int>> AtomFilter::Potentials(
    const std::vector<int>& found) const {
  thread_local std::string key;  // the found atoms' bytes
  key.assign(reinterpret_cast<const char*>(found.data()), found.size() * sizeof(int));
  {
    std::lock_guard<std::mutex> lock(cache_mutex_);
    const auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
  }
  auto potentials = std::make_shared<std::vector<int>>();
  filter_.AllPotentials(found, potentials.get());
  std::sort(potentials->begin(), potentials->end());
  std::lock_guard<std::mutex> lock(cache_mutex_);
  if (cache_.size() >= kCacheSize) cache_.clear();
  cache_.emplace(key, potentials);
  return potentials;
}

void AtomFilter::MayMatch(std::string_view text, std::vector<int>* out) const {
  out->clear();
  if (regexes_.empty()) return;
  thread_local std::vector<int> found;
  const std::shared_ptr<const std::vector<int>> candidates =
      FindAtoms(text, &found) ? Potentials(found) : every_regex_;
  out->assign(candidates->begin(), candidates->end());
}

void AtomFilter::Matching(std::string_view text, std::vector<int>* out) const {
  MayMatch(text, out);
  const re2::StringPiece piece(text.data(), text.size());
  out->erase(std::remove_if(out->begin(), out->end(),
                            [&](int r) { return !RE2::PartialMatch(piece, *regexes_[r]); }),
             out->end());
}

}  // namespace kvreg
