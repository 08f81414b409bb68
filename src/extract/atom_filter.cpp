// The AtomFilter of atom_filter.h. Why it answers exactly what RE2::PartialMatch does: a
// regex is left out only when FilteredRE2's prefilter says it cannot match, i.e. when the text
// lowercased as RE2 lowercases (rune by rune, within each rune's case-folding orbit) lacks
// the atoms it needs. The scanner compares case-folded text with case-folded atoms, and
// folding is the same for every rune of an orbit, so it finds every atom the lowercased text
// contains (and perhaps more, which only costs a needless run). Every regex not left out is
// run with its own RE2.
#include "atom_filter.h"

#include <algorithm>

namespace kvreg {

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
  filter->regexes_ = std::move(regexes);
  filter->scanner_ = std::make_unique<AtomScanner>(filter->atoms_);
  return filter;
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

void AtomFilter::Matching(std::string_view text, std::vector<int>* out) const {
  out->clear();
  if (regexes_.empty()) return;
  thread_local std::vector<int> found;
  scanner_->Find(text, &found);
  const re2::StringPiece piece(text.data(), text.size());
  for (const int r : *Potentials(found)) {
    if (RE2::PartialMatch(piece, *regexes_[r])) out->push_back(r);
  }
}

}  // namespace kvreg
