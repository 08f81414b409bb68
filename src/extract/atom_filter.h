// Which of a list of regexes match a text, found cheaply from the first text on. RE2's own
// re2::FilteredRE2 tells, for each regex, the literal strings ("atoms") a text must contain
// for it to match; one RE2::Set of the atoms, each a case-insensitive literal, finds those in
// the text; only the regexes whose atoms are there (and those that need none) are then run,
// each with its own RE2. An RE2::Set over all the regexes gives the same answer in one pass,
// but its DFA, built lazily as new text comes, makes every fresh process pay again for the
// states of a joint automaton of them all; the atoms' set, mere literals, costs about half
// as much cold (pattern_prefilters.cpp). Private to the extraction stage. An AtomFilter is
// immutable once built (but for a cache behind a mutex) and safe to share between threads.
#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kvreg {

class AtomFilter {
 public:
  // The filter of `regexes` (not owned: they must outlive it), or nullptr when FilteredRE2
  // cannot take one of them or the set of their atoms cannot be built.
  static std::unique_ptr<AtomFilter> Build(std::vector<const RE2*> regexes);

  // The indices of the regexes for which RE2::PartialMatch(text, regex) holds, ascending.
  void Matching(std::string_view text, std::vector<int>* out) const;
  // The indices of the regexes that may match `text`, ascending: those whose atoms are all in
  // it and those that need none; a superset of Matching's, for a caller that runs each regex
  // anyway (with its groups) and so would run a matching one twice.
  void MayMatch(std::string_view text, std::vector<int>* out) const;

  // The atoms looked for (lowercase, as FilteredRE2 gives them), for tools and tests.
  const std::vector<std::string>& atoms() const { return atoms_; }

  // The ids of the atoms found in `text`, ascending, each once; false when the set cannot
  // tell (its DFA ran out of memory), and then every regex is to be run.
  bool FindAtoms(std::string_view text, std::vector<int>* found) const;

 private:
  AtomFilter() : filter_(kMinAtomLength) {}
  // The regexes whose atoms are all among `found` (FilteredRE2::AllPotentials), from a cache.
  std::shared_ptr<const std::vector<int>> Potentials(const std::vector<int>& found) const;

  // Atoms shorter than this are not looked for: a regex needing one is run as if it needed
  // none. 1 keeps the digits and the separators of the date patterns as atoms, which spares
  // running those on sentences without a digit; the many short, common atoms this finds cost
  // little thanks to the cache below. (0, 1 and 2 measured alike on the bench sentences; 3
  // and more let through so many regexes that the filter lost a third of its gain.)
  static constexpr int kMinAtomLength = 1;
  // How many sets of found atoms the cache keeps: sentences share few of them (about 2,300
  // over the 30,210 sentences of 1,000 bench documents), so it is simply cleared when full.
  static constexpr size_t kCacheSize = 4096;

  std::vector<const RE2*> regexes_;
  re2::FilteredRE2 filter_;
  std::vector<std::string> atoms_;
  // Atom id i is the set's regex i; none when there are no atoms.
  std::unique_ptr<RE2::Set> atom_set_;
  // 0, 1, ... to the last regex: the candidates when the atom set cannot tell.
  std::shared_ptr<const std::vector<int>> every_regex_;
  // FilteredRE2::AllPotentials builds and walks its tree of atoms anew on every call, which
  // costs more than finding the atoms; the same sets of atoms come again and again.
  mutable std::mutex cache_mutex_;
  mutable std::unordered_map<std::string, std::shared_ptr<const std::vector<int>>> cache_;
};

}  // namespace kvreg
