// The audit trail: every change a person makes to the register (merge, rename, correction,
// units set, review done, undo) is a row of audit_log, append-only (its triggers refuse UPDATE
// and DELETE). Undo reverts one change by writing its inverse as a new row and un-doing its
// effect on the register's state (a correction revoked, a name restored); history stays.
#include <nlohmann/json.hpp>

#include "kvreg/unit_key.h"
#include "register_corrections.h"
#include "sqlite_statement.h"

namespace kvreg {
namespace {

const char* kAuditColumns =
    "a.id, a.at, a.by, a.action, a.unit, a.award_year, a.board, coalesce(a.note, ''), "
    "coalesce(a.before_json, 'null'), coalesce(a.after_json, 'null'), a.undoes, "
    "(SELECT min(u.id) FROM audit_log u WHERE u.undoes = a.id)";

AuditEntry ReadEntry(const Statement& q) {
  AuditEntry e;
  e.id = q.Int(0);
  e.at = q.TextOr(1);
  e.by = q.TextOr(2);
  e.action = q.TextOr(3);
  e.unit = q.Text(4);
  if (q.Text(5)) e.year = static_cast<int>(q.Int(5));
  e.board = q.Text(6);
  e.note = q.TextOr(7);
  e.before_json = q.TextOr(8);
  e.after_json = q.TextOr(9);
  if (q.Text(10)) e.undoes = q.Int(10);
  if (q.Text(11)) e.undone_by = q.Int(11);
  return e;
}

}  // namespace

Status Register::WriteAudit(const AuditRow& row, long long* id) {
  Statement insert(
      db_,
      "INSERT INTO audit_log (at, by, action, unit_id, unit, unit_key, award_year, "
      "board, note, before_json, after_json, undoes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  insert.Bind(1, NowUtcTimestamp());
  insert.Bind(2, row.author.by.empty() ? std::string("unknown") : row.author.by);
  insert.Bind(3, row.action);
  if (row.unit_id) insert.Bind(4, *row.unit_id);
  insert.Bind(5, row.unit).Bind(6, row.unit_key).Bind(7, row.year).Bind(8, row.board);
  insert.Bind(9,
              row.author.note.empty() ? std::nullopt : std::optional<std::string>(row.author.note));
  insert.Bind(10, row.before_json).Bind(11, row.after_json);
  if (row.undoes) insert.Bind(12, *row.undoes);
  if (!insert.Run()) return insert.Failure("register: cannot write the audit log: ");
  *id = sqlite3_last_insert_rowid(db_);
  return Status::Ok();
}

Status Register::AuditLog(const std::optional<std::string>& unit, std::vector<AuditEntry>* out) {
  out->clear();
  std::string sql = std::string("SELECT ") + kAuditColumns + " FROM audit_log a";
  long long unit_id = 0;
  if (unit) {
    // The unit of that spelling, else the one unit with a spelling containing it.
    Statement find(db_,
                   "SELECT DISTINCT unit_id, name_key = ?1 FROM unit_spellings WHERE "
                   "instr(name_key, ?1) > 0 ORDER BY name_key = ?1 DESC LIMIT 2");
    find.Bind(1, UnitKey(*unit));
    std::vector<std::pair<long long, bool>> found;
    while (find.Step()) found.emplace_back(find.Int(0), find.Int(1) != 0);
    if (!find.ok()) return find.Failure("register: ");
    if (found.empty() || UnitKey(*unit).empty()) {
      return Status::NotFound("no unit in the register is called \"" + *unit + "\"");
    }
    if (found.size() > 1 && !found[0].second && found[0].first != found[1].first) {
      return Status::Error("\"" + *unit +
                           "\" is part of the names of several units: give more of it");
    }
    unit_id = found[0].first;
    sql +=
        " WHERE a.unit_id = ?1 OR a.unit_key IN (SELECT name_key FROM unit_spellings "
        "WHERE unit_id = ?1) OR a.undoes IN (SELECT id FROM audit_log WHERE unit_id = ?1)";
  }
  sql += " ORDER BY a.id";
  Statement q(db_, sql.c_str());
  if (unit) q.Bind(1, unit_id);
  while (q.Step()) out->push_back(ReadEntry(q));
  return q.ok() ? Status::Ok() : q.Failure("register: ");
}

Status Register::Undo(long long change, const ChangeAuthor& author, long long* undo_change) {
  return InTransaction([&]() -> Status {
    Statement q(db_, (std::string("SELECT ") + kAuditColumns +
                      ", a.unit_id, a.unit_key FROM audit_log a WHERE a.id = ?")
                         .c_str());
    q.Bind(1, change);
    if (!q.Step()) {
      if (!q.ok()) return q.Failure("register: ");
      return Status::NotFound("no change " + std::to_string(change) +
                              " in the register's log (kvreg log lists them)");
    }
    const AuditEntry entry = ReadEntry(q);
    if (entry.undone_by) {
      return Status::Error("change " + std::to_string(change) + " was undone already, by change " +
                           std::to_string(*entry.undone_by));
    }
    if (entry.action == "undo") {
      return Status::Error("change " + std::to_string(change) +
                           " is an undo; to have it again, make the change anew");
    }
    if (entry.action == "merge") {
      return Status::Error(
          "a merge cannot be undone: the two units' spellings and participations are one now");
    }
    AuditRow row;
    row.action = "undo";
    row.author = author;
    if (row.author.note.empty()) row.author.note = "undo of change " + std::to_string(change);
    if (q.Text(12)) row.unit_id = q.Int(12);
    row.unit = entry.unit;
    row.unit_key = q.Text(13);
    row.year = entry.year;
    row.board = entry.board;
    row.before_json = entry.after_json;
    row.after_json = entry.before_json;
    row.undoes = change;
    Status s = WriteAudit(row, undo_change);
    if (!s.ok()) return s;
    return Revert(entry, *undo_change);
  });
}

// The inverse of one change on the register's state.
Status Register::Revert(const AuditEntry& entry, long long undo_id) {
  if (entry.action == "rename") {
    const nlohmann::json before = nlohmann::json::parse(entry.before_json, nullptr, false);
    Statement unit(db_, "SELECT unit_id FROM unit_spellings WHERE name_key = ?");
    unit.Bind(1, UnitKey(entry.unit.value_or("")));
    if (!before.is_object() || !before.contains("name") || !unit.Step()) {
      return Status::Error("the unit of change " + std::to_string(entry.id) +
                           " is no longer in the register");
    }
    return RenameUnitId(unit.Int(0), before["name"].get<std::string>(),
                        // entries written before migration 5 say "name_locked"
                        before.value("name_chosen_by_clerk", before.value("name_locked", false)));
  }
  if (entry.action == "review_done") {
    Statement revoke(db_, "UPDATE review_checks SET revoked_by = ? WHERE audit_id = ?");
    revoke.Bind(1, undo_id).Bind(2, entry.id);
    return revoke.Run() ? Status::Ok() : revoke.Failure("register: ");
  }
  Statement revoke(db_,
                   "UPDATE corrections SET revoked_by = ?1 WHERE audit_id = ?2 "
                   "RETURNING unit_id, award_year");
  revoke.Bind(1, undo_id).Bind(2, entry.id);
  if (!revoke.Step()) {
    return revoke.ok() ? Status::Error("change " + std::to_string(entry.id) + " cannot be undone")
                       : revoke.Failure("register: ");
  }
  const long long unit_id = revoke.Int(0), year = revoke.Int(1);
  revoke.Run();
  if (entry.action != "participation_add") return Status::Ok();
  // An add's participation row goes back to what it was: gone when the add made it and no
  // document names it, else with its board of before.
  const nlohmann::json before = nlohmann::json::parse(entry.before_json, nullptr, false);
  const bool existed = before.is_object() && before.value("existed", false);
  Statement restore(db_, existed ? "UPDATE participations SET board = ?3 WHERE unit_id = ?1 AND "
                                   "award_year = ?2"
                                 : "DELETE FROM participations WHERE unit_id = ?1 AND "
                                   "award_year = ?2 AND NOT EXISTS (SELECT 1 FROM "
                                   "participation_sources s WHERE s.participation_id = id)");
  restore.Bind(1, unit_id).Bind(2, year);
  if (existed && before["board"].is_string()) restore.Bind(3, before["board"].get<std::string>());
  return restore.Run() ? Status::Ok() : restore.Failure("register: ");
}

}  // namespace kvreg
