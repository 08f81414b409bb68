// kvreg: Stockholm board documents about Kvalitetsutmärkelsen -> a SQLite register.
#include <cstdlib>
#include <iostream>
#include <memory>
#include <vector>

#include "commands.h"

namespace kvreg::cli {

std::string RegisterPath(const std::string& db_option) {
  if (!db_option.empty()) return db_option;
  if (const char* env = std::getenv("KVREG_DB"); env != nullptr && *env != '\0') return env;
  return "register.sqlite";
}

bool OkOrReport(CommonOptions& common, const Status& status) {
  if (status.ok()) return true;
  std::cerr << "kvreg: " << status.message() << "\n";
  common.exit_code = 2;
  return false;
}

const PatternSet* LoadPatternsOrReport(CommonOptions& common) {
  std::unique_ptr<PatternSet> patterns;
  OkOrReport(common, PatternSet::Load(LocatePatternsDir(common.patterns_dir), &patterns));
  if (!patterns) return nullptr;
  // Kept to the process's end and never freed (reachable from here, so no leak checker minds):
  // freeing tens of thousands of compiled regexes at exit took 40 ms of an import.
  static auto* const kept = new std::vector<std::unique_ptr<PatternSet>>();
  kept->push_back(std::move(patterns));
  return kept->back().get();
}

std::unique_ptr<Register> OpenRegisterOrReport(CommonOptions& common,
                                               const std::string& db_option) {
  std::unique_ptr<Register> reg;
  OkOrReport(common, Register::Open(RegisterPath(db_option), &reg));
  return reg;
}

std::unique_ptr<Register> OpenRegisterForReadingOrReport(CommonOptions& common,
                                                         const std::string& db_option) {
  std::unique_ptr<Register> reg;
  OkOrReport(common, Register::OpenForReading(RegisterPath(db_option), &reg));
  return reg;
}

}  // namespace kvreg::cli

int main(int argc, char** argv) {
  CLI::App app{"kvreg: the register of units taking part in Stockholm's Kvalitetsutmärkelsen"};
  app.require_subcommand(1);
  kvreg::cli::CommonOptions common;
  app.add_option("--patterns", common.patterns_dir,
                 "Folder of pattern files (default: $KVREG_PATTERNS, else the installed ones)");
  kvreg::cli::AddExtractCommand(app, common);
  kvreg::cli::AddImportCommand(app, common);
  kvreg::cli::AddHistoryCommand(app, common);
  kvreg::cli::AddVerifyCommand(app, common);
  kvreg::cli::AddUnitsCommand(app, common);
  kvreg::cli::AddReportCommand(app, common);
  kvreg::cli::AddExportCommand(app, common);
  kvreg::cli::AddSearchCommand(app, common);
  kvreg::cli::AddReextractCommand(app, common);
  kvreg::cli::AddEvalCommand(app, common);
  kvreg::cli::AddPatternsCommand(app, common);
  kvreg::cli::AddParticipationCommand(app, common);
  kvreg::cli::AddReviewCommand(app, common);
  kvreg::cli::AddLogCommand(app, common);
  kvreg::cli::AddUndoCommand(app, common);
  kvreg::cli::AddServeCommand(app, common);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return common.exit_code;
}
