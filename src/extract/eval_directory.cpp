// Evaluating a folder: every NAME.pdf with a NAME.expected.json beside it is extracted and
// compared with its gold record; the counts are summed per field.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "kvreg/record_json.h"

namespace kvreg {
namespace fs = std::filesystem;
namespace {

const char kGoldSuffix[] = ".expected.json";

std::string GoldPathFor(const std::string& dir, const std::string& pdf_name) {
  return (fs::path(dir) / (pdf_name.substr(0, pdf_name.size() - 4) + kGoldSuffix)).string();
}

}  // namespace

Status FindGoldPairs(const std::string& dir, std::vector<std::string>* pdf_names) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Error(dir + ": not a folder");
  pdf_names->clear();
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    std::error_code ignored;  // a file that vanished or cannot be examined is not a pair
    if (!entry.is_regular_file(ignored) || name.size() <= 4 ||
        name.compare(name.size() - 4, 4, ".pdf") != 0) {
      continue;
    }
    if (fs::is_regular_file(GoldPathFor(dir, name), ignored)) pdf_names->push_back(name);
  }
  if (ec) return Status::Error(dir + ": " + ec.message());
  std::sort(pdf_names->begin(), pdf_names->end());
  return Status::Ok();
}

// Moves what a gold file says beyond a Record out of `json` into `gold`: lists of acceptable
// answers for scalar fields, score_skip, unit aliases.
namespace {
Status TakeGoldExtras(nlohmann::json* json, GoldRecord* gold) {
  static const char* const kScalars[] = {"doc_kind",  "board",        "administration",
                                         "paragraph", "meeting_date", "document_date",
                                         "decision",  "proposal"};
  if (!json->is_object()) return Status::Error("not a JSON object");
  for (const char* field : kScalars) {
    auto it = json->find(field);
    if (it == json->end() || !it->is_array()) continue;
    if (it->empty()) return Status::Error(std::string(field) + ": an empty list of answers");
    for (const auto& value : *it) {
      if (!value.is_string()) return Status::Error(std::string(field) + ": answers must be text");
      gold->alternatives[field].push_back(value.get<std::string>());
    }
    *it = it->front();
  }
  if (!json->contains("pages")) gold->skipped.insert("pages");  // a gold made from text
  if (auto skip = json->find("score_skip"); skip != json->end() && skip->is_array()) {
    for (const auto& field : *skip) {
      if (field.is_string()) gold->skipped.insert(field.get<std::string>());
    }
  }
  if (auto units = json->find("units"); units != json->end() && units->is_array()) {
    for (const auto& unit : *units) {
      auto aliases = unit.find("aliases");
      if (aliases == unit.end() || !aliases->is_array() || !unit.contains("name")) continue;
      for (const auto& alias : *aliases) {
        if (alias.is_string()) {
          gold->unit_aliases[unit["name"].get<std::string>()].push_back(alias.get<std::string>());
        }
      }
    }
  }
  return Status::Ok();
}
}  // namespace

Status ReadGoldRecord(const std::string& path, GoldRecord* gold) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read the gold file");
  nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Status::Error(path + ": not valid JSON");
  *gold = GoldRecord();
  Status extras = TakeGoldExtras(&json, gold);
  if (!extras.ok()) return Status::Error(path + ": " + extras.message());
  Status parsed = RecordFromJson(json, &gold->record);
  if (!parsed.ok()) return Status::Error(path + ": " + parsed.message());
  return Status::Ok();
}

Status EvaluateDirectory(const PatternSet& patterns, const std::string& dir,
                         EvaluationReport* report) {
  std::vector<std::string> names;
  Status found = FindGoldPairs(dir, &names);
  if (!found.ok()) return found;
  *report = EvaluationReport();
  for (const std::string& field : EvaluatedFields()) report->fields[field];
  for (const std::string& name : names) {
    GoldRecord gold;
    Status read = ReadGoldRecord(GoldPathFor(dir, name), &gold);
    if (!read.ok()) {
      report->unreadable_gold.push_back(read.message());
      continue;
    }
    const Record got = ExtractFile(patterns, (fs::path(dir) / name).string());
    DocumentEvaluation doc;
    doc.name = name;
    if (got.error) doc.error = *got.error;
    doc.comparison = CompareRecords(gold, got);
    for (const auto& [field, counts] : doc.comparison.fields) report->fields[field] += counts;
    report->documents.push_back(std::move(doc));
  }
  return Status::Ok();
}

}  // namespace kvreg
