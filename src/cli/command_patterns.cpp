// kvreg patterns [--readme]: checks the pattern files a clerk edited (every error with file:line,
// exit 2) and says how many patterns each category holds; --readme prints patterns/README.md
// as the loader's schema makes it.
#include <iostream>

#include "commands.h"

namespace kvreg::cli {

void AddPatternsCommand(CLI::App& app, CommonOptions& common) {
  auto* cmd =
      app.add_subcommand("patterns", "Check the pattern files (after an edit) and count them");
  auto readme = std::make_shared<bool>(false);
  cmd->add_flag("--readme", *readme,
                "Print patterns/README.md, made from the schema the loader checks");
  cmd->callback([&common, readme] {
    if (*readme) {
      std::cout << PatternSchemaMarkdown();
      return;
    }
    const PatternSet* patterns = LoadPatternsOrReport(common);
    if (!patterns) return;
    std::cout << patterns->dir() << ": every pattern file loads\n";
  });
}

}  // namespace kvreg::cli
