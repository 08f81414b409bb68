// kvreg import [--db FILE] [--json] [--jobs N] PATH...: documents into the register.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "import_progress.h"
#include "kvreg/import.h"
#include "output.h"

namespace kvreg::cli {

void AddImportCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    std::string db;
    bool json = false;
    int workers = 0;
    int timeout = 60;
    OcrFlags ocr;
    std::vector<std::string> paths;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd =
      app.add_subcommand("import", "Import PDFs and .txt files (and folders) into the register");
  cmd->add_option("--db", args->db, "Register file (default: $KVREG_DB, else register.sqlite)");
  cmd->add_flag("--json", args->json, "One JSON line per file, then a summary line");
  cmd->add_option("--jobs", args->workers,
                  "Worker processes extracting documents (default: every core)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--timeout", args->timeout, "Seconds one document may take")
      ->check(CLI::Range(1, 86400));
  AddOcrFlags(cmd, &args->ocr);
  cmd->add_option("PATH", args->paths, "Files or folders")->required();
  cmd->callback([args, &common]() {
    const PatternSet* patterns = LoadPatternsOrReport(common);
    if (!patterns) return;
    const std::unique_ptr<Register> reg = OpenRegisterOrReport(common, args->db);
    if (!reg) return;
    ImportOptions options;
    options.workers =
        args->workers > 0 ? args->workers : std::max(1L, sysconf(_SC_NPROCESSORS_ONLN));
    options.timeout_seconds = args->timeout;
    options.limits.ocr = args->ocr.Options();
    // A progress line only for a person watching: stderr a terminal.
    std::unique_ptr<ImportProgress> progress;
    if (isatty(STDERR_FILENO)) {
      progress = std::make_unique<ImportProgress>(stderr, CountImportFiles(args->paths));
    }
    ImportSummary summary;
    Status done = ImportPaths(
        *reg, *patterns, args->paths, options,
        [&](const FileResult& r) {
          if (progress && r.outcome == FileOutcome::kFailed) std::cerr << "\r\033[K";
          if (args->json) {
            nlohmann::ordered_json line = {
                {"file", r.file},
                {"status", OutcomeName(r.outcome)},
                {"error", r.error.empty() ? nlohmann::ordered_json(nullptr)
                                          : nlohmann::ordered_json(r.error)},
                {"sha256", r.sha256.empty() ? nlohmann::ordered_json(nullptr)
                                            : nlohmann::ordered_json(r.sha256)}};
            std::cout << JsonText(line) << "\n" << std::flush;
          } else if (r.outcome == FileOutcome::kFailed) {
            std::cerr << "kvreg: " << r.file << ": " << r.error << "\n";
          }
          if (progress) progress->FileDone();
        },
        &summary);
    if (progress) progress->Finish();
    if (!OkOrReport(common, done)) return;
    if (args->json) {
      std::cout << JsonText({{"summary",
                              {{"imported", summary.imported},
                               {"unchanged", summary.unchanged},
                               {"failed", summary.failed},
                               {"skipped", summary.skipped}}}})
                << "\n";
    } else {
      std::cout << "imported " << summary.imported << " new, " << summary.unchanged
                << " unchanged, " << summary.failed << " failed, " << summary.skipped
                << " skipped\n";
    }
    common.exit_code = summary.failed > 0 ? 1 : 0;
  });
}

}  // namespace kvreg::cli
