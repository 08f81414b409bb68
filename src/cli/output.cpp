// Text and JSON output of the command line.
#include "output.h"

#include <cstdlib>
#include <ostream>

namespace kvreg::cli {
namespace {

template <typename T>
nlohmann::ordered_json OrNull(const std::optional<T>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

std::string OrDash(const std::optional<std::string>& value) { return value ? *value : "-"; }

}  // namespace

std::string JsonText(const nlohmann::ordered_json& json, int indent) {
  return json.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

nlohmann::ordered_json ParticipationToJson(const ParticipationView& view, bool with_reason) {
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  for (const EvidenceDocument& d : view.documents) {
    documents.push_back({{"file", d.file},
                         {"page", d.page},
                         {"diary_number", OrNull(d.diary_number)},
                         {"paragraph", OrNull(d.paragraph)},
                         {"meeting_date", OrNull(d.meeting_date)},
                         {"doc_kind", d.doc_kind},
                         {"role", d.role}});
  }
  nlohmann::ordered_json j = {{"unit", view.unit},
                              {"year", view.year},
                              {"board", OrNull(view.board)},
                              {"class", OrNull(view.competition_class)},
                              {"status", StatusName(view.verdict.status)}};
  if (with_reason) j["reason"] = view.verdict.reason;
  j["documents"] = documents;
  j["operator"] = OrNull(view.operator_name);
  j["department"] = OrNull(view.department);
  // What rests on a clerk's word, not on a document.
  nlohmann::ordered_json corrections = nlohmann::ordered_json::array();
  for (const CorrectionNote& c : view.corrections) {
    corrections.push_back({{"change", c.change},
                           {"kind", c.kind},
                           {"by", c.by},
                           {"at", c.at},
                           {"note", c.note},
                           {"summary", c.summary}});
  }
  j["corrected"] = !view.corrections.empty();
  j["corrections"] = corrections;
  j["documents_agree"] = OrNull(view.documents_agree);
  return j;
}

std::string CorrectionSummary(const ParticipationView& view) {
  std::string out;
  for (const CorrectionNote& c : view.corrections) out += (out.empty() ? "" : "; ") + c.summary;
  return out;
}

void PrintRecordSummary(std::ostream& out, const Record& r) {
  out << r.file << "\n";
  if (r.error) {
    out << "  error: " << *r.error << "\n";
    return;
  }
  out << "  kind: " << r.doc_kind << ", " << r.pages << (r.pages == 1 ? " page" : " pages") << "\n";
  if (!r.ocr_pages.empty()) {
    out << "  read by OCR: page";
    for (size_t i = 0; i < r.ocr_pages.size(); ++i) out << (i ? ", " : " ") << r.ocr_pages[i];
    out << " (confidence " << r.ocr_confidence.value_or(0) << ")\n";
  }
  out << "  board: " << OrDash(r.board) << "; administration: " << OrDash(r.administration) << "\n";
  std::string numbers;
  for (const std::string& n : r.diary_numbers) numbers += (numbers.empty() ? "" : ", ") + n;
  out << "  diary numbers: " << (numbers.empty() ? "-" : numbers)
      << "; paragraph: " << OrDash(r.paragraph)
      << "; award year: " << (r.award_year ? std::to_string(*r.award_year) : "-") << "\n";
  out << "  meeting: " << OrDash(r.meeting_date) << "; written: " << OrDash(r.document_date)
      << "\n";
  out << "  units:" << (r.units.empty() ? " none" : "") << "\n";
  for (const UnitMention& u : r.units) {
    out << "    " << u.name;
    if (u.department) out << "; " << *u.department;
    if (u.competition_class) out << "; class " << *u.competition_class;
    if (u.operator_name) out << "; run by " << *u.operator_name;
    out << " (page " << u.source.page << (u.source.ocr_confidence ? ", OCR" : "") << ")\n";
  }
  for (const DatedStatement& d : r.dates) {
    out << "  " << d.role << ": " << d.date << (d.year_inferred ? " (year inferred)" : "") << "\n";
  }
  for (const PriorParticipation& p : r.prior_participation) {
    out << "  took part before: " << p.unit << " in";
    for (int y : p.years) out << " " << y;
    out << "\n";
  }
  if (r.decision) out << "  decision: " << *r.decision << "\n";
  if (r.proposal) out << "  proposal: " << *r.proposal << "\n";
  for (const std::string& w : r.warnings) out << "  warning: " << w << "\n";
}

std::string StatusLabel(ParticipationStatus status) {
  switch (status) {
    case ParticipationStatus::kReported:
      return "anmäld";
    case ParticipationStatus::kReportedLate:
      return "anmäld för sent";
    case ParticipationStatus::kAwaitingDecision:
      return "väntar på beslut";
    case ParticipationStatus::kNotReported:
      return "ej anmäld";
  }
  return "ej anmäld";
}

std::string StatusLabel(const ParticipationView& view) {
  return StatusLabel(view.verdict.status) + (view.corrections.empty() ? "" : " (rättad)");
}

std::string EvidenceSummary(const ParticipationView& view) {
  std::string out;
  for (const EvidenceDocument& d : view.documents) {
    std::string file = d.file.substr(d.file.find_last_of('/') + 1);
    std::string one = file + (d.paragraph ? " " + *d.paragraph : "");
    if (d.role == "mentioned")
      one += " (omnämnd)";
    else if (d.meeting_date)
      one += " (" + *d.meeting_date + ")";
    out += (out.empty() ? "" : "; ") + one;
  }
  if (!view.corrections.empty()) out += (out.empty() ? "" : "; ") + std::string("rättelse");
  return out.empty() ? "endast förväntad" : out;
}

void PrintParticipations(std::ostream& out, const std::vector<ParticipationView>& views,
                         bool with_reason) {
  int year = 0;
  for (const ParticipationView& v : views) {
    if (v.year != year) {
      year = v.year;
      out << "\n" << year << "\n";
    }
    std::string status = StatusName(v.verdict.status);
    status.resize(18, ' ');
    out << "  " << status << v.unit << " — " << OrDash(v.board);
    if (v.competition_class) out << ", " << *v.competition_class;
    out << "\n";
    if (with_reason) out << "  " << std::string(18, ' ') << v.verdict.reason << "\n";
    if (!v.corrections.empty()) {
      out << "  " << std::string(18, ' ') << "corrected: " << CorrectionSummary(v) << "\n";
    }
    for (const EvidenceDocument& d : v.documents) {
      out << "  " << std::string(18, ' ') << "  " << d.file << " p. " << d.page;
      if (d.diary_number) out << ", Dnr " << *d.diary_number;
      if (d.paragraph) out << ", " << *d.paragraph;
      if (d.meeting_date) out << ", meeting " << *d.meeting_date;
      out << " (" << d.role << ")\n";
    }
  }
}

}  // namespace kvreg::cli
