// Reading participations back with the documents they rest on and their status. A protocol
// that names no unit still counts for a participation when it carries the diary number of a
// document that does (role "linked").
#include <sqlite3.h>

#include <algorithm>

#include "kvreg/register.h"
#include "kvreg/unit_key.h"
#include "sqlite_statement.h"

namespace kvreg {
namespace {

const char* kEvidenceColumns =
    "d.path, ps.page, d.doc_kind, ps.role, "
    "(SELECT diary_number FROM document_diary_numbers n WHERE n.document_id = d.id "
    " ORDER BY position LIMIT 1), d.paragraph, d.meeting_date, d.decision IS NOT NULL, d.id";

EvidenceDocument ReadEvidence(const Statement& q) {
  EvidenceDocument e;
  e.file = q.TextOr(0);
  e.page = static_cast<int>(q.Int(1));
  e.doc_kind = q.TextOr(2);
  e.role = q.TextOr(3);
  e.diary_number = q.Text(4);
  e.paragraph = q.Text(5);
  e.meeting_date = q.Text(6);
  e.has_decision = q.Int(7) != 0;
  return e;
}

}  // namespace

Status Register::Participations(const ParticipationQuery& query,
                                const std::map<int, AwardYearDates>& calendar,
                                std::vector<ParticipationView>* out) {
  out->clear();
  Statement q(db_,
              "SELECT p.id, u.name, p.award_year, p.board, p.class, p.operator, p.department "
              "FROM participations p JOIN units u ON u.id = p.unit_id "
              "WHERE (?1 IS NULL OR p.award_year = ?1) "
              "AND (?2 IS NULL OR lower(p.board) LIKE '%' || lower(?2) || '%' "
              "     OR p.board LIKE '%' || ?2 || '%') "
              "ORDER BY p.award_year, u.name_key");
  q.Bind(1, query.year).Bind(2, query.board);
  std::vector<std::pair<long long, ParticipationView>> rows;
  while (q.Step()) {
    ParticipationView view;
    view.unit = q.TextOr(1);
    if (query.unit_query && !UnitNameMatches(view.unit, *query.unit_query)) continue;
    view.year = static_cast<int>(q.Int(2));
    view.board = q.Text(3);
    view.competition_class = q.Text(4);
    view.operator_name = q.Text(5);
    view.department = q.Text(6);
    rows.emplace_back(q.Int(0), std::move(view));
  }
  if (!q.ok()) return Status::Error("register: " + q.error());

  std::map<int, std::optional<std::string>> deadlines;
  for (auto& [id, view] : rows) {
    const std::string sources_sql =
        std::string("SELECT ") + kEvidenceColumns +
        " FROM participation_sources ps JOIN documents d ON d.id = ps.document_id "
        "WHERE ps.participation_id = ? ORDER BY d.meeting_date IS NULL, d.meeting_date, d.path";
    Statement sources(db_, sources_sql.c_str());
    sources.Bind(1, id);
    while (sources.Step()) view.documents.push_back(ReadEvidence(sources));
    if (!sources.ok()) return Status::Error("register: " + sources.error());

    // Protocols with the diary number of a source document, of the same award year.
    const std::string linked_sql =
        "SELECT DISTINCT d.path, 1, d.doc_kind, 'linked', "
        "(SELECT diary_number FROM document_diary_numbers n WHERE n.document_id = d.id "
        " ORDER BY position LIMIT 1), d.paragraph, d.meeting_date, d.decision IS NOT NULL, d.id "
        "FROM documents d JOIN document_diary_numbers dn ON dn.document_id = d.id "
        "WHERE d.doc_kind = 'protocol_extract' AND (d.award_year IS NULL OR d.award_year = ?2) "
        "AND dn.diary_number IN (SELECT n.diary_number FROM participation_sources ps "
        "  JOIN document_diary_numbers n ON n.document_id = ps.document_id "
        "  WHERE ps.participation_id = ?1) "
        "AND d.id NOT IN (SELECT document_id FROM participation_sources WHERE participation_id = "
        "?1)";
    Statement linked(db_, linked_sql.c_str());
    linked.Bind(1, id).Bind(2, static_cast<long long>(view.year));
    while (linked.Step()) view.documents.push_back(ReadEvidence(linked));
    if (!linked.ok()) return Status::Error("register: " + linked.error());

    if (deadlines.count(view.year) == 0) {
      Statement deadline(db_,
                         "SELECT min(dd.date) FROM document_dates dd "
                         "JOIN documents d ON d.id = dd.document_id "
                         "WHERE dd.role = 'report_deadline' AND d.award_year = ? "
                         "AND substr(dd.date, 1, 4) = CAST(d.award_year AS TEXT)");
      deadline.Bind(1, static_cast<long long>(view.year));
      std::optional<std::string> found = deadline.Step() ? deadline.Text(0) : std::nullopt;
      if (!found) {
        auto it = calendar.find(view.year);
        if (it != calendar.end() && !it->second.report_deadline.empty()) {
          found = it->second.report_deadline;
        }
      }
      deadlines[view.year] = found;
    }
    view.verdict = DecideStatus(view.documents, deadlines[view.year]);
    out->push_back(std::move(view));
  }
  return Status::Ok();
}

}  // namespace kvreg
