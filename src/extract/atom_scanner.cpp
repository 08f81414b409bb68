// The case folding and the Aho–Corasick automaton of atom_scanner.h. The automaton runs over
// folded text: a state is the longest suffix of the text read so far that begins an atom,
// and each state lists every atom that ends there (its own and those of its suffixes).
#include "atom_scanner.h"

#include <algorithm>

namespace kvreg {

void FoldCase(std::string_view text, std::string* out) {
  out->clear();
  ForEachFoldedByte(text, [out](uint8_t byte) { out->push_back(static_cast<char>(byte)); });
}

AtomScanner::AtomScanner(const std::vector<std::string>& atoms) : atom_count_(atoms.size()) {
  std::vector<std::string> folded(atoms.size());
  for (size_t a = 0; a < atoms.size(); ++a) {
    FoldCase(atoms[a], &folded[a]);
    for (const char byte : folded[a]) {
      uint16_t& cls = class_[static_cast<uint8_t>(byte)];
      if (cls == 0) cls = static_cast<uint16_t>(classes_++);
    }
  }
  next_.assign(classes_, -1);
  ends_per_state_.emplace_back();
  for (size_t a = 0; a < atoms.size(); ++a) AddAtom(folded[a], static_cast<int>(a));
  LinkFailures();
  for (const auto& ends : ends_per_state_) {
    end_begin_.push_back(static_cast<int32_t>(ends_.size()));
    ends_.insert(ends_.end(), ends.begin(), ends.end());
  }
  end_begin_.push_back(static_cast<int32_t>(ends_.size()));
  ends_per_state_.clear();
}

void AtomScanner::AddAtom(const std::string& folded, int atom) {
  int state = 0;
  for (const char byte : folded) {
    const size_t edge = static_cast<size_t>(state) * classes_ + class_[static_cast<uint8_t>(byte)];
    if (next_[edge] < 0) {
      next_[edge] = static_cast<int32_t>(ends_per_state_.size());
      ends_per_state_.emplace_back();
      next_.resize(next_.size() + classes_, -1);
    }
    state = next_[edge];
  }
  ends_per_state_[state].push_back(atom);
}

// Breadth first, each state's missing edges become those of its longest proper suffix that
// is a state (its failure state), and it inherits that state's atoms.
void AtomScanner::LinkFailures() {
  std::vector<int32_t> failure(ends_per_state_.size(), 0);
  std::vector<int32_t> queue;
  for (int c = 0; c < classes_; ++c) {
    int32_t& child = next_[c];
    if (child < 0) {
      child = 0;
    } else {
      queue.push_back(child);
    }
  }
  for (size_t head = 0; head < queue.size(); ++head) {
    const int32_t state = queue[head];
    for (int c = 0; c < classes_; ++c) {
      int32_t& child = next_[static_cast<size_t>(state) * classes_ + c];
      const int32_t via_failure = next_[static_cast<size_t>(failure[state]) * classes_ + c];
      if (child < 0) {
        child = via_failure;
        continue;
      }
      failure[child] = via_failure;
      const std::vector<int32_t>& inherited = ends_per_state_[via_failure];
      ends_per_state_[child].insert(ends_per_state_[child].end(), inherited.begin(),
                                    inherited.end());
      queue.push_back(child);
    }
  }
}

void AtomScanner::Find(std::string_view text, std::vector<int>* found) const {
  found->clear();
  // A state lists the atoms of its suffixes too, so the same atom comes many times: each is
  // taken once, marked with a number no other call of this thread uses.
  thread_local std::vector<uint32_t> marks;
  thread_local uint32_t call = 0;
  if (marks.size() < atom_count_ || ++call == 0) {
    marks.assign(std::max(marks.size(), atom_count_), 0);
    call = 1;
  }
  auto take = [&](int32_t state) {
    for (int32_t e = end_begin_[state]; e < end_begin_[state + 1]; ++e) {
      if (marks[ends_[e]] != call) {
        marks[ends_[e]] = call;
        found->push_back(ends_[e]);
      }
    }
  };
  take(0);  // the empty atom, if any
  int32_t state = 0;
  auto step = [&](uint8_t byte) {
    state = next_[static_cast<size_t>(state) * classes_ + class_[byte]];
    if (end_begin_[state] != end_begin_[state + 1]) take(state);
  };
  ForEachFoldedByte(text, step);
  std::sort(found->begin(), found->end());
}

}  // namespace kvreg
