// Re-extraction: runs extraction again on the page text the register keeps, after the
// patterns changed, without the PDFs. Each changed document is replaced in its own
// transaction (Register::ReplaceDocument); units keep the clerk's merges and names because
// names resolve through the register's spellings.
#pragma once

#include <functional>
#include <string>

#include "kvreg/patterns.h"
#include "kvreg/register.h"
#include "kvreg/status.h"

namespace kvreg {

struct ReextractSummary {
  int changed = 0;       // read differently now, and replaced
  int unchanged = 0;     // read the same
  int without_text = 0;  // imported before the register kept page text: import it again
};

// What happened to one document.
struct ReextractResult {
  std::string file;
  std::string outcome;  // "changed", "unchanged", "without_text"
};

Status Reextract(Register& reg, const PatternSet& patterns,
                 const std::function<void(const ReextractResult&)>& on_result,
                 ReextractSummary* summary);

}  // namespace kvreg
