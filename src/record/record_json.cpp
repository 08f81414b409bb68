// Record <-> JSON in the contract's key order. Absent optional values are null. Added keys, after
// the contract's: "ocr_pages" and "ocr_confidence" on the record, "ocr" and "ocr_confidence" on
// a source read by OCR.
#include "kvreg/record_json.h"

namespace kvreg {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

template <typename T>
ordered_json OrNull(const std::optional<T>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

template <typename T>
std::optional<T> OptionalFrom(const json& j, const char* key) {
  if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
  return j.at(key).get<T>();
}

// The OCR mark of a source, added to the contract's keys only where a value was read by OCR.
void AddOcrMark(const SourceRef& source, ordered_json* j) {
  if (!source.ocr_confidence) return;
  (*j)["ocr"] = true;
  (*j)["ocr_confidence"] = *source.ocr_confidence;
}

ordered_json SourceToJson(const SourceRef& source) {
  ordered_json j{{"page", source.page}, {"text", source.text}};
  AddOcrMark(source, &j);
  return j;
}

SourceRef SourceFromJson(const json& j) {
  SourceRef source;
  if (j.is_object()) {
    source.page = j.value("page", 0);
    source.text = j.value("text", "");
    if (j.value("ocr", false)) source.ocr_confidence = j.value("ocr_confidence", 0.0);
  }
  return source;
}

}  // namespace

ordered_json RecordToJson(const Record& r) {
  ordered_json units = ordered_json::array();
  for (const UnitMention& u : r.units) {
    ordered_json unit{{"name", u.name},
                      {"department", OrNull(u.department)},
                      {"class", OrNull(u.competition_class)},
                      {"operator", OrNull(u.operator_name)},
                      {"source", SourceToJson(u.source)}};
    if (!u.via.empty()) unit["via"] = u.via;
    units.push_back(std::move(unit));
  }
  ordered_json dates = ordered_json::array();
  for (const DatedStatement& d : r.dates) {
    ordered_json source{{"page", d.source.page}};
    AddOcrMark(d.source, &source);
    dates.push_back(ordered_json{{"role", d.role},
                                 {"date", d.date},
                                 {"text", d.text},
                                 {"year_inferred", d.year_inferred},
                                 {"source", source}});
  }
  ordered_json prior = ordered_json::array();
  for (const PriorParticipation& p : r.prior_participation) {
    prior.push_back(ordered_json{{"unit", p.unit}, {"years", p.years}});
  }
  return ordered_json{{"file", r.file},
                      {"sha256", r.sha256},
                      {"pages", r.pages},
                      {"error", OrNull(r.error)},
                      {"doc_kind", r.doc_kind},
                      {"board", OrNull(r.board)},
                      {"administration", OrNull(r.administration)},
                      {"diary_numbers", r.diary_numbers},
                      {"paragraph", OrNull(r.paragraph)},
                      {"award_year", OrNull(r.award_year)},
                      {"meeting_date", OrNull(r.meeting_date)},
                      {"document_date", OrNull(r.document_date)},
                      {"units", units},
                      {"dates", dates},
                      {"decision", OrNull(r.decision)},
                      {"proposal", OrNull(r.proposal)},
                      {"prior_participation", prior},
                      {"warnings", r.warnings},
                      {"ocr_pages", r.ocr_pages},
                      {"ocr_confidence", OrNull(r.ocr_confidence)}};
}

Status RecordFromJson(const json& j, Record* r) {
  try {
    *r = Record();
    r->file = j.value("file", "");
    r->sha256 = j.value("sha256", "");
    r->pages = j.value("pages", 0);
    r->error = OptionalFrom<std::string>(j, "error");
    r->doc_kind = j.value("doc_kind", "other");
    r->board = OptionalFrom<std::string>(j, "board");
    r->administration = OptionalFrom<std::string>(j, "administration");
    r->diary_numbers = j.value("diary_numbers", std::vector<std::string>());
    r->paragraph = OptionalFrom<std::string>(j, "paragraph");
    r->award_year = OptionalFrom<int>(j, "award_year");
    r->meeting_date = OptionalFrom<std::string>(j, "meeting_date");
    r->document_date = OptionalFrom<std::string>(j, "document_date");
    for (const json& u : j.value("units", json::array())) {
      UnitMention unit;
      unit.name = u.at("name").get<std::string>();
      unit.department = OptionalFrom<std::string>(u, "department");
      unit.competition_class = OptionalFrom<std::string>(u, "class");
      unit.operator_name = OptionalFrom<std::string>(u, "operator");
      unit.source = SourceFromJson(u.value("source", json::object()));
      unit.via = u.value("via", "");
      r->units.push_back(std::move(unit));
    }
    for (const json& d : j.value("dates", json::array())) {
      DatedStatement date;
      date.role = d.at("role").get<std::string>();
      date.date = d.at("date").get<std::string>();
      date.text = d.value("text", "");
      date.year_inferred = d.value("year_inferred", false);
      date.source = SourceFromJson(d.value("source", json::object()));
      r->dates.push_back(std::move(date));
    }
    r->decision = OptionalFrom<std::string>(j, "decision");
    r->proposal = OptionalFrom<std::string>(j, "proposal");
    for (const json& p : j.value("prior_participation", json::array())) {
      r->prior_participation.push_back(PriorParticipation{p.at("unit").get<std::string>(),
                                                          p.at("years").get<std::vector<int>>()});
    }
    r->warnings = j.value("warnings", std::vector<std::string>());
    r->ocr_pages = j.value("ocr_pages", std::vector<int>());
    r->ocr_confidence = OptionalFrom<double>(j, "ocr_confidence");
  } catch (const json::exception& e) {
    return Status::Error(std::string("not a record: ") + e.what());
  }
  return Status::Ok();
}

std::string JsonLine(const nlohmann::ordered_json& json) {
  return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace kvreg
