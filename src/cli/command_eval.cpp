// kvreg eval [--json] [--details] DIR: extraction measured against the gold files of a folder,
// precision, recall and F1 per field and overall (counting rules in kvreg/eval.h).
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "kvreg/eval.h"
#include "output.h"

namespace kvreg::cli {
namespace {

std::string Fixed3(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

nlohmann::ordered_json CountsToJson(const FieldCounts& c) {
  return {{"tp", c.tp},           {"fp", c.fp},  {"fn", c.fn}, {"precision", c.Precision()},
          {"recall", c.Recall()}, {"f1", c.F1()}};
}

void PrintJson(const EvaluationReport& report) {
  nlohmann::ordered_json fields = nlohmann::ordered_json::object();
  for (const std::string& field : EvaluatedFields()) {
    fields[field] = CountsToJson(report.fields.at(field));
  }
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  for (const DocumentEvaluation& doc : report.documents) {
    nlohmann::ordered_json discrepancies = nlohmann::ordered_json::array();
    for (const Discrepancy& d : doc.comparison.discrepancies) {
      discrepancies.push_back({{"field", d.field}, {"gold", d.gold}, {"got", d.got}});
    }
    nlohmann::ordered_json entry = {{"file", doc.name}, {"discrepancies", discrepancies}};
    if (!doc.error.empty()) entry["error"] = doc.error;
    documents.push_back(entry);
  }
  std::cout << JsonText({{"documents", report.documents.size()},
                         {"fields", fields},
                         {"overall", CountsToJson(report.Overall())},
                         {"per_document", documents},
                         {"unreadable_gold", report.unreadable_gold}},
                        2)
            << "\n";
}

void PrintRow(const std::string& name, const FieldCounts& c) {
  std::printf("%-22s %5d %5d %5d %9s %7s %6s\n", name.c_str(), c.tp, c.fp, c.fn,
              Fixed3(c.Precision()).c_str(), Fixed3(c.Recall()).c_str(), Fixed3(c.F1()).c_str());
}

void PrintTable(const EvaluationReport& report, bool details) {
  std::printf("%zu documents\n", report.documents.size());
  std::printf("%-22s %5s %5s %5s %9s %7s %6s\n", "field", "tp", "fp", "fn", "precision", "recall",
              "f1");
  for (const std::string& field : EvaluatedFields()) PrintRow(field, report.fields.at(field));
  PrintRow("overall", report.Overall());
  for (const DocumentEvaluation& doc : report.documents) {
    if (!doc.error.empty()) std::printf("%s: error: %s\n", doc.name.c_str(), doc.error.c_str());
    if (!details) continue;
    for (const Discrepancy& d : doc.comparison.discrepancies) {
      std::printf("%s: %s: gold \"%s\", got \"%s\"\n", doc.name.c_str(), d.field.c_str(),
                  d.gold.c_str(), d.got.c_str());
    }
  }
}

}  // namespace

void AddEvalCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    bool json = false;
    bool details = false;
    std::string dir;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Precision, recall and F1 per field against the gold files (NAME.expected.json)");
  cmd->add_flag("--json", args->json, "One JSON object with the counts and each discrepancy");
  cmd->add_flag("--details", args->details, "List each discrepancy under the table");
  cmd->add_option("DIR", args->dir, "Folder of NAME.pdf with NAME.expected.json (not recursive)")
      ->required();
  cmd->callback([args, &common]() {
    const PatternSet* patterns = LoadPatternsOrReport(common);
    if (!patterns) return;
    EvaluationReport report;
    Status evaluated = EvaluateDirectory(*patterns, args->dir, &report);
    if (!OkOrReport(common, evaluated)) return;
    if (args->json) {
      PrintJson(report);
    } else {
      PrintTable(report, args->details);
    }
    // The documents whose gold could not be read are not in the figures: say so, and fail.
    for (const std::string& unreadable : report.unreadable_gold) {
      std::fprintf(stderr, "kvreg: not scored: %s\n", unreadable.c_str());
    }
    if (!report.unreadable_gold.empty()) common.exit_code = 1;
  });
}

}  // namespace kvreg::cli
