// kvreg participation add|remove|report YEAR BOARD UNIT ... --note TEXT: the clerk's
// corrections of one participation. The year must be one the register or the award-year
// table knows, the board is resolved to its canonical name (patterns/boards.tsv, any case),
// a report's date must be a real ISO date; bad input changes nothing and exits 2.
#include <iostream>
#include <memory>

#include "commands.h"
#include "kvreg/award_calendar.h"
#include "kvreg/correction_input.h"
#include "kvreg/record_json.h"
#include "kvreg/unit_key.h"
#include "output.h"

namespace kvreg::cli {
namespace {

struct Args {
  std::string db;
  bool json = false;
  AuthorFlags author;
  int year = 0;
  std::string board, unit, competition_class, document, date, channel;
  bool new_unit = false;
};

// The participation as verify shows it after the change, or nullopt when it no longer shows.
std::optional<ParticipationView> Shown(Register& reg, const PatternSet& patterns,
                                       const ParticipationCorrection& c) {
  std::optional<UnitSummary> unit;
  if (!reg.FindUnit(c.unit, &unit).ok() || !unit) return std::nullopt;
  ParticipationQuery query;
  query.year = c.year;
  query.unit_query = unit->name;
  std::vector<ParticipationView> views;
  if (!reg.Participations(query, AwardCalendarOf(patterns), &views).ok()) return std::nullopt;
  for (ParticipationView& v : views) {
    if (UnitKey(v.unit) == UnitKey(unit->name)) return std::move(v);
  }
  return std::nullopt;
}

// Checks the input, makes the correction and says what the participation is now.
void Correct(CommonOptions& common, const Args& args, const std::string& action) {
  const auto patterns = LoadPatternsOrReport(common);
  if (!patterns) return;
  const auto reg = OpenRegisterOrReport(common, args.db);
  if (!reg) return;
  ParticipationCorrection c;
  c.year = args.year;
  c.unit = args.unit;
  c.new_unit = args.new_unit;
  c.report_date = args.date;
  c.channel = args.channel;
  if (!args.document.empty()) c.document = args.document;
  if (!OkOrReport(common, CheckAwardYear(*patterns, *reg, args.year)) ||
      !OkOrReport(common, ResolveBoardName(*patterns, args.board, &c.board))) {
    return;
  }
  if (!args.competition_class.empty()) {
    c.competition_class = patterns->ClassIn(args.competition_class);
    if (c.competition_class->empty()) {
      OkOrReport(common, Status::InvalidInput("unknown class \"" + args.competition_class +
                                              "\" (patterns/classes.tsv names them)"));
      return;
    }
  }
  if (action == "report" && !OkOrReport(common, CheckIsoDate(args.date))) return;
  long long change = 0;
  const ChangeAuthor author = args.author.Author();
  Status done = action == "add"      ? reg->AddParticipation(c, author, &change)
                : action == "remove" ? reg->RemoveParticipation(c, author, &change)
                                     : reg->ReportParticipation(c, author, &change);
  if (!OkOrReport(common, done)) return;
  const std::optional<ParticipationView> view = Shown(*reg, *patterns, c);
  if (args.json) {
    nlohmann::ordered_json line = {{"change", change}, {"action", "participation_" + action}};
    line["participation"] = view ? ParticipationToJson(*view, true) : nlohmann::ordered_json();
    std::cout << JsonLine(line) << "\n";
    return;
  }
  std::cout << "change " << change << ": " << action << " " << c.unit << " " << c.year << " ("
            << c.board << ")\n";
  if (view) {
    PrintParticipations(std::cout, {*view}, true);
  } else {
    std::cout << "  no longer shown (kvreg undo " << change << " brings it back)\n";
  }
}

CLI::App* AddCorrection(CLI::App* parent, const std::string& name, const std::string& help,
                        const std::shared_ptr<Args>& args) {
  CLI::App* cmd = parent->add_subcommand(name, help);
  cmd->add_option("--db", args->db, "Register file (default: $KVREG_DB, else register.sqlite)");
  cmd->add_flag("--json", args->json, "One JSON line: the change and the participation");
  AddAuthorFlags(cmd, &args->author);
  cmd->add_option("YEAR", args->year, "Award year")->required();
  cmd->add_option("BOARD", args->board, "The board (its name, any case)")->required();
  cmd->add_option("UNIT", args->unit, "The unit (any spelling the register knows)")->required();
  return cmd;
}

}  // namespace

void AddParticipationCommand(CLI::App& app, CommonOptions& common) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd =
      app.add_subcommand("participation", "Correct a participation (each needs --note)");
  cmd->require_subcommand(1);
  CLI::App* add = AddCorrection(cmd, "add", "It took part, though no document says so", args);
  add->add_option("--class", args->competition_class, "The class it competes in");
  add->add_option("--document", args->document, "A document it rests on (path or SHA-256)");
  add->add_flag("--new-unit", args->new_unit, "The unit is not in the register yet");
  CLI::App* remove =
      AddCorrection(cmd, "remove", "It did not take part (the finding is kept, overruled)", args);
  CLI::App* report =
      AddCorrection(cmd, "report", "It was reported to its board outside the documents", args);
  report->add_option("--date", args->date, "The day it was reported (yyyy-mm-dd)")->required();
  report->add_option("--channel", args->channel, "How it was reported: e-mail, paper, ...");
  add->callback([args, &common]() { Correct(common, *args, "add"); });
  remove->callback([args, &common]() { Correct(common, *args, "remove"); });
  report->callback([args, &common]() { Correct(common, *args, "report"); });
}

}  // namespace kvreg::cli
