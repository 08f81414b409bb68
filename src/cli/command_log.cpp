// kvreg log [--unit U] [--json]: the audit trail, every change a person made to the register,
// oldest first; kvreg undo ID: reverts one change by adding its inverse (history stays).
#include <iostream>
#include <memory>

#include "commands.h"
#include "kvreg/record_json.h"

namespace kvreg::cli {
namespace {

nlohmann::ordered_json EntryToJson(const AuditEntry& e) {
  auto or_null = [](const auto& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
  };
  auto parsed = [](const std::string& text) {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(text, nullptr, false);
    return j.is_discarded() ? nlohmann::ordered_json(text) : j;
  };
  return {{"id", e.id},
          {"at", e.at},
          {"by", e.by},
          {"action", e.action},
          {"unit", or_null(e.unit)},
          {"year", or_null(e.year)},
          {"board", or_null(e.board)},
          {"note", e.note},
          {"before", parsed(e.before_json)},
          {"after", parsed(e.after_json)},
          {"undoes", or_null(e.undoes)},
          {"undone_by", or_null(e.undone_by)}};
}

void PrintEntry(const AuditEntry& e) {
  std::cout << e.id << "  " << e.at << "  " << e.by << "  " << e.action;
  if (e.unit) std::cout << "  " << *e.unit;
  if (e.year) std::cout << " " << *e.year;
  if (e.board) std::cout << " (" << *e.board << ")";
  if (e.undoes) std::cout << "  undoes " << *e.undoes;
  if (e.undone_by) std::cout << "  [undone by " << *e.undone_by << "]";
  std::cout << "\n    why: " << (e.note.empty() ? "-" : e.note) << "\n    before: " << e.before_json
            << "\n    after:  " << e.after_json << "\n";
}

}  // namespace

void AddLogCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    std::string db, unit;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("log", "Every change a person made to the register");
  cmd->add_option("--db", args->db, "Register file (default: $KVREG_DB, else register.sqlite)");
  cmd->add_option("--unit", args->unit, "Only changes about this unit (any spelling)");
  cmd->add_flag("--json", args->json, "JSON Lines");
  cmd->callback([args, &common]() {
    const auto reg = OpenRegisterOrReport(common, args->db);
    if (!reg) return;
    std::vector<AuditEntry> entries;
    const std::optional<std::string> unit =
        args->unit.empty() ? std::nullopt : std::optional<std::string>(args->unit);
    if (!OkOrReport(common, reg->AuditLog(unit, &entries))) return;
    for (const AuditEntry& e : entries) {
      if (args->json) {
        std::cout << JsonLine(EntryToJson(e)) << "\n";
      } else {
        PrintEntry(e);
      }
    }
    if (!args->json && entries.empty()) std::cout << "no change by a person is in the log\n";
  });
}

void AddUndoCommand(CLI::App& app, CommonOptions& common) {
  struct Args {
    std::string db;
    bool json = false;
    long long id = 0;
    AuthorFlags author;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("undo", "Revert one change of the log by adding its inverse");
  cmd->add_option("--db", args->db, "Register file (default: $KVREG_DB, else register.sqlite)");
  cmd->add_flag("--json", args->json, "One JSON line: the new change");
  cmd->add_option("ID", args->id, "The change's id (kvreg log shows it)")->required();
  AddAuthorFlags(cmd, &args->author);
  cmd->callback([args, &common]() {
    const auto reg = OpenRegisterOrReport(common, args->db);
    if (!reg) return;
    long long change = 0;
    if (!OkOrReport(common, reg->Undo(args->id, args->author.Author(), &change))) return;
    if (args->json) {
      std::vector<AuditEntry> entries;
      reg->AuditLog(std::nullopt, &entries);
      for (const AuditEntry& e : entries) {
        if (e.id == change) std::cout << JsonLine(EntryToJson(e)) << "\n";
      }
    } else {
      std::cout << "change " << change << ": undoes change " << args->id << "\n";
    }
  });
}

}  // namespace kvreg::cli
