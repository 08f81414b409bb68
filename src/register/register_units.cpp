// Unit identity in the register: spellings resolve to units through unit_spellings (keyed by
// UnitKey); a clerk's merge moves one unit's spellings and participations to another, and a
// rename fixes the name shown. Because later imports and re-extractions resolve names through
// the same table, both persist. RekeyUnits rebuilds every key when UnitKey's rules change.
#include <sqlite3.h>

#include <map>
#include <nlohmann/json.hpp>
#include <numeric>

#include "kvreg/register.h"
#include "kvreg/unit_key.h"
#include "register_corrections.h"
#include "sqlite_statement.h"

namespace kvreg {
namespace {

// The stand-in key of a unit whose name has no letters ("#12"), unique by its id.
std::string IdKey(long long unit_id) {
  std::string key = "#";
  key += std::to_string(unit_id);  // not "#" + …: GCC 12's -Wrestrict misfires on it
  return key;
}

}  // namespace

// What a spelling adds to the register does not depend on the order documents arrive in: the
// names shown (the unit's, unless a clerk chose one, and a seen spelling's) are the preferred
// of all spellings seen (PreferredUnitName), and an abbreviation is learnt from whichever
// document writes it, first or not.
Status Register::ResolveUnitId(const std::string& name, long long* unit_id) {
  const std::string key = UnitKey(name);
  if (key.empty()) return Status::InvalidInput("a unit name without letters: \"" + name + "\"");
  Statement find(*cache_, "SELECT unit_id, name, origin FROM unit_spellings WHERE name_key = ?");
  find.Bind(1, key);
  if (find.Step()) {
    *unit_id = find.Int(0);
    // A spelling documents wrote; the clerk's own (renamed) and abbreviations stay as they are.
    const bool seen = find.TextOr(2) == "seen" || find.TextOr(2) == "merged";
    if (seen && PreferredUnitName(find.TextOr(1), name) != find.TextOr(1)) {
      Statement spelling(*cache_, "UPDATE unit_spellings SET name = ? WHERE name_key = ?");
      spelling.Bind(1, name).Bind(2, key);
      if (!spelling.Run()) return spelling.Failure("");
    }
    Statement current(*cache_, "SELECT name FROM units WHERE id = ? AND name_chosen_by_clerk = 0");
    current.Bind(1, *unit_id);
    if (current.Step() && PreferredUnitName(current.TextOr(0), name) != current.TextOr(0)) {
      Statement rename(db_, "UPDATE units SET name = ?, name_key = ? WHERE id = ?");
      rename.Bind(1, name).Bind(2, key).Bind(3, *unit_id);
      if (!rename.Run()) return rename.Failure("");
    }
    if (!current.ok()) return current.Failure("");
    return AddAbbreviationAlias(name, *unit_id);
  }
  if (!find.ok()) return find.Failure("");
  Statement unit(*cache_, "INSERT INTO units (name, name_key) VALUES (?, ?) RETURNING id");
  unit.Bind(1, name).Bind(2, key);
  if (!unit.Step()) return unit.Failure("");
  *unit_id = unit.Int(0);
  unit.Run();
  Statement alias(*cache_, "INSERT INTO unit_spellings VALUES (?, ?, ?, 'seen')");
  alias.Bind(1, key).Bind(2, *unit_id).Bind(3, name);
  if (!alias.Run()) return alias.Failure("");
  return AddAbbreviationAlias(name, *unit_id);
}

// "Relationsvåldscentrum Innerstaden (RVCI)": a document that writes only "RVCI" means it too,
// unless the abbreviation already names another unit.
Status Register::AddAbbreviationAlias(const std::string& name, long long unit_id) {
  std::optional<std::string> abbreviation = UnitAbbreviation(name);
  if (!abbreviation) return Status::Ok();
  Statement short_form(*cache_,
                       "INSERT OR IGNORE INTO unit_spellings VALUES (?, ?, ?, 'abbreviation')");
  short_form.Bind(1, UnitKey(*abbreviation)).Bind(2, unit_id).Bind(3, *abbreviation);
  if (!short_form.Run()) return short_form.Failure("");
  return Status::Ok();
}

Status Register::MergeUnitIds(long long from, long long into) {
  const char* steps[] = {
      // Sources of a year both have go to the participation of `into`.
      "INSERT OR IGNORE INTO participation_sources "
      "SELECT pi.id, s.document_id, s.page, s.role FROM participation_sources s "
      "JOIN participations pf ON pf.id = s.participation_id "
      "JOIN participations pi ON pi.unit_id = ?2 AND pi.award_year = pf.award_year "
      "WHERE pf.unit_id = ?1",
      "UPDATE participations AS pi SET board = coalesce(pi.board, pf.board), "
      "class = coalesce(pi.class, pf.class), operator = coalesce(pi.operator, pf.operator), "
      "department = coalesce(pi.department, pf.department) FROM participations pf "
      "WHERE pf.unit_id = ?1 AND pi.unit_id = ?2 AND pi.award_year = pf.award_year",
      "DELETE FROM participations WHERE unit_id = ?1 AND award_year IN "
      "(SELECT award_year FROM participations WHERE unit_id = ?2)",
      "UPDATE participations SET unit_id = ?2 WHERE unit_id = ?1",
      "UPDATE unit_spellings SET unit_id = ?2, "
      "origin = CASE origin WHEN 'seen' THEN 'merged' ELSE origin END WHERE unit_id = ?1",
      // The clerk's corrections follow the unit (the later of two for a year holds).
      "UPDATE corrections SET unit_id = ?2 WHERE unit_id = ?1",
      "DELETE FROM units WHERE id = ?1",
  };
  for (const char* sql : steps) {
    Statement step(db_, sql);
    step.Bind(1, from).Bind(2, into);
    if (!step.Run()) return step.Failure("cannot merge the units: ");
  }
  return Status::Ok();
}

Status Register::RekeyUnits() {
  struct Alias {
    std::string name, origin;
    long long unit_id;
  };
  std::vector<Alias> aliases;
  Statement all(db_, "SELECT name, origin, unit_id FROM unit_spellings ORDER BY rowid");
  while (all.Step()) aliases.push_back({all.TextOr(0), all.TextOr(1), all.Int(2)});
  if (!all.ok()) return all.Failure("");
  // Units whose spellings now share a key are one unit: merge into the oldest.
  std::map<long long, long long> root;
  auto find = [&](long long id) {
    while (root.count(id) && root[id] != id) id = root[id];
    return id;
  };
  std::map<std::string, long long> owner;
  for (const Alias& a : aliases) {
    const std::string key = UnitKey(a.name);
    if (key.empty()) continue;  // a name without letters joins nothing
    auto [it, fresh] = owner.emplace(key, a.unit_id);
    if (fresh) continue;
    const long long x = find(it->second), y = find(a.unit_id);
    if (x != y) root[std::max(x, y)] = std::min(x, y);
  }
  for (const auto& [id, parent] : root) {
    const long long target = find(parent);
    if (target == id) continue;
    // The unit that stays shows the better of the two names (unless a clerk chose its name).
    Statement names(db_,
                    "SELECT t.name, f.name FROM units t, units f "
                    "WHERE t.id = ? AND f.id = ? AND t.name_chosen_by_clerk = 0");
    names.Bind(1, target).Bind(2, id);
    if (names.Step() && PreferredUnitName(names.TextOr(0), names.TextOr(1)) != names.TextOr(0)) {
      Statement rename(db_, "UPDATE units SET name = ? WHERE id = ?");
      rename.Bind(1, names.TextOr(1)).Bind(2, target);
      if (!rename.Run()) return rename.Failure("");
    }
    Status merged = MergeUnitIds(id, target);
    if (!merged.ok()) return merged;
  }
  Status s = Exec("DELETE FROM unit_spellings");
  if (!s.ok()) return s;
  for (const Alias& a : aliases) {
    Statement insert(db_, "INSERT OR IGNORE INTO unit_spellings VALUES (?, ?, ?, ?)");
    std::string key = UnitKey(a.name);
    if (key.empty()) key = IdKey(a.unit_id);
    insert.Bind(1, key);
    insert.Bind(2, find(a.unit_id)).Bind(3, a.name).Bind(4, a.origin);
    if (!insert.Run()) return insert.Failure("");
  }
  s = Exec("UPDATE units SET name_key = '#' || id");
  if (!s.ok()) return s;
  Statement units(db_, "SELECT id, name FROM units");
  std::vector<std::pair<long long, std::string>> names;
  while (units.Step()) names.emplace_back(units.Int(0), units.TextOr(1));
  for (const auto& [id, name] : names) {
    Statement update(db_, "UPDATE units SET name_key = ? WHERE id = ?");
    // A name without letters (which older kvreg may have stored) keeps a key of its own.
    std::string key = UnitKey(name);
    if (key.empty()) key = IdKey(id);
    update.Bind(1, key).Bind(2, id);
    if (!update.Run()) return update.Failure("");
    Statement own(db_, "INSERT OR IGNORE INTO unit_spellings VALUES (?, ?, ?, 'seen')");
    own.Bind(1, key).Bind(2, id).Bind(3, name);
    if (!own.Run()) return own.Failure("");
  }
  return Status::Ok();
}

Status Register::LoadUnit(long long unit_id, UnitSummary* out) {
  Statement unit(db_,
                 "SELECT name, name_chosen_by_clerk, (SELECT count(*) FROM participations "
                 "WHERE unit_id = units.id) FROM units WHERE id = ?");
  unit.Bind(1, unit_id);
  if (!unit.Step()) return Status::Error("register: no unit " + std::to_string(unit_id));
  out->name = unit.TextOr(0);
  out->name_chosen_by_clerk = unit.Int(1) != 0;
  out->participations = static_cast<int>(unit.Int(2));
  out->spellings.clear();
  Statement spellings(db_, "SELECT name FROM unit_spellings WHERE unit_id = ? ORDER BY rowid");
  spellings.Bind(1, unit_id);
  while (spellings.Step()) {
    if (spellings.TextOr(0) != out->name) out->spellings.push_back(spellings.TextOr(0));
  }
  return spellings.ok() ? Status::Ok() : spellings.Failure("register: ");
}

Status Register::FindUnit(const std::string& name, std::optional<UnitSummary>* out) {
  out->reset();
  Statement find(db_, "SELECT unit_id FROM unit_spellings WHERE name_key = ?");
  find.Bind(1, UnitKey(name));
  if (!find.Step()) {
    return find.ok() ? Status::Ok() : find.Failure("register: ");
  }
  UnitSummary unit;
  Status loaded = LoadUnit(find.Int(0), &unit);
  if (loaded.ok()) *out = std::move(unit);
  return loaded;
}

Status Register::Units(const std::string& query, std::vector<UnitSummary>* out) {
  out->clear();
  Statement ids(db_,
                "SELECT DISTINCT u.id FROM units u JOIN unit_spellings a ON a.unit_id = u.id "
                "WHERE instr(a.name_key, ?) > 0 ORDER BY u.name_key");
  ids.Bind(1, UnitKey(query));
  std::vector<long long> found;
  while (ids.Step()) found.push_back(ids.Int(0));
  if (!ids.ok()) return ids.Failure("register: ");
  for (long long id : found) {
    UnitSummary unit;
    Status loaded = LoadUnit(id, &unit);
    if (!loaded.ok()) return loaded;
    out->push_back(std::move(unit));
  }
  return Status::Ok();
}

Status Register::MergeUnits(const std::string& from, const std::string& into,
                            const ChangeAuthor& author) {
  return InTransaction([&]() -> Status {
    long long ids[2] = {0, 0};
    std::string shown[2];
    const std::string* names[2] = {&from, &into};
    for (int i = 0; i < 2; ++i) {
      Statement find(db_,
                     "SELECT a.unit_id, u.name FROM unit_spellings a JOIN units u ON u.id = "
                     "a.unit_id WHERE a.name_key = ?");
      find.Bind(1, UnitKey(*names[i]));
      if (!find.Step()) {
        return Status::NotFound("no unit in the register is called \"" + *names[i] + "\"");
      }
      ids[i] = find.Int(0);
      shown[i] = find.TextOr(1);
    }
    if (ids[0] == ids[1]) {
      return Status::Error("\"" + from + "\" and \"" + into + "\" are already the same unit");
    }
    AuditRow audit;
    audit.action = "merge";
    audit.author = author;
    audit.unit_id = ids[1];
    audit.unit = shown[1];
    audit.unit_key = UnitKey(from);
    audit.before_json = nlohmann::json{{"from", shown[0]}, {"into", shown[1]}}.dump();
    audit.after_json = nlohmann::json{{"unit", shown[1]}}.dump();
    long long change = 0;
    Status s = WriteAudit(audit, &change);
    if (!s.ok()) return s;
    Status merged = MergeUnitIds(ids[0], ids[1]);
    if (!merged.ok()) return merged.WithContext("register: ");
    // The clerk chose the name of the unit that stays: later spellings do not replace it.
    Statement lock(db_, "UPDATE units SET name_chosen_by_clerk = 1 WHERE id = ?");
    lock.Bind(1, ids[1]);
    if (!lock.Run()) return lock.Failure("register: ");
    return Status::Ok();
  });
}

Status Register::RenameUnitId(long long id, const std::string& new_name, bool chosen_by_clerk) {
  const std::string new_key = UnitKey(new_name);
  if (new_key.empty()) return Status::InvalidInput("a unit name needs letters");
  Statement taken(db_,
                  "SELECT u.name FROM unit_spellings a JOIN units u ON u.id = a.unit_id "
                  "WHERE a.name_key = ? AND a.unit_id != ?");
  taken.Bind(1, new_key).Bind(2, id);
  if (taken.Step()) {
    return Status::Error("\"" + new_name + "\" is a spelling of the unit \"" + taken.TextOr(0) +
                         "\"; to make them one unit use: kvreg units merge");
  }
  Statement rename(
      db_, "UPDATE units SET name = ?, name_key = ?, name_chosen_by_clerk = ? WHERE id = ?");
  rename.Bind(1, new_name)
      .Bind(2, new_key)
      .Bind(3, static_cast<long long>(chosen_by_clerk))
      .Bind(4, id);
  Statement alias(db_,
                  "INSERT INTO unit_spellings VALUES (?1, ?2, ?3, 'renamed') ON CONFLICT(name_key) "
                  "DO UPDATE SET name = ?3, origin = 'renamed'");
  alias.Bind(1, new_key).Bind(2, id).Bind(3, new_name);
  if (!rename.Run() || !alias.Run())
    return Status::Error("register: " + std::string(sqlite3_errmsg(db_)));
  return Status::Ok();
}

Status Register::RenameUnit(const std::string& unit, const std::string& new_name,
                            const ChangeAuthor& author) {
  if (UnitKey(new_name).empty()) return Status::InvalidInput("a unit name needs letters");
  return InTransaction([&]() -> Status {
    Statement find(db_,
                   "SELECT a.unit_id, u.name, u.name_chosen_by_clerk FROM unit_spellings a "
                   "JOIN units u ON u.id = a.unit_id WHERE a.name_key = ?");
    find.Bind(1, UnitKey(unit));
    if (!find.Step()) return Status::NotFound("no unit in the register is called \"" + unit + "\"");
    AuditRow audit;
    audit.action = "rename";
    audit.author = author;
    audit.unit_id = find.Int(0);
    audit.unit = new_name;
    audit.unit_key = UnitKey(find.TextOr(1));
    audit.before_json =
        nlohmann::json{{"name", find.TextOr(1)}, {"name_chosen_by_clerk", find.Int(2) != 0}}.dump();
    audit.after_json = nlohmann::json{{"name", new_name}}.dump();
    Status s = RenameUnitId(find.Int(0), new_name, true);
    long long change = 0;
    if (s.ok()) s = WriteAudit(audit, &change);
    return s;
  });
}

}  // namespace kvreg
