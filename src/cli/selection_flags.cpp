// The selection of verify, report and export: --db, --year and --board, and reading the
// selected participations with their statuses.
#include <iostream>

#include "commands.h"

namespace kvreg::cli {

ParticipationQuery SelectionFlags::Query() const {
  ParticipationQuery query;
  if (year != 0) query.year = year;
  if (!board.empty()) query.board = board;
  return query;
}

void AddSelectionFlags(CLI::App* command, SelectionFlags* flags) {
  command->add_option("--db", flags->db,
                      "Register file (default: $KVREG_DB, else register.sqlite)");
  command->add_option("--year", flags->year, "Only this award year");
  command->add_option("--board", flags->board, "Only boards whose name contains this");
}

bool ParticipationsOrReport(CommonOptions& common, const PatternSet& patterns, Register& reg,
                            const ParticipationQuery& query,
                            std::vector<ParticipationView>* views) {
  Status found = reg.Participations(query, patterns.award_years(), views);
  if (found.ok()) return true;
  std::cerr << "kvreg: " << found.message() << "\n";
  common.exit_code = 2;
  return false;
}

}  // namespace kvreg::cli
