// kvreg verify [--db FILE] [--year Y] [--board B] [--expected CSV] [--json]: each
// participation with its status, plus the expected ones the register lacks.
#include <algorithm>
#include <iostream>
#include <memory>

#include "commands.h"
#include "kvreg/expected_list.h"
#include "kvreg/unit_key.h"
#include "output.h"

namespace kvreg::cli {
namespace {

// Adds each expected participation that the register lacks as not_reported. A name on the
// list is looked up among the register's spellings, so a merged or renamed unit is found.
void AddMissing(Register& reg, const std::vector<ExpectedParticipation>& expected,
                const std::string& origin, const ParticipationQuery& query,
                std::vector<ParticipationView>* views) {
  for (ExpectedParticipation e : expected) {
    std::optional<UnitSummary> unit;
    if (reg.FindUnit(e.unit, &unit).ok() && unit) e.unit = unit->name;
    if (query.year && e.year != *query.year) continue;
    if (query.board && UnitKey(e.board).find(UnitKey(*query.board)) == std::string::npos) continue;
    const bool known = std::any_of(views->begin(), views->end(), [&](const ParticipationView& v) {
      return v.year == e.year && UnitKey(v.unit) == UnitKey(e.unit);
    });
    if (known) continue;
    ParticipationView view;
    view.unit = e.unit;
    view.year = e.year;
    view.board = e.board;
    view.verdict = {ParticipationStatus::kNotReported,
                    "on the expected list (" + origin + ":" + std::to_string(e.line) +
                        "); no document about it is in the register"};
    views->push_back(std::move(view));
  }
  std::stable_sort(views->begin(), views->end(), [](const auto& a, const auto& b) {
    return a.year != b.year ? a.year < b.year : UnitKey(a.unit) < UnitKey(b.unit);
  });
}

}  // namespace

void AddVerifyCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    SelectionFlags selection;
    bool json = false;
    std::string expected;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("verify", "Was each participation reported to its board?");
  AddSelectionFlags(cmd, &args->selection);
  cmd->add_option("--expected", args->expected,
                  "CSV of expected participations (year,board,unit or år;nämnd;enhet)");
  cmd->add_flag("--json", args->json, "JSON Lines");
  cmd->callback([args, &common]() {
    const auto patterns = LoadPatternsOrReport(common);
    if (!patterns) return;
    std::vector<ExpectedParticipation> expected;
    if (!args->expected.empty()) {
      std::string encoding;
      Status read = ReadExpectedList(args->expected, &expected, &encoding);
      if (encoding != "UTF-8" && !encoding.empty()) {  // said even when the list is then wrong
        std::cerr << "kvreg: read " << args->expected << " as " << encoding << "\n";
      }
      if (!OkOrReport(common, read)) return;
    }
    const auto reg = OpenRegisterForReadingOrReport(common, args->selection.db);
    if (!reg) return;
    const ParticipationQuery query = args->selection.Query();
    std::vector<ParticipationView> views;
    if (!ParticipationsOrReport(common, *patterns, *reg, query, &views)) return;
    AddMissing(*reg, expected, args->expected, query, &views);
    if (args->json) {
      for (const auto& v : views) std::cout << JsonText(ParticipationToJson(v, true)) << "\n";
    } else {
      PrintParticipations(std::cout, views, true);
    }
  });
}

}  // namespace kvreg::cli
