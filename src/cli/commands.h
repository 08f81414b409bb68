// The subcommands of the kvreg command line. Each adds itself to the CLI11 app; its callback
// stores the process exit code (0 ok, 1 a file failed, 2 usage or register error).
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "kvreg/ocr.h"
#include "kvreg/patterns.h"
#include "kvreg/register.h"

namespace kvreg::cli {

struct CommonOptions {
  std::string patterns_dir;  // --patterns
  int exit_code = 0;
};

// The register path: --db, else $KVREG_DB, else register.sqlite in the current folder.
std::string RegisterPath(const std::string& db_option);

// True when `status` is ok; otherwise says its message on stderr ("kvreg: …") and sets exit
// code 2, the code of a usage or register error.
bool OkOrReport(CommonOptions& common, const Status& status);

// Load the patterns / open the register, or say why not on stderr and set exit code 2. The
// patterns live until the process ends.
const PatternSet* LoadPatternsOrReport(CommonOptions& common);
std::unique_ptr<Register> OpenRegisterOrReport(CommonOptions& common, const std::string& db_option);
// The same for a command that only reads: an existing register, opened read-only; a missing
// one is an error naming its path (exit code 2), not a new empty register.
std::unique_ptr<Register> OpenRegisterForReadingOrReport(CommonOptions& common,
                                                         const std::string& db_option);

// --no-ocr and --tessdata DIR, shared by extract and import.
struct OcrFlags {
  bool no_ocr = false;
  std::string tessdata;
  OcrOptions Options() const;
};
void AddOcrFlags(CLI::App* command, OcrFlags* flags);

// --db, --year and --board, shared by verify, report and export.
struct SelectionFlags {
  std::string db;
  int year = 0;       // 0: every year
  std::string board;  // empty: every board
  ParticipationQuery Query() const;
};
void AddSelectionFlags(CLI::App* command, SelectionFlags* flags);

// The participations `query` selects, with their statuses, or say why not on stderr and set
// exit code 2.
bool ParticipationsOrReport(CommonOptions& common, const PatternSet& patterns, Register& reg,
                            const ParticipationQuery& query, std::vector<ParticipationView>* views);
// The same from the flags alone (loading the patterns, opening the register), sorted by board
// as report and export list them.
bool ParticipationsByBoardOrReport(CommonOptions& common, const SelectionFlags& selection,
                                   std::vector<ParticipationView>* views);

// --by and --note of every command that changes the register: who (else the login name) and
// why; both go to the audit log.
struct AuthorFlags {
  std::string by;
  std::string note;
  ChangeAuthor Author() const;
};
void AddAuthorFlags(CLI::App* command, AuthorFlags* flags);

void AddExtractCommand(CLI::App& app, CommonOptions& common);
void AddImportCommand(CLI::App& app, CommonOptions& common);
void AddHistoryCommand(CLI::App& app, CommonOptions& common);
void AddVerifyCommand(CLI::App& app, CommonOptions& common);
void AddUnitsCommand(CLI::App& app, CommonOptions& common);
void AddReportCommand(CLI::App& app, CommonOptions& common);
void AddExportCommand(CLI::App& app, CommonOptions& common);
void AddSearchCommand(CLI::App& app, CommonOptions& common);
void AddReextractCommand(CLI::App& app, CommonOptions& common);
void AddEvalCommand(CLI::App& app, CommonOptions& common);
void AddPatternsCommand(CLI::App& app, CommonOptions& common);
void AddParticipationCommand(CLI::App& app, CommonOptions& common);
void AddReviewCommand(CLI::App& app, CommonOptions& common);
void AddLogCommand(CLI::App& app, CommonOptions& common);
void AddUndoCommand(CLI::App& app, CommonOptions& common);
void AddServeCommand(CLI::App& app, CommonOptions& common);

}  // namespace kvreg::cli
