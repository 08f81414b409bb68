// The selection of verify, report and export: --db, --year and --board, and reading the
// selected participations with their statuses.

#include "commands.h"
#include "kvreg/award_calendar.h"
#include "output.h"

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
  return OkOrReport(common, reg.Participations(query, AwardCalendarOf(patterns), views));
}

bool ParticipationsByBoardOrReport(CommonOptions& common, const SelectionFlags& selection,
                                   std::vector<ParticipationView>* views) {
  const auto patterns = LoadPatternsOrReport(common);
  if (!patterns) return false;
  const auto reg = OpenRegisterForReadingOrReport(common, selection.db);
  if (!reg || !ParticipationsOrReport(common, *patterns, *reg, selection.Query(), views)) {
    return false;
  }
  SortForReport(views);
  return true;
}

}  // namespace kvreg::cli
