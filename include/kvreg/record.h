// Record: what extraction reads from one document, in the shape of the `kvreg extract --json`
// contract (../shared/spec/extract-json.md). Plain data.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kvreg {

// Where a value was read: the page (1-based) and the text it came from; for a page read by
// OCR, Tesseract's confidence (0-100) in the lines the text came from.
struct SourceRef {
  int page = 0;
  std::string text;
  std::optional<double> ocr_confidence;  // set iff the value was read by OCR
};

struct UnitMention {
  std::string name;  // canonical nominative
  std::optional<std::string> department;
  std::optional<std::string> competition_class;
  std::optional<std::string> operator_name;
  SourceRef source;
  // How it was found: "table", "list" or "sentence" (a key the contract allows adding).
  std::string via;
};

// A dated statement: role is meeting, document, registration_deadline, submission_deadline,
// report_deadline, ceremony or other.
struct DatedStatement {
  std::string role;
  std::string date;  // ISO yyyy-mm-dd
  std::string text;
  bool year_inferred = false;
  SourceRef source;
};

struct PriorParticipation {
  std::string unit;
  std::vector<int> years;
};

struct Record {
  std::string file;
  std::string sha256;
  int pages = 0;
  std::optional<std::string> error;
  std::string doc_kind = "other";
  std::optional<std::string> board;
  std::optional<std::string> administration;
  std::vector<std::string> diary_numbers;
  std::optional<std::string> paragraph;
  std::optional<int> award_year;
  std::optional<std::string> meeting_date;
  std::optional<std::string> document_date;
  std::vector<UnitMention> units;
  std::vector<DatedStatement> dates;
  std::optional<std::string> decision;
  std::optional<std::string> proposal;
  std::vector<PriorParticipation> prior_participation;
  std::vector<std::string> warnings;
  std::vector<int> ocr_pages;            // pages read by OCR (no usable text layer), 1-based
  std::optional<double> ocr_confidence;  // Tesseract's mean confidence over those pages
};

// The names of a record's units, in order.
inline std::vector<std::string> UnitNames(const Record& r) {
  std::vector<std::string> names;
  for (const UnitMention& u : r.units) names.push_back(u.name);
  return names;
}

// The record's unit of exactly this name, or nullptr.
inline const UnitMention* FindUnit(const Record& r, const std::string& name) {
  for (const UnitMention& u : r.units) {
    if (u.name == name) return &u;
  }
  return nullptr;
}

}  // namespace kvreg
