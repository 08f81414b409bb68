// The review queue: what in the register needs a person's eyes, most important first, each
// item with the file, page and text it rests on. An item's id is stable (a hash of what the
// item is about), so the same situation keeps its id from run to run, and an item a clerk
// marked checked (Register::MarkReviewed) stays away until the situation changes. Items leave
// the queue too when a correction settles them (a participation added, removed or reported).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kvreg/patterns.h"
#include "kvreg/register.h"
#include "kvreg/status.h"

namespace kvreg {

struct ReviewItem {
  std::string id;    // 8 hex digits
  std::string kind;  // see ReviewKinds(), in order of importance
  std::optional<int> year;
  std::optional<std::string> board, unit;
  std::string file;
  int page = 0;
  std::string text;     // the text the item rests on (a unit's sentence, a page's start, ...)
  std::string message;  // what a person should look at, in one line
};

struct ReviewOptions {
  std::optional<int> year;           // only items of this award year (and those of none)
  std::optional<std::string> board;  // canonical board name: only its items (and boardless)
  double min_ocr_confidence = 80.0;  // units read by OCR below this are uncertain
};

// The item kinds, most important first: import_failed, correction_contradicted,
// expected_missing, no_units, not_expected, board_differs, low_certainty, reported_late.
const std::vector<std::string>& ReviewKinds();

// The queue, most important first; uses the expected list kept in the register.
Status BuildReviewQueue(Register& reg, const PatternSet& patterns, const ReviewOptions& options,
                        std::vector<ReviewItem>* out);

}  // namespace kvreg
