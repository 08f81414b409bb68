// The JSON form of a Record: the keys of the extract contract, plus the OCR provenance; used by
// `kvreg extract --json`, by worker processes handing records to the importer, and by tests
// reading gold files.
#pragma once

#include <nlohmann/json.hpp>

#include "kvreg/record.h"
#include "kvreg/status.h"

namespace kvreg {

nlohmann::ordered_json RecordToJson(const Record& record);
Status RecordFromJson(const nlohmann::json& json, Record* record);

// `json` on one line. Bytes that are not UTF-8 (a Latin-1 file name, say) become U+FFFD
// instead of throwing, so that no file name can stop an import or an output.
std::string JsonLine(const nlohmann::ordered_json& json);

}  // namespace kvreg
