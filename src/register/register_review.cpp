// The register's side of the review queue (review_queue.cpp builds the queue): the facts it
// reads (documents with their records, failed imports, removals that later documents
// contradict, the clerk's expected list) and the items a clerk marked checked.
#include <nlohmann/json.hpp>

#include "kvreg/unit_key.h"
#include "register_corrections.h"
#include "sqlite_statement.h"

namespace kvreg {

Status Register::ReviewDocuments(std::vector<ReviewDocument>* out) {
  out->clear();
  Statement q(db_,
              "SELECT d.path, d.sha256, d.record_json, coalesce((SELECT text FROM document_pages "
              "p WHERE p.document_id = d.id ORDER BY page LIMIT 1), '') FROM documents d "
              "ORDER BY d.id");
  while (q.Step()) out->push_back({q.TextOr(0), q.TextOr(1), q.TextOr(2), q.TextOr(3)});
  return q.ok() ? Status::Ok() : q.Failure("register: ");
}

Status Register::FailedImports(std::vector<FailedImport>* out) {
  out->clear();
  // The latest attempt of each path, when it failed.
  Statement q(db_,
              "SELECT l.path, l.at, coalesce(l.reason, ''), l.sha256 FROM import_log l "
              "WHERE l.outcome = 'failed' AND l.id = (SELECT max(id) FROM import_log m "
              "WHERE m.path = l.path AND m.outcome != 'skipped') ORDER BY l.id");
  while (q.Step()) out->push_back({q.TextOr(0), q.TextOr(1), q.TextOr(2), q.Text(3)});
  return q.ok() ? Status::Ok() : q.Failure("register: ");
}

Status Register::RemovedParticipations(std::vector<RemovedParticipation>* out) {
  out->clear();
  // Removals that hold: the latest add or remove of the participation is the removal.
  Statement q(db_,
              "SELECT c.audit_id, u.name, c.award_year, p.board, p.id, c.documents_seen "
              "FROM corrections c JOIN units u ON u.id = c.unit_id "
              "LEFT JOIN participations p ON p.unit_id = c.unit_id AND p.award_year = "
              "c.award_year WHERE c.kind = 'remove' AND c.revoked_by IS NULL AND c.id = "
              "(SELECT max(id) FROM corrections x WHERE x.unit_id = c.unit_id AND x.award_year = "
              "c.award_year AND x.kind IN ('add', 'remove') AND x.revoked_by IS NULL) "
              "ORDER BY c.id");
  std::vector<std::pair<long long, long long>> rows;  // participation id, documents seen
  while (q.Step()) {
    RemovedParticipation r;
    r.change = q.Int(0);
    r.unit = q.TextOr(1);
    r.year = static_cast<int>(q.Int(2));
    r.board = q.Text(3);
    out->push_back(std::move(r));
    rows.emplace_back(q.Text(4) ? q.Int(4) : 0, q.Int(5));
  }
  if (!q.ok()) return q.Failure("register: ");
  for (size_t i = 0; i < out->size(); ++i) {
    Statement later(db_,
                    "SELECT d.path, d.sha256, s.page FROM participation_sources s JOIN documents "
                    "d ON d.id = s.document_id WHERE s.participation_id = ? AND d.id > ? "
                    "ORDER BY d.id");
    later.Bind(1, rows[i].first).Bind(2, rows[i].second);
    while (later.Step()) {
      (*out)[i].later_documents.push_back(
          {later.TextOr(0), later.TextOr(1), static_cast<int>(later.Int(2))});
    }
    if (!later.ok()) return later.Failure("register: ");
  }
  return Status::Ok();
}

Status Register::ReviewedItems(std::set<std::string>* out) {
  out->clear();
  Statement q(db_, "SELECT item_id FROM review_checks WHERE revoked_by IS NULL");
  while (q.Step()) out->insert(q.TextOr(0));
  return q.ok() ? Status::Ok() : q.Failure("register: ");
}

Status Register::MarkReviewed(const std::string& item_id, const std::string& item_json,
                              const ChangeAuthor& author, long long* change) {
  return InTransaction([&]() -> Status {
    AuditRow audit;
    audit.action = "review_done";
    audit.author = author;
    const nlohmann::json item = nlohmann::json::parse(item_json, nullptr, false);
    if (item.is_object()) {
      if (item.contains("unit") && item["unit"].is_string()) audit.unit = item["unit"];
      if (item.contains("year") && item["year"].is_number()) audit.year = item["year"].get<int>();
      if (item.contains("board") && item["board"].is_string()) audit.board = item["board"];
    }
    if (audit.unit) {
      Statement unit(db_, "SELECT unit_id, name_key FROM unit_spellings WHERE name_key = ?");
      unit.Bind(1, UnitKey(*audit.unit));
      if (unit.Step()) {
        audit.unit_id = unit.Int(0);
        audit.unit_key = unit.TextOr(1);
      }
    }
    audit.before_json = item_json;
    audit.after_json = nlohmann::json{{"checked", item_id}}.dump();
    Status s = WriteAudit(audit, change);
    if (!s.ok()) return s;
    Statement insert(db_, "INSERT INTO review_checks (item_id, audit_id) VALUES (?, ?)");
    insert.Bind(1, item_id).Bind(2, *change);
    return insert.Run() ? Status::Ok() : insert.Failure("register: ");
  });
}

Status Register::StoreExpectedList(const std::vector<StoredExpectedRow>& rows) {
  return InTransaction([&]() -> Status {
    Status s = Exec("DELETE FROM expected_participations");
    if (!s.ok()) return s.WithContext("register: ");
    for (const StoredExpectedRow& r : rows) {
      Statement insert(db_,
                       "INSERT INTO expected_participations (award_year, board, unit, origin, "
                       "line) VALUES (?, ?, ?, ?, ?)");
      insert.Bind(1, static_cast<long long>(r.year)).Bind(2, r.board).Bind(3, r.unit);
      insert.Bind(4, r.origin).Bind(5, static_cast<long long>(r.line));
      if (!insert.Run()) return insert.Failure("register: ");
    }
    return Status::Ok();
  });
}

Status Register::ExpectedList(std::vector<StoredExpectedRow>* out) {
  out->clear();
  Statement q(db_,
              "SELECT award_year, board, unit, origin, line FROM expected_participations "
              "ORDER BY position");
  while (q.Step()) {
    out->push_back({static_cast<int>(q.Int(0)), q.TextOr(1), q.TextOr(2), q.TextOr(3),
                    static_cast<int>(q.Int(4))});
  }
  return q.ok() ? Status::Ok() : q.Failure("register: ");
}

}  // namespace kvreg
