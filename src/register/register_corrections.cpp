// Writing the clerk's corrections: a participation added, removed (kept, overruled) or
// reported outside the documents, and a unit's class, department or operator set. Each is one
// transaction with its audit log row (register_audit.cpp). Corrections name a unit and an
// award year, not a participation row, so they hold when re-extraction or a merge rewrites the
// rows; Participations() applies them when it reads (register_correction_view.cpp).
#include "register_corrections.h"

#include <nlohmann/json.hpp>

#include "kvreg/unit_key.h"
#include "sqlite_statement.h"

namespace kvreg {
namespace {

Status NeedsNote(const ChangeAuthor& author) {
  for (char c : author.note) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return Status::Ok();
  }
  return Status::InvalidInput("a correction needs a reason: give --note TEXT");
}

std::string Describe(const ParticipationCorrection& c) {
  return "\"" + c.unit + "\" in " + std::to_string(c.year);
}

nlohmann::json OrNull(const std::optional<std::string>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// Fills the audit row (Register::AuditRow) of a participation correction: who, which unit (as
// the register shows it and as its key), year and board; the caller adds the before and after.
template <typename AuditRow>
void FillParticipationAudit(const char* action, const ChangeAuthor& author, long long unit_id,
                            const std::string& unit, const ParticipationCorrection& c,
                            AuditRow* audit) {
  audit->action = action;
  audit->author = author;
  audit->unit_id = unit_id;
  audit->unit = unit;
  audit->unit_key = UnitKey(c.unit);
  audit->year = c.year;
  audit->board = c.board;
}

const char* UnitFieldKind(UnitField field) {
  switch (field) {
    case UnitField::kClass:
      return "unit_class";
    case UnitField::kDepartment:
      return "unit_department";
    case UnitField::kOperator:
      return "unit_operator";
  }
  return "unit_class";
}

}  // namespace

Status Register::FindCorrectionTarget(const ParticipationCorrection& c, bool create_unit,
                                      CorrectionTarget* out) {
  *out = CorrectionTarget();
  if (UnitKey(c.unit).empty())
    return Status::InvalidInput("a unit name needs letters: \"" + c.unit + "\"");
  Statement find(db_, "SELECT unit_id FROM unit_spellings WHERE name_key = ?");
  find.Bind(1, UnitKey(c.unit));
  if (find.Step()) {
    out->unit_id = find.Int(0);
  } else if (!find.ok()) {
    return find.Failure("register: ");
  } else if (!create_unit) {
    return Status::NotFound("no unit in the register is called \"" + c.unit +
                            "\" (kvreg units list shows them; to add a unit the register has never "
                            "seen, give --new-unit)");
  } else {
    Status created = ResolveUnitId(c.unit, &out->unit_id);
    if (!created.ok()) return created.WithContext("register: ");
  }
  Statement unit(db_, "SELECT name FROM units WHERE id = ?");
  unit.Bind(1, out->unit_id);
  if (unit.Step()) out->unit = unit.TextOr(0);
  Statement row(db_,
                "SELECT p.id, p.board, EXISTS (SELECT 1 FROM participation_sources s "
                "WHERE s.participation_id = p.id), (SELECT kind || '|' || coalesce(board, '') "
                "FROM corrections c WHERE c.unit_id = p.unit_id AND c.award_year = p.award_year "
                "AND c.kind IN ('add', 'remove') AND c.revoked_by IS NULL ORDER BY c.id DESC "
                "LIMIT 1) FROM participations p WHERE p.unit_id = ? AND p.award_year = ?");
  row.Bind(1, out->unit_id).Bind(2, static_cast<long long>(c.year));
  if (row.Step()) {
    out->participation_id = row.Int(0);
    out->board = row.Text(1);
    const std::string presence = row.TextOr(3);
    const std::string kind = presence.substr(0, presence.find('|'));
    out->shown = kind == "add" || (kind.empty() && row.Int(2) != 0);
    if (kind == "add" && presence.size() > 4) out->board = presence.substr(4);
  }
  return row.ok() ? Status::Ok() : row.Failure("register: ");
}

Status Register::WriteCorrection(const std::string& kind, const CorrectionTarget& target,
                                 const ParticipationCorrection& c, long long audit_id) {
  std::optional<long long> document_id;
  if (c.document) {
    Statement doc(db_,
                  "SELECT id FROM documents WHERE sha256 = ?1 OR path = ?1 OR path LIKE '%/' || ?1 "
                  "ORDER BY id LIMIT 1");
    doc.Bind(1, *c.document);
    if (doc.Step()) document_id = doc.Int(0);
  }
  Statement insert(db_,
                   "INSERT INTO corrections (audit_id, kind, unit_id, award_year, board, class, "
                   "document_id, report_date, channel, documents_seen) VALUES (?,?,?,?,?,?,?,?,?,"
                   "(SELECT coalesce(max(id), 0) FROM documents))");
  insert.Bind(1, audit_id).Bind(2, kind).Bind(3, target.unit_id);
  insert.Bind(4, static_cast<long long>(c.year));
  insert.Bind(5, kind == "add" ? std::optional<std::string>(c.board) : std::nullopt);
  insert.Bind(6, c.competition_class);
  if (document_id) insert.Bind(7, *document_id);
  if (kind == "report") insert.Bind(8, c.report_date).Bind(9, c.channel);
  if (!insert.Run()) return insert.Failure("register: cannot write the correction: ");
  return Status::Ok();
}

Status Register::AddParticipation(const ParticipationCorrection& c, const ChangeAuthor& author,
                                  long long* change) {
  Status noted = NeedsNote(author);
  if (!noted.ok()) return noted;
  return InTransaction([&]() -> Status {
    CorrectionTarget target;
    Status s = FindCorrectionTarget(c, c.new_unit, &target);
    if (!s.ok()) return s;
    if (target.shown && target.board == c.board && !c.competition_class && !c.document) {
      return Status::Error(Describe(c) + " is already in the register (" + c.board +
                           "); nothing to add");
    }
    std::optional<std::string> document_file;
    if (c.document) {
      Statement doc(db_,
                    "SELECT path FROM documents WHERE sha256 = ?1 OR path = ?1 OR path LIKE '%/' "
                    "|| ?1 ORDER BY id LIMIT 1");
      doc.Bind(1, *c.document);
      if (!doc.Step()) {
        return Status::NotFound("no document \"" + *c.document +
                                "\" in the register (give its path as imported, or its SHA-256)");
      }
      document_file = doc.Text(0);
    }
    AuditRow audit;
    FillParticipationAudit("participation_add", author, target.unit_id, target.unit, c, &audit);
    audit.before_json = nlohmann::json{{"shown", target.shown},
                                       {"existed", target.participation_id.has_value()},
                                       {"board", OrNull(target.board)}}
                            .dump();
    audit.after_json = nlohmann::json{{"shown", true},
                                      {"board", c.board},
                                      {"class", OrNull(c.competition_class)},
                                      {"document", OrNull(document_file)}}
                           .dump();
    s = WriteAudit(audit, change);
    if (!s.ok()) return s;
    Statement board(db_, "INSERT OR IGNORE INTO boards (name) VALUES (?)");
    board.Bind(1, c.board);
    Statement row(db_,
                  "INSERT INTO participations (unit_id, award_year, board) VALUES (?, ?, ?) "
                  "ON CONFLICT(unit_id, award_year) DO UPDATE SET board = excluded.board");
    row.Bind(1, target.unit_id).Bind(2, static_cast<long long>(c.year)).Bind(3, c.board);
    if (!board.Run() || !row.Run()) return row.Failure("register: ");
    return WriteCorrection("add", target, c, *change);
  });
}

Status Register::RemoveParticipation(const ParticipationCorrection& c, const ChangeAuthor& author,
                                     long long* change) {
  Status noted = NeedsNote(author);
  if (!noted.ok()) return noted;
  return InTransaction([&]() -> Status {
    CorrectionTarget target;
    Status s = FindCorrectionTarget(c, false, &target);
    if (!s.ok()) return s;
    if (!target.shown) return Status::Error(Describe(c) + " has no participation to remove");
    if (target.board && *target.board != c.board) {
      return Status::Error(Describe(c) + " is a participation of " + *target.board + ", not of " +
                           c.board);
    }
    AuditRow audit;
    FillParticipationAudit("participation_remove", author, target.unit_id, target.unit, c, &audit);
    audit.before_json = nlohmann::json{{"shown", true}, {"board", OrNull(target.board)}}.dump();
    audit.after_json = nlohmann::json{{"shown", false}}.dump();
    s = WriteAudit(audit, change);
    if (!s.ok()) return s;
    return WriteCorrection("remove", target, c, *change);
  });
}

Status Register::ReportParticipation(const ParticipationCorrection& c, const ChangeAuthor& author,
                                     long long* change) {
  Status noted = NeedsNote(author);
  if (!noted.ok()) return noted;
  return InTransaction([&]() -> Status {
    CorrectionTarget target;
    Status s = FindCorrectionTarget(c, false, &target);
    if (!s.ok()) return s;
    if (!target.shown) {
      return Status::Error(Describe(c) +
                           " has no participation in the register: add it first (kvreg "
                           "participation add)");
    }
    if (target.board && *target.board != c.board) {
      return Status::Error(Describe(c) + " is a participation of " + *target.board + ", not of " +
                           c.board);
    }
    Statement earlier(db_,
                      "SELECT report_date FROM corrections WHERE unit_id = ? AND award_year = ? "
                      "AND kind = 'report' AND revoked_by IS NULL ORDER BY id DESC LIMIT 1");
    earlier.Bind(1, target.unit_id).Bind(2, static_cast<long long>(c.year));
    std::optional<std::string> before = earlier.Step() ? earlier.Text(0) : std::nullopt;
    AuditRow audit;
    FillParticipationAudit("participation_report", author, target.unit_id, target.unit, c, &audit);
    audit.before_json = nlohmann::json{{"reported", OrNull(before)}}.dump();
    audit.after_json = nlohmann::json{{"reported", c.report_date}, {"channel", c.channel}}.dump();
    s = WriteAudit(audit, change);
    if (!s.ok()) return s;
    return WriteCorrection("report", target, c, *change);
  });
}

Status Register::SetUnitField(const std::string& unit, UnitField field, const std::string& value,
                              const ChangeAuthor& author, long long* change) {
  Status noted = NeedsNote(author);
  if (!noted.ok()) return noted;
  if (value.empty()) return Status::InvalidInput("units set needs a value");
  const std::string kind = UnitFieldKind(field);
  const std::string name = kind.substr(5);
  return InTransaction([&]() -> Status {
    ParticipationCorrection c;
    c.unit = unit;
    CorrectionTarget target;
    Status s = FindCorrectionTarget(c, false, &target);
    if (!s.ok()) return s;
    Statement earlier(db_,
                      "SELECT value FROM corrections WHERE unit_id = ? AND kind = ? "
                      "AND revoked_by IS NULL ORDER BY id DESC LIMIT 1");
    earlier.Bind(1, target.unit_id).Bind(2, kind);
    std::optional<std::string> before = earlier.Step() ? earlier.Text(0) : std::nullopt;
    AuditRow audit;
    audit.action = "unit_set";
    audit.author = author;
    audit.unit_id = target.unit_id;
    audit.unit = target.unit;
    audit.unit_key = UnitKey(unit);
    audit.before_json = nlohmann::json{{name, OrNull(before)}}.dump();
    audit.after_json = nlohmann::json{{name, value}}.dump();
    s = WriteAudit(audit, change);
    if (!s.ok()) return s;
    Statement insert(db_,
                     "INSERT INTO corrections (audit_id, kind, unit_id, value, documents_seen) "
                     "VALUES (?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM documents))");
    insert.Bind(1, *change).Bind(2, kind).Bind(3, target.unit_id).Bind(4, value);
    if (!insert.Run()) return insert.Failure("register: ");
    return Status::Ok();
  });
}

Status Register::KnownAwardYears(std::set<int>* out) {
  out->clear();
  Statement q(db_,
              "SELECT award_year FROM documents WHERE award_year IS NOT NULL "
              "UNION SELECT award_year FROM participations");
  while (q.Step()) out->insert(static_cast<int>(q.Int(0)));
  return q.ok() ? Status::Ok() : q.Failure("register: ");
}

}  // namespace kvreg
