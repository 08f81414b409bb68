// kvreg report [--year Y] [--board B] [--json]: the participations grouped by board, units in
// Swedish order (Å Ä Ö after Z), each with its status and the documents it rests on.
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>

#include "commands.h"
#include "kvreg/swedish_collation.h"
#include "output.h"
#include "table.h"

namespace kvreg::cli {

// Boards in Swedish order, then units in Swedish order, then years.
void SortForReport(std::vector<ParticipationView>* views) {
  const SwedishCollation collation;
  std::stable_sort(views->begin(), views->end(), [&](const auto& a, const auto& b) {
    const std::string board_a = a.board.value_or(""), board_b = b.board.value_or("");
    if (board_a != board_b) return collation.Less(board_a, board_b);
    if (a.unit != b.unit) return collation.Less(a.unit, b.unit);
    return a.year < b.year;
  });
}

void AddReportCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    SelectionFlags selection;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("report", "The participations by board, with status");
  AddSelectionFlags(cmd, &args->selection);
  cmd->add_flag("--json", args->json, "One JSON object per board (JSON Lines)");
  cmd->callback([args, &common]() {
    std::vector<ParticipationView> views;
    if (!ParticipationsByBoardOrReport(common, args->selection, &views)) return;
    for (size_t i = 0; i < views.size();) {
      const std::optional<std::string> board = views[i].board;
      size_t end = i;
      while (end < views.size() && views[end].board == board) ++end;
      if (args->json) {
        nlohmann::ordered_json group = {
            {"board", board ? nlohmann::ordered_json(*board) : nlohmann::ordered_json(nullptr)},
            {"participations", nlohmann::ordered_json::array()}};
        for (size_t k = i; k < end; ++k) {
          group["participations"].push_back(ParticipationToJson(views[k], true));
        }
        std::cout << JsonText(group) << "\n";
      } else {
        std::cout << (i == 0 ? "" : "\n") << board.value_or("(nämnd okänd)") << "\n";
        TextTable table({"Enhet", "År", "Klass", "Status", "Underlag"});
        for (size_t k = i; k < end; ++k) {
          const ParticipationView& v = views[k];
          table.AddRow({v.unit, std::to_string(v.year), v.competition_class.value_or("-"),
                        StatusLabel(v), EvidenceSummary(v)});
        }
        table.Print(std::cout, "  ");
      }
      i = end;
    }
    if (!args->json && views.empty()) std::cout << "no participation matches\n";
  });
}

}  // namespace kvreg::cli
