// kvreg extract [--json] [--no-ocr] FILE...: the record of each file, touching no register.
#include <iostream>
#include <memory>

#include "commands.h"
#include "kvreg/extract.h"
#include "kvreg/normalize.h"
#include "kvreg/record_json.h"
#include "output.h"

namespace kvreg::cli {
namespace {

// The tables the reader found, a row per line with " | " between cells, after the text.
void PrintTables(std::ostream& out, const DocumentText& text) {
  for (const PageText& page : text.pages) {
    for (const TextTable& table : page.tables) {
      out << "-- table on page " << page.number << "\n";
      for (const std::vector<std::string>& row : table.rows) {
        for (size_t c = 0; c < row.size(); ++c) out << (c ? " | " : "") << row[c];
        out << "\n";
      }
    }
  }
}

}  // namespace

void AddExtractCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    bool json = false;
    bool text = false;
    OcrFlags ocr;
    std::vector<std::string> files;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("extract", "Print what each document says (no register)");
  cmd->add_flag("--json", args->json, "One JSON object per file (JSON Lines)");
  cmd->add_flag("--text", args->text, "Print the normalised text the extractors read")
      ->excludes("--json");
  AddOcrFlags(cmd, &args->ocr);
  cmd->add_option("FILE", args->files, "PDF or UTF-8 .txt files")->required();
  cmd->callback([args, &common]() {
    const PatternSet* patterns = LoadPatternsOrReport(common);
    if (!patterns) return;
    TextLimits limits;
    limits.ocr = args->ocr.Options();
    limits = WithTableHeaders(*patterns, limits);
    for (const std::string& file : args->files) {
      if (args->text) {
        DocumentText text;
        Status read = ReadDocumentText(file, limits, &text);
        if (!read.ok()) {
          common.exit_code = 1;
          std::cerr << "kvreg: " << file << ": " << read.message() << "\n";
          continue;
        }
        std::cout << "== " << file << "\n"
                  << Normalize(text, patterns->Category("page_furniture")).text << "\n";
        PrintTables(std::cout, text);
        continue;
      }
      const Record record = ExtractFile(*patterns, file, limits);
      if (record.error) {
        common.exit_code = 1;
        std::cerr << "kvreg: " << file << ": " << *record.error << "\n";
      }
      if (args->json) {
        std::cout << JsonText(RecordToJson(record)) << "\n";
      } else {
        PrintRecordSummary(std::cout, record);
      }
      std::cout.flush();
    }
  });
}

}  // namespace kvreg::cli
