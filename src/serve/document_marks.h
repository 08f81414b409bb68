// Where a document's extracted values were read: each value's provenance (page and text, from
// the record's "source") found in the page's stored text, so the Dokument page can highlight
// it. Text is compared with runs of whitespace as one space (a value read across a line
// break is found); a value whose text is not found is looked for by the value itself.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kvreg/document_text.h"

namespace kvreg::serve {

// A value of the record, and where it was read.
struct ReadValue {
  std::string id;      // anchor: "v3"
  std::string field;   // "enhet", "datum (meeting)", "diarienummer"
  std::string value;   // what was read
  std::string css;     // unit, date, diary
  int page = 0;        // 0: any page (a diary number has no provenance)
  std::string text;    // the provenance text, or the value
  bool found = false;  // set by MarkPages
};

// The values of a record (units, dates, diary numbers) in the record's order.
std::vector<ReadValue> ValuesOf(const nlohmann::json& record);

// The pages as HTML (escaped), each value found wrapped in <mark id=… class=…>; sets each
// value's `found`.
std::string MarkPages(const DocumentText& text, std::vector<ReadValue>* values);

}  // namespace kvreg::serve
