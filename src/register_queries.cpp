// Reading participations back with the documents they rest on and their status. A protocol
// that names no unit still counts for a participation when it carries the diary number of a
// document that does (role "linked"). The evidence of all selected participations is read in
// two statements over a JSON list of their ids, so a whole year costs a few index scans, not
// a few queries per participation.
#include <sqlite3.h>

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "kvreg/register.h"
#include "kvreg/unit_key.h"
#include "sqlite_statement.h"

namespace kvreg {
namespace {

// Columns 1..9 of both evidence statements (column 0 is the participation id).
std::string EvidenceColumns(const std::string& page, const std::string& role) {
  return "d.path, " + page + ", d.doc_kind, " + role +
         ", (SELECT diary_number FROM document_diary_numbers n WHERE n.document_id = d.id "
         "ORDER BY position LIMIT 1), d.paragraph, d.meeting_date, d.decision IS NOT NULL, "
         "d.board";
}

EvidenceDocument ReadEvidence(const Statement& q) {
  EvidenceDocument e;
  e.file = q.TextOr(1);
  e.page = static_cast<int>(q.Int(2));
  e.doc_kind = q.TextOr(3);
  e.role = q.TextOr(4);
  e.diary_number = q.Text(5);
  e.paragraph = q.Text(6);
  e.meeting_date = q.Text(7);
  e.has_decision = q.Int(8) != 0;
  e.board = q.Text(9);
  return e;
}

}  // namespace

Status Register::Participations(const ParticipationQuery& query,
                                const std::map<int, AwardYearDates>& calendar,
                                std::vector<ParticipationView>* out) {
  out->clear();
  // Fixed clauses chosen by which filters are present (so SQLite can use the indexes); every
  // value is bound.
  std::string sql =
      "SELECT p.id, u.name, p.award_year, p.board, p.class, p.operator, p.department "
      "FROM participations p JOIN units u ON u.id = p.unit_id WHERE 1";
  if (query.year) sql += " AND p.award_year = ?1";
  if (query.board) {
    sql += " AND (lower(p.board) LIKE '%' || lower(?2) || '%' OR p.board LIKE '%' || ?2 || '%')";
  }
  if (query.unit_query) {
    sql += " AND p.unit_id IN (SELECT unit_id FROM unit_aliases WHERE instr(name_key, ?3) > 0)";
  }
  sql += " ORDER BY p.award_year, u.name_key";
  Statement q(db_, sql.c_str());
  if (query.year) q.Bind(1, query.year);
  if (query.board) q.Bind(2, query.board);
  if (query.unit_query) {
    const std::string key = UnitKey(*query.unit_query);
    if (key.empty()) return Status::Ok();
    q.Bind(3, key);
  }
  std::vector<ParticipationView> views;
  std::unordered_map<long long, size_t> index_of;
  nlohmann::json ids = nlohmann::json::array();
  while (q.Step()) {
    ParticipationView view;
    view.unit = q.TextOr(1);
    view.year = static_cast<int>(q.Int(2));
    view.board = q.Text(3);
    view.competition_class = q.Text(4);
    view.operator_name = q.Text(5);
    view.department = q.Text(6);
    index_of[q.Int(0)] = views.size();
    ids.push_back(q.Int(0));
    views.push_back(std::move(view));
  }
  if (!q.ok()) return Status::Error("register: " + q.error());
  if (views.empty()) return Status::Ok();
  const std::string id_list = ids.dump();

  const std::string sources_sql =
      "SELECT ps.participation_id, " + EvidenceColumns("ps.page", "ps.role") +
      " FROM json_each(?1) j JOIN participation_sources ps ON ps.participation_id = j.value "
      "JOIN documents d ON d.id = ps.document_id "
      "ORDER BY ps.participation_id, d.meeting_date IS NULL, d.meeting_date, d.path";
  Statement sources(db_, sources_sql.c_str());
  sources.Bind(1, id_list);
  while (sources.Step()) views[index_of[sources.Int(0)]].documents.push_back(ReadEvidence(sources));
  if (!sources.ok()) return Status::Error("register: " + sources.error());

  // Protocols with the diary number of a source document, of the same award year, that are
  // not sources themselves.
  const std::string linked_sql =
      "SELECT DISTINCT p.id, " + EvidenceColumns("1", "'linked'") +
      " FROM json_each(?1) j JOIN participations p ON p.id = j.value "
      "JOIN participation_sources ps ON ps.participation_id = p.id "
      "JOIN document_diary_numbers n ON n.document_id = ps.document_id "
      "JOIN document_diary_numbers dn ON dn.diary_number = n.diary_number "
      "JOIN documents d ON d.id = dn.document_id "
      "WHERE d.doc_kind = 'protocol_extract' AND (d.award_year IS NULL OR d.award_year = "
      "p.award_year) AND NOT EXISTS (SELECT 1 FROM participation_sources x "
      "  WHERE x.participation_id = p.id AND x.document_id = d.id) "
      "ORDER BY p.id, d.meeting_date, d.path";
  Statement linked(db_, linked_sql.c_str());
  linked.Bind(1, id_list);
  while (linked.Step()) views[index_of[linked.Int(0)]].documents.push_back(ReadEvidence(linked));
  if (!linked.ok()) return Status::Error("register: " + linked.error());

  std::map<int, ReportDeadline> deadlines;
  for (ParticipationView& view : views) {
    if (deadlines.count(view.year) == 0) {
      Statement deadline(db_,
                         "SELECT min(dd.date) FROM documents d "
                         "JOIN document_dates dd ON dd.document_id = d.id "
                         "WHERE d.award_year = ? AND dd.role = 'report_deadline' "
                         "AND substr(dd.date, 1, 4) = CAST(d.award_year AS TEXT)");
      deadline.Bind(1, static_cast<long long>(view.year));
      ReportDeadline found;
      if (deadline.Step() && deadline.Text(0)) {
        found.date = deadline.Text(0);
        found.origin = "stated in the year's documents";
      }
      if (!deadline.ok()) return Status::Error("register: " + deadline.error());
      if (!found.date) {
        auto it = calendar.find(view.year);
        if (it != calendar.end() && !it->second.report_deadline.empty()) {
          found.date = it->second.report_deadline;
          found.origin = "from the award-year table";
        }
      }
      deadlines[view.year] = found;
    }
    view.verdict = DecideStatus(view.documents, deadlines[view.year], view.board);
    out->push_back(std::move(view));
  }
  return Status::Ok();
}

}  // namespace kvreg
