// Building the review queue (review.h) from the register: its participations with their
// statuses and corrections, the records extraction wrote (units without certainty, documents
// that name no unit), failed imports, removals later documents contradict, and the clerk's
// expected list. Each item's id is a hash of what it is about, so it is the same on every run.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "kvreg/award_calendar.h"
#include "kvreg/file_hash.h"
#include "kvreg/record_json.h"
#include "kvreg/review.h"
#include "kvreg/unit_key.h"

namespace kvreg {
namespace {

// At most about `width` bytes of `text` around `needle` (or from its start), on whole UTF-8
// characters and with line breaks as spaces.
std::string Excerpt(const std::string& text, const std::string& needle, size_t width = 160) {
  size_t at = needle.empty() ? std::string::npos : text.find(needle);
  size_t begin = at == std::string::npos || at < width / 4 ? 0 : at - width / 4;
  size_t end = std::min(text.size(), begin + width);
  auto continuation = [&](size_t i) {
    return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  };
  while (continuation(begin)) ++begin;
  while (end > begin && continuation(end)) --end;
  std::string out = text.substr(begin, end - begin);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

bool HasCorrection(const ParticipationView& v, const std::string& kind) {
  return std::any_of(v.corrections.begin(), v.corrections.end(),
                     [&](const CorrectionNote& c) { return c.kind == kind; });
}

class QueueBuilder {
 public:
  QueueBuilder(Register& reg, const PatternSet& patterns, const ReviewOptions& options)
      : reg_(reg), patterns_(patterns), options_(options) {}

  Status Build(std::vector<ReviewItem>* out) {
    Status s = reg_.Participations({}, AwardCalendarOf(patterns_), &views_);
    if (s.ok()) s = FromFailedImports();
    if (s.ok()) s = FromRemovals();
    if (s.ok()) s = FromExpectedList();
    if (s.ok()) s = FromDocuments();
    if (!s.ok()) return s;
    FromParticipations();
    std::set<std::string> checked;
    s = reg_.ReviewedItems(&checked);
    if (!s.ok()) return s;
    const std::vector<std::string>& kinds = ReviewKinds();
    auto rank = [&](const ReviewItem& i) {
      return std::find(kinds.begin(), kinds.end(), i.kind) - kinds.begin();
    };
    std::stable_sort(items_.begin(), items_.end(), [&](const auto& a, const auto& b) {
      if (rank(a) != rank(b)) return rank(a) < rank(b);
      return a.year.value_or(0) < b.year.value_or(0);
    });
    out->clear();
    std::set<std::string> seen;
    for (ReviewItem& item : items_) {
      if (checked.count(item.id) || !seen.insert(item.id).second || !Selected(item)) continue;
      out->push_back(std::move(item));
    }
    return Status::Ok();
  }

 private:
  bool Selected(const ReviewItem& item) const {
    if (options_.year && item.year && *item.year != *options_.year) return false;
    if (options_.board && item.board && *item.board != *options_.board) return false;
    return true;
  }

  // Adds an item whose id is the hash of `key` (what it is about).
  ReviewItem& Add(const std::string& kind, const std::string& key) {
    ReviewItem item;
    item.kind = kind;
    item.id = Sha256OfBytes(kind + "\n" + key).substr(0, 8);
    items_.push_back(std::move(item));
    return items_.back();
  }

  // An item about a participation, resting on its first document (if any).
  ReviewItem& AddAbout(const std::string& kind, const ParticipationView& v, const std::string& key,
                       const std::string& message) {
    ReviewItem& item = Add(kind, UnitKey(v.unit) + "\n" + std::to_string(v.year) + "\n" + key);
    item.year = v.year;
    item.board = v.board;
    item.unit = v.unit;
    if (!v.documents.empty()) {
      item.file = v.documents.front().file;
      item.page = v.documents.front().page;
    }
    item.text = v.verdict.reason;
    item.message = message;
    return item;
  }

  Status FromFailedImports() {
    std::vector<FailedImport> failed;
    Status s = reg_.FailedImports(&failed);
    for (const FailedImport& f : failed) {
      ReviewItem& item = Add("import_failed", f.path + "\n" + f.reason);
      item.file = f.path;
      item.text = f.reason;
      item.message = "the file failed to import (" + f.at + "); nothing of it is in the register";
    }
    return s;
  }

  Status FromRemovals() {
    std::vector<RemovedParticipation> removed;
    Status s = reg_.RemovedParticipations(&removed);
    for (const RemovedParticipation& r : removed) {
      for (const auto& doc : r.later_documents) {
        ReviewItem& item =
            Add("correction_contradicted", std::to_string(r.change) + "\n" + doc.sha256);
        item.year = r.year;
        item.board = r.board;
        item.unit = r.unit;
        item.file = doc.file;
        item.page = doc.page;
        item.text = "names " + r.unit + " for " + std::to_string(r.year);
        item.message = "a clerk removed this participation (change " + std::to_string(r.change) +
                       "), but a document imported since names it";
      }
    }
    return s;
  }

  // The board of an expected row as the register writes it.
  std::string CanonicalBoard(const std::string& printed) const {
    std::string canonical;
    return ResolveBoard(printed, &canonical) ? canonical : printed;
  }
  bool ResolveBoard(const std::string& printed, std::string* canonical) const {
    bool administration = false;
    const BoardEntry* board = patterns_.BoardByName(printed, &administration);
    if (board != nullptr) *canonical = board->board;
    return board != nullptr;
  }

  Status FromExpectedList() {
    std::vector<StoredExpectedRow> rows;
    Status s = reg_.ExpectedList(&rows);
    if (!s.ok()) return s;
    for (const StoredExpectedRow& row : rows) {
      std::optional<UnitSummary> unit;
      s = reg_.FindUnit(row.unit, &unit);
      if (!s.ok()) return s;
      const std::string name = unit ? unit->name : row.unit;
      const std::string board = CanonicalBoard(row.board);
      expected_.insert({row.year, UnitKey(name)});
      expected_boards_.insert({row.year, board});
      const bool known = std::any_of(views_.begin(), views_.end(), [&](const auto& v) {
        return v.year == row.year && UnitKey(v.unit) == UnitKey(name);
      });
      if (known) continue;
      ReviewItem& item = Add("expected_missing", std::to_string(row.year) + "\n" + UnitKey(name));
      item.year = row.year;
      item.board = board;
      item.unit = name;
      item.file = row.origin;
      item.page = row.line;
      item.text = std::to_string(row.year) + ";" + row.board + ";" + row.unit;
      item.message = "on the expected list, but no document in the register names it";
    }
    return Status::Ok();
  }

  Status FromDocuments();
  void FromParticipations();
  void FromRecord(const ReviewDocument& doc, const Record& record);

  Register& reg_;
  const PatternSet& patterns_;
  const ReviewOptions& options_;
  std::vector<ReviewItem> items_;
  std::vector<ParticipationView> views_;
  std::set<std::pair<int, std::string>> expected_;         // year, unit key
  std::set<std::pair<int, std::string>> expected_boards_;  // year, board the list covers
  std::set<std::pair<int, std::string>> settled_;          // year, unit key with a correction
  std::set<std::string> named_by_clerk_;                   // files a clerk's add rests on
};

void QueueBuilder::FromParticipations() {
  for (const ParticipationView& v : views_) {
    const bool added = HasCorrection(v, "added");
    if (v.documents_agree == std::optional<bool>(false)) {
      AddAbout("correction_contradicted", v, "report",
               "a clerk recorded a report outside the documents, and the documents say "
               "otherwise");
    }
    if (!expected_boards_.empty() && v.board && !added &&
        expected_boards_.count({v.year, *v.board}) && !expected_.count({v.year, UnitKey(v.unit)})) {
      AddAbout("not_expected", v, "", "found in the documents, but not on the expected list");
    }
    for (const EvidenceDocument& d : v.documents) {
      if (d.named_by_clerk || added || !d.board || !v.board || *d.board == *v.board) continue;
      if (d.role == "linked" || d.role == "mentioned") continue;
      ReviewItem& item =
          AddAbout("board_differs", v, d.file,
                   "the participation's board is " + *v.board + ", the document's " + *d.board);
      item.file = d.file;
      item.page = d.page;
    }
    if (v.verdict.status == ParticipationStatus::kReportedLate && !HasCorrection(v, "reported")) {
      AddAbout("reported_late", v, "", "reported to the board after the report deadline");
    }
  }
}

Status QueueBuilder::FromDocuments() {
  for (const ParticipationView& v : views_) {
    if (!v.corrections.empty()) settled_.insert({v.year, UnitKey(v.unit)});
    for (const EvidenceDocument& d : v.documents) {
      if (d.named_by_clerk) named_by_clerk_.insert(d.file);
    }
  }
  std::vector<RemovedParticipation> removed;
  Status s = reg_.RemovedParticipations(&removed);
  for (const RemovedParticipation& r : removed) settled_.insert({r.year, UnitKey(r.unit)});
  std::vector<ReviewDocument> documents;
  if (s.ok()) s = reg_.ReviewDocuments(&documents);
  if (!s.ok()) return s;
  for (const ReviewDocument& doc : documents) {
    Record record;
    const nlohmann::json json = nlohmann::json::parse(doc.record_json, nullptr, false);
    if (json.is_discarded() || !RecordFromJson(json, &record).ok()) continue;
    FromRecord(doc, record);
    // `via` (how a unit was found) is not in Record: read from the JSON when present.
    if (!json.contains("units") || !json["units"].is_array() || !record.award_year) continue;
    for (const nlohmann::json& u : json["units"]) {
      if (!u.is_object() || u.value("via", "") != "sentence" || !u.contains("name")) continue;
      const std::string name = u["name"].get<std::string>();
      if (settled_.count({*record.award_year, UnitKey(name)})) continue;
      const nlohmann::json source = u.value("source", nlohmann::json::object());
      ReviewItem& item = Add("low_certainty", doc.sha256 + "\n" + UnitKey(name) + "\nvia");
      item.year = record.award_year;
      item.board = record.board;
      item.unit = name;
      item.file = doc.file;
      item.page = source.value("page", 0);
      item.text = source.value("text", "");
      item.message = "the unit was read from running text, not from a list or table";
    }
  }
  return Status::Ok();
}

void QueueBuilder::FromRecord(const ReviewDocument& doc, const Record& record) {
  const std::string kNoUnit = "names no unit";
  const bool about_award =
      record.award_year || doc.first_page_text.find("valitetsutmärkelse") != std::string::npos ||
      std::any_of(record.warnings.begin(), record.warnings.end(),
                  [&](const std::string& w) { return w.find(kNoUnit) != std::string::npos; });
  if (record.units.empty() && record.prior_participation.empty() && about_award &&
      !named_by_clerk_.count(doc.file)) {
    ReviewItem& item = Add("no_units", doc.sha256);
    item.year = record.award_year;
    item.board = record.board;
    item.file = doc.file;
    item.page = 1;
    item.text = Excerpt(doc.first_page_text, "valitetsutmärkelse");
    item.message = "the document is about the award but names no unit";
  }
  for (const std::string& warning : record.warnings) {
    if (warning.find(kNoUnit) != std::string::npos) continue;
    ReviewItem& item = Add("low_certainty", doc.sha256 + "\n" + warning);
    item.year = record.award_year;
    item.board = record.board;
    item.file = doc.file;
    item.page = 1;
    item.text = Excerpt(doc.first_page_text, "");
    item.message = "extraction warns: " + warning;
  }
  for (const UnitMention& u : record.units) {
    const double confidence = u.source.ocr_confidence.value_or(100.0);
    if (confidence >= options_.min_ocr_confidence) continue;
    if (record.award_year && settled_.count({*record.award_year, UnitKey(u.name)})) continue;
    ReviewItem& item = Add("low_certainty", doc.sha256 + "\n" + UnitKey(u.name) + "\nocr");
    item.year = record.award_year;
    item.board = record.board;
    item.unit = u.name;
    item.file = doc.file;
    item.page = u.source.page;
    item.text = u.source.text;
    item.message = "the unit was read by OCR with confidence " +
                   std::to_string(static_cast<int>(confidence)) + " (under " +
                   std::to_string(static_cast<int>(options_.min_ocr_confidence)) + ")";
  }
}

}  // namespace

const std::vector<std::string>& ReviewKinds() {
  static const std::vector<std::string> kinds = {
      "import_failed", "correction_contradicted", "expected_missing", "no_units",
      "not_expected",  "board_differs",           "low_certainty",    "reported_late"};
  return kinds;
}

Status BuildReviewQueue(Register& reg, const PatternSet& patterns, const ReviewOptions& options,
                        std::vector<ReviewItem>* out) {
  return QueueBuilder(reg, patterns, options).Build(out);
}

}  // namespace kvreg
