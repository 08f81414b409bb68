// kvreg history [--db FILE] [--json] UNIT: every year a unit took part, oldest first.
#include <iostream>
#include <memory>

#include "commands.h"
#include "kvreg/award_calendar.h"
#include "output.h"
#include "table.h"

namespace kvreg::cli {

void AddHistoryCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    std::string db;
    bool json = false;
    std::string unit;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("history", "Every entry of a unit, oldest first");
  cmd->add_option("--db", args->db, "Register file (default: $KVREG_DB, else register.sqlite)");
  cmd->add_flag("--json", args->json, "JSON Lines");
  cmd->add_option("UNIT", args->unit, "A unit name or part of it (any case, genitive allowed)")
      ->required();
  cmd->callback([args, &common]() {
    const auto patterns = LoadPatternsOrReport(common);
    if (!patterns) return;
    const auto reg = OpenRegisterForReadingOrReport(common, args->db);
    if (!reg) return;
    ParticipationQuery query;
    query.unit_query = args->unit;
    std::vector<ParticipationView> views;
    Status found = reg->Participations(query, AwardCalendarOf(*patterns), &views);
    if (!OkOrReport(common, found)) return;
    if (args->json) {
      for (const auto& v : views) std::cout << JsonText(ParticipationToJson(v, false)) << "\n";
    } else if (views.empty()) {
      std::cout << "no unit in the register matches \"" << args->unit << "\"\n";
    } else {
      TextTable table({"År", "Enhet", "Nämnd", "Klass", "Status", "Underlag"});
      for (const auto& v : views) {
        table.AddRow({std::to_string(v.year), v.unit, v.board.value_or("-"),
                      v.competition_class.value_or("-"), StatusLabel(v), EvidenceSummary(v)});
      }
      table.Print(std::cout);
    }
  });
}

}  // namespace kvreg::cli
