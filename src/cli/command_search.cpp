// kvreg search [--limit N] [--json] TEXT...: pages of imported documents that hold every
// word, most recently imported first, with file, page and a snippet. Diacritics count: "får" is not
// "far".
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "output.h"
#include "table.h"

namespace kvreg::cli {

void AddSearchCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    std::string db;
    bool json = false;
    int limit = 20;
    std::vector<std::string> words;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("search", "Full-text search over every imported page");
  cmd->add_option("--db", args->db, "Register file (default: $KVREG_DB, else register.sqlite)");
  cmd->add_option("--limit", args->limit, "At most this many pages (default 20)")
      ->check(CLI::Range(1, 100000));
  cmd->add_flag("--json", args->json, "JSON Lines");
  cmd->add_option("TEXT", args->words, "Words that must all occur on the page")->required();
  cmd->callback([args, &common]() {
    const auto reg = OpenRegisterForReadingOrReport(common, args->db);
    if (!reg) return;
    std::string text;
    for (const auto& w : args->words) text += (text.empty() ? "" : " ") + w;
    std::vector<SearchHit> hits;
    Status searched = reg->Search(text, args->limit, &hits);
    if (!OkOrReport(common, searched)) return;
    if (args->json) {
      for (const SearchHit& h : hits) {
        nlohmann::ordered_json line = {
            {"file", h.file},
            {"page", h.page},
            {"snippet", h.snippet},
            {"board", h.board ? nlohmann::ordered_json(*h.board) : nlohmann::ordered_json()},
            {"award_year",
             h.award_year ? nlohmann::ordered_json(*h.award_year) : nlohmann::ordered_json()}};
        std::cout << JsonText(line) << "\n";
      }
      return;
    }
    if (hits.empty()) {
      std::cout << "no page holds \"" << text << "\"\n";
      return;
    }
    TextTable table({"Fil", "Sida", "Utdrag"});
    for (const SearchHit& h : hits) {
      std::string snippet = h.snippet;
      for (char& c : snippet) c = (c == '\n' || c == '\t') ? ' ' : c;
      table.AddRow({h.file, std::to_string(h.page), snippet});
    }
    table.Print(std::cout);
  });
}

}  // namespace kvreg::cli
