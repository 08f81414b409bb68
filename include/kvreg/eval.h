// Evaluation: compares extracted records with hand-written gold records field by field and
// counts true positives, false positives and false negatives, from which precision, recall and
// F1 follow. The same comparison decides equality in the corpus gold test and in `kvreg eval`.
// What is compared follows corpus/README.md: provenance text is not, pages are.
//
// Counting, per field:
// - scalar fields (pages, doc_kind, board, administration, paragraph, award_year,
//   meeting_date, document_date, decision, proposal): equal non-null values are a TP; a
//   different value where both are non-null is an FP and an FN; a value where the gold has null
//   is an FP; null where the gold has a value is an FN; both null counts nothing. Decision and
//   proposal are compared with each run of whitespace as one space (a line break is layout).
// - list fields, matched as sets: diary_numbers (the number as printed), units (by name),
//   dates (role, ISO date, year_inferred, page), prior_participation (unit, year) pairs. An
//   item in both is a TP, only extracted an FP, only in the gold an FN.
// - the sub-fields of units matched by name: units.department, units.class, units.operator,
//   units.page, each compared as a scalar field.
// Overall sums the counts of every field (micro average). Pure functions; thread-safe.
//
// Gold files written by other hands may say more than one record can (GoldRecord): a scalar
// field given as a list of acceptable answers (any of them is a TP), "score_skip" (fields not
// scored for that document), a unit's "aliases" (other names it may be extracted under), and
// units or dates without a page (their page is then not compared).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "kvreg/patterns.h"
#include "kvreg/record.h"
#include "kvreg/status.h"

namespace kvreg {

struct FieldCounts {
  int tp = 0, fp = 0, fn = 0;

  // 1 when nothing was claimed (tp + fp == 0); likewise recall when nothing was expected.
  double Precision() const;
  double Recall() const;
  // The harmonic mean of precision and recall; 0 when both are 0.
  double F1() const;
  FieldCounts& operator+=(const FieldCounts& other);
};

// One difference between an extracted record and its gold record, for a person to read.
struct Discrepancy {
  std::string field;  // "board", "units", "units.department", ...
  std::string gold;   // the gold value ("" when the gold has none)
  std::string got;    // the extracted value ("" when none)
};

// The result of comparing one record with its gold.
struct RecordComparison {
  std::map<std::string, FieldCounts> fields;
  std::vector<Discrepancy> discrepancies;
  bool Equal() const { return discrepancies.empty(); }
};

// A gold record with what a gold file may say beyond a Record.
struct GoldRecord {
  GoldRecord() = default;
  GoldRecord(Record r) : record(std::move(r)) {}  // NOLINT: a plain record is a plain gold
  Record record;
  // Scalar field -> every acceptable value (the record holds the first).
  std::map<std::string, std::vector<std::string>> alternatives;
  std::set<std::string> skipped;  // fields not scored for this document
  // Gold unit name -> other names the unit may be extracted under.
  std::map<std::string, std::vector<std::string>> unit_aliases;
};

// The field names in report order.
const std::vector<std::string>& EvaluatedFields();

// Compares `got` with `gold`. Order of list items is not compared here (see OrderDiscrepancies).
RecordComparison CompareRecords(const GoldRecord& gold, const Record& got);

// Differences in the order of diary numbers and units (both "in order of first appearance"),
// for lists whose items agree as sets. Not scored; the corpus gold test checks them.
std::vector<Discrepancy> OrderDiscrepancies(const GoldRecord& gold, const Record& got);

// One evaluated document.
struct DocumentEvaluation {
  std::string name;  // the PDF's file name
  RecordComparison comparison;
  std::string error;  // the extraction error, when the PDF could not be read
};

struct EvaluationReport {
  std::vector<DocumentEvaluation> documents;
  std::map<std::string, FieldCounts> fields;  // summed over documents
  // "NAME.expected.json: why" for each gold file that could not be read; its PDF is not scored.
  std::vector<std::string> unreadable_gold;
  FieldCounts Overall() const;
};

// The PDFs of `dir` (not recursive) that have a gold file NAME.expected.json beside NAME.pdf,
// sorted by name.
Status FindGoldPairs(const std::string& dir, std::vector<std::string>* pdf_names);

// Reads a gold file.
Status ReadGoldRecord(const std::string& path, GoldRecord* gold);

// Extracts every gold-paired PDF of `dir` and compares it with its gold. Fails on a folder that
// cannot be read; a gold file that cannot be read is listed in `unreadable_gold` and the others
// are scored; a PDF that cannot be read is a document with an error.
Status EvaluateDirectory(const PatternSet& patterns, const std::string& dir,
                         EvaluationReport* report);

}  // namespace kvreg
