// kvreg export --format csv|json [--year Y] [--board B]: the participations for other
// systems; the column rättelse (JSON: corrections) says what rests on a clerk's word. CSV
// opens right in a Swedish Excel: UTF-8 with BOM, ';' between fields, CRLF,
// fields quoted when they hold ';', '"' or a line break. JSON: one array of objects.
#include <iostream>
#include <memory>

#include "commands.h"
#include "output.h"

namespace kvreg::cli {
namespace {

std::string CsvField(const std::string& value) {
  if (value.find_first_of(";\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string DocumentsCell(const ParticipationView& v) {
  std::string cell;
  for (const EvidenceDocument& d : v.documents) {
    std::string one = d.file + " s. " + std::to_string(d.page);
    if (d.diary_number) one += ", Dnr " + *d.diary_number;
    if (d.paragraph) one += ", " + *d.paragraph;
    if (d.meeting_date) one += ", sammanträde " + *d.meeting_date;
    cell += (cell.empty() ? "" : " | ") + one;
  }
  return cell;
}

}  // namespace

void WriteParticipationsCsv(std::ostream& out, const std::vector<ParticipationView>& views) {
  out << "\xEF\xBB\xBF";
  const char* header[] = {"år",        "nämnd",  "enhet", "klass",    "utförare",
                          "avdelning", "status", "skäl",  "underlag", "rättelse"};
  for (size_t i = 0; i < std::size(header); ++i) out << (i ? ";" : "") << header[i];
  out << "\r\n";
  for (const ParticipationView& v : views) {
    const std::string fields[] = {std::to_string(v.year),
                                  v.board.value_or(""),
                                  v.unit,
                                  v.competition_class.value_or(""),
                                  v.operator_name.value_or(""),
                                  v.department.value_or(""),
                                  StatusName(v.verdict.status),
                                  v.verdict.reason,
                                  DocumentsCell(v),
                                  CorrectionSummary(v)};
    for (size_t i = 0; i < std::size(fields); ++i) out << (i ? ";" : "") << CsvField(fields[i]);
    out << "\r\n";
  }
}

void AddExportCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    SelectionFlags selection;
    std::string format;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("export", "All participations as CSV (Excel) or JSON");
  AddSelectionFlags(cmd, &args->selection);
  cmd->add_option("--format", args->format, "csv or json")
      ->required()
      ->check(CLI::IsMember({"csv", "json"}));
  cmd->callback([args, &common]() {
    std::vector<ParticipationView> views;
    if (!ParticipationsByBoardOrReport(common, args->selection, &views)) return;
    if (args->format == "csv") {
      WriteParticipationsCsv(std::cout, views);
      return;
    }
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const auto& v : views) all.push_back(ParticipationToJson(v, true));
    std::cout << JsonText(all, 2) << "\n";
  });
}

}  // namespace kvreg::cli
