// kvreg units [list] [QUERY] | merge FROM INTO | rename UNIT NEW_NAME: the clerk's view of
// unit identity. Merges and names persist in the register for every later import and
// re-extraction.
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
          {"aliases", u.aliases},
          {"participations", u.participations}};
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

}  // namespace

void AddUnitsCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    std::string db;
    bool json = false;
    std::string query, from, into, unit, new_name;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("units", "List, merge and rename units");
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

  for (CLI::App* sub : {list, merge, rename}) sub->fallthrough();
  auto print_unit = [args](const UnitSummary& u) {
    if (args->json) {
      std::cout << JsonText(UnitToJson(u)) << "\n";
    } else {
      std::cout << u.name << (u.name_chosen_by_clerk ? " (name chosen by a clerk)" : "")
                << (u.aliases.empty() ? "" : "; also written: " + Join(u.aliases)) << "\n";
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
      Status merged = reg->MergeUnits(args->from, args->into);
      if (!OkOrReport(common, merged)) return;
    }
    show(args->into);
  });
  rename->callback([args, &common, show]() {
    {
      const auto reg = OpenRegisterOrReport(common, args->db);
      if (!reg) return;
      Status renamed = reg->RenameUnit(args->unit, args->new_name);
      if (!OkOrReport(common, renamed)) return;
    }
    show(args->new_name);
  });
  cmd->callback([cmd, args, &common]() {
    if (cmd->got_subcommand("merge") || cmd->got_subcommand("rename")) return;
    const auto reg = OpenRegisterForReadingOrReport(common, args->db);
    if (!reg) return;
    std::vector<UnitSummary> units;
    Status listed = reg->Units(args->query, &units);
    if (!OkOrReport(common, listed)) return;
    if (args->json) {
      for (const auto& u : units) std::cout << JsonText(UnitToJson(u)) << "\n";
      return;
    }
    TextTable table({"Enhet", "Deltaganden", "Andra stavningar"});
    for (const auto& u : units) {
      table.AddRow({u.name + (u.name_chosen_by_clerk ? " *" : ""), std::to_string(u.participations),
                    Join(u.aliases)});
    }
    table.Print(std::cout);
    std::cout << units.size() << (units.size() == 1 ? " unit" : " units")
              << "; * name chosen by a clerk\n";
  });
}

}  // namespace kvreg::cli
