// kvreg units [list] [QUERY] | merge FROM INTO | rename UNIT NEW_NAME | set UNIT --class C |
// --department D | --operator O: the clerk's view of unit identity. Merges, names and the
// fields a clerk sets persist in the register for every later import and re-extraction, and
// each change is a row of the audit log (kvreg log).
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "output.h"
#include "table.h"

namespace kvreg::cli {
namespace {

nlohmann::ordered_json UnitToJson(const UnitSummary& u) {
  return {{"unit", u.name},
          {"name_chosen_by_clerk", u.name_chosen_by_clerk},
          {"aliases", u.spellings},
          {"participations", u.participations}};
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

// kvreg units set: checks the class against patterns/classes.tsv and sets the one field given.
bool SetField(CommonOptions& common, const std::string& db, const std::string& unit,
              const std::string& competition_class, const std::string& department,
              const std::string& operator_name, const ChangeAuthor& author) {
  UnitField field = UnitField::kClass;
  std::string value = competition_class;
  if (!department.empty()) {
    field = UnitField::kDepartment;
    value = department;
  } else if (!operator_name.empty()) {
    field = UnitField::kOperator;
    value = operator_name;
  } else if (competition_class.empty()) {
    return OkOrReport(common,
                      Status::InvalidInput("units set needs --class, --department or --operator"));
  } else {
    const auto patterns = LoadPatternsOrReport(common);
    if (!patterns) return false;
    value = patterns->ClassIn(competition_class);
    if (value.empty()) {
      return OkOrReport(common, Status::InvalidInput("unknown class \"" + competition_class +
                                                     "\" (patterns/classes.tsv names them)"));
    }
  }
  const auto reg = OpenRegisterOrReport(common, db);
  if (!reg) return false;
  long long change = 0;
  return OkOrReport(common, reg->SetUnitField(unit, field, value, author, &change));
}

// kvreg units [list] [QUERY]: the units and their spellings, as a table or JSON Lines.
void ListUnits(CommonOptions& common, const std::string& db, const std::string& query, bool json) {
  const auto reg = OpenRegisterForReadingOrReport(common, db);
  if (!reg) return;
  std::vector<UnitSummary> units;
  Status listed = reg->Units(query, &units);
  if (!OkOrReport(common, listed)) return;
  if (json) {
    for (const auto& u : units) std::cout << JsonText(UnitToJson(u)) << "\n";
    return;
  }
  TextTable table({"Enhet", "Deltaganden", "Andra stavningar"});
  for (const auto& u : units) {
    table.AddRow({u.name + (u.name_chosen_by_clerk ? " *" : ""), std::to_string(u.participations),
                  Join(u.spellings)});
  }
  table.Print(std::cout);
  std::cout << units.size() << (units.size() == 1 ? " unit" : " units")
            << "; * name chosen by a clerk\n";
}

}  // namespace

void AddUnitsCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    std::string db;
    bool json = false;
    std::string query, from, into, unit, new_name;
    AuthorFlags author;
    std::string set_class, set_department, set_operator;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("units", "List, merge, rename units and set their fields");
  cmd->add_option("--db", args->db, "Register file (default: $KVREG_DB, else register.sqlite)");
  cmd->add_flag("--json", args->json, "JSON Lines");

  cmd->add_option("QUERY", args->query, "Only units with a spelling containing this (list)");
  CLI::App* list = cmd->add_subcommand("list", "Units and their spellings (the default)");
  list->add_option("QUERY", args->query, "Only units with a spelling containing this");
  CLI::App* merge = cmd->add_subcommand("merge", "FROM is the same unit as INTO");
  merge->add_option("FROM", args->from, "A spelling of the unit that goes")->required();
  merge->add_option("INTO", args->into, "A spelling of the unit that stays")->required();
  CLI::App* rename = cmd->add_subcommand("rename", "Give a unit the name a clerk chooses");
  rename->add_option("UNIT", args->unit, "A spelling of the unit")->required();
  rename->add_option("NEW_NAME", args->new_name, "Its name from now on")->required();

  CLI::App* set = cmd->add_subcommand("set", "Set a unit's class, department or operator");
  set->add_option("UNIT", args->unit, "A spelling of the unit")->required();
  auto* set_class = set->add_option("--class", args->set_class, "Its competition class");
  auto* set_department = set->add_option("--department", args->set_department, "Its department");
  auto* set_operator = set->add_option("--operator", args->set_operator, "Who runs it");
  set_class->excludes(set_department)->excludes(set_operator);
  set_department->excludes(set_operator);
  for (CLI::App* sub : {merge, rename, set}) AddAuthorFlags(sub, &args->author);
  for (CLI::App* sub : {list, merge, rename, set}) sub->fallthrough();
  auto print_unit = [args](const UnitSummary& u) {
    if (args->json) {
      std::cout << JsonText(UnitToJson(u)) << "\n";
    } else {
      std::cout << u.name << (u.name_chosen_by_clerk ? " (name chosen by a clerk)" : "")
                << (u.spellings.empty() ? "" : "; also written: " + Join(u.spellings)) << "\n";
    }
  };
  auto show = [args, &common, print_unit](const std::string& name) {
    const auto reg = OpenRegisterOrReport(common, args->db);
    if (!reg) return;
    std::optional<UnitSummary> unit;
    Status found = reg->FindUnit(name, &unit);
    if (found.ok() && unit) print_unit(*unit);
  };
  merge->callback([args, &common, show]() {
    {
      const auto reg = OpenRegisterOrReport(common, args->db);
      if (!reg) return;
      Status merged = reg->MergeUnits(args->from, args->into, args->author.Author());
      if (!OkOrReport(common, merged)) return;
    }
    show(args->into);
  });
  rename->callback([args, &common, show]() {
    {
      const auto reg = OpenRegisterOrReport(common, args->db);
      if (!reg) return;
      Status renamed = reg->RenameUnit(args->unit, args->new_name, args->author.Author());
      if (!OkOrReport(common, renamed)) return;
    }
    show(args->new_name);
  });
  set->callback([args, &common, show]() {
    if (!SetField(common, args->db, args->unit, args->set_class, args->set_department,
                  args->set_operator, args->author.Author())) {
      return;
    }
    show(args->unit);
  });
  cmd->callback([cmd, args, &common]() {
    if (cmd->got_subcommand("merge") || cmd->got_subcommand("rename") ||
        cmd->got_subcommand("set")) {
      return;
    }
    ListUnits(common, args->db, args->query, args->json);
  });
}

}  // namespace kvreg::cli
