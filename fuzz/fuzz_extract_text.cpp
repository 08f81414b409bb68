// libFuzzer target: arbitrary bytes as a plain-text document through the text reader, the
// normaliser, sentence splitting and every field extractor (real patterns/), then the record
// as JSON. Finds crashes, undefined behaviour and quadratic blow-ups on hostile text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_patterns.h"
#include "kvreg/document_text.h"
#include "kvreg/extract.h"
#include "kvreg/record_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const kvreg::PatternSet& patterns = kvreg::fuzz::FuzzPatterns();
  kvreg::DocumentText text;
  if (!kvreg::ParsePlainText(std::string(reinterpret_cast<const char*>(data), size), &text).ok()) {
    return 0;
  }
  kvreg::Record record;
  kvreg::ExtractFields(patterns, text, &record);
  (void)kvreg::RecordToJson(record).dump(-1, ' ', false,
                                         nlohmann::ordered_json::error_handler_t::replace);
  return 0;
}
