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

Status ReadGoldRecord(const std::string& path, Record* gold) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read the gold file");
  const nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Status::Error(path + ": not valid JSON");
  Status parsed = RecordFromJson(json, gold);
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
    Record gold;
    Status read = ReadGoldRecord(GoldPathFor(dir, name), &gold);
    if (!read.ok()) return read;
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
