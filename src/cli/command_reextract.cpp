// kvreg reextract [--db FILE] [--json]: extraction again on the stored page text (after the
// patterns changed), without the PDFs; the clerk's merges and names stay.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "kvreg/reextract.h"
#include "output.h"

namespace kvreg::cli {

void AddReextractCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    std::string db;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "reextract", "Read every stored document again with the current patterns (no PDFs needed)");
  cmd->add_option("--db", args->db, "Register file (default: $KVREG_DB, else register.sqlite)");
  cmd->add_flag("--json", args->json, "One JSON line per document, then a summary line");
  cmd->callback([args, &common]() {
    const auto patterns = LoadPatternsOrReport(common);
    if (!patterns) return;
    const auto reg = OpenRegisterOrReport(common, args->db);
    if (!reg) return;
    ReextractSummary summary;
    Status done = Reextract(
        *reg, *patterns,
        [&](const ReextractResult& r) {
          if (args->json) {
            std::cout << JsonText({{"file", r.file}, {"status", r.outcome}}) << "\n";
          } else if (r.outcome != "unchanged") {
            std::cout << r.outcome << "  " << r.file << "\n";
          }
        },
        &summary);
    if (!OkOrReport(common, done)) return;
    if (args->json) {
      std::cout << JsonText({{"summary",
                              {{"changed", summary.changed},
                               {"unchanged", summary.unchanged},
                               {"without_text", summary.without_text}}}})
                << "\n";
    } else {
      std::cout << summary.changed << " changed, " << summary.unchanged << " unchanged, "
                << summary.without_text << " without stored text (import those files again)\n";
    }
  });
}

}  // namespace kvreg::cli
