// kvreg review [--year Y] [--board B] [--expected CSV] [--json]: what needs a person's eyes,
// most important first; kvreg review done ID [--note TEXT]: an item is checked and leaves the
// queue (audited). An expected list given once is kept in the register for later runs.
#include <iostream>
#include <memory>

#include "commands.h"
#include "kvreg/correction_input.h"
#include "kvreg/expected_list.h"
#include "kvreg/record_json.h"
#include "kvreg/review.h"
#include "output.h"

namespace kvreg::cli {
namespace {

struct Args {
  std::string db;
  bool json = false;
  int year = 0;
  std::string board, expected, id;
  double min_ocr_confidence = 80.0;
  AuthorFlags author;
};

nlohmann::ordered_json ItemToJson(const ReviewItem& item) {
  auto or_null = [](const auto& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
  };
  return {{"id", item.id},
          {"kind", item.kind},
          {"year", or_null(item.year)},
          {"board", or_null(item.board)},
          {"unit", or_null(item.unit)},
          {"file", item.file},
          {"page", item.page},
          {"text", item.text},
          {"message", item.message}};
}

// The queue as the flags select it, or false after saying why not.
bool Queue(CommonOptions& common, const Args& args, Register& reg, const PatternSet& patterns,
           std::vector<ReviewItem>* items) {
  ReviewOptions options;
  options.min_ocr_confidence = args.min_ocr_confidence;
  if (args.year != 0) {
    if (!OkOrReport(common, CheckAwardYear(patterns, reg, args.year))) return false;
    options.year = args.year;
  }
  if (!args.board.empty()) {
    std::string canonical;
    if (!OkOrReport(common, ResolveBoardName(patterns, args.board, &canonical))) return false;
    options.board = canonical;
  }
  if (!args.expected.empty()) {
    std::vector<ExpectedParticipation> expected;
    if (!OkOrReport(common, ReadExpectedList(args.expected, &expected))) return false;
    std::vector<StoredExpectedRow> rows;
    for (const ExpectedParticipation& e : expected) {
      rows.push_back({e.year, e.board, e.unit, args.expected, e.line});
    }
    if (!OkOrReport(common, reg.StoreExpectedList(rows))) return false;
  }
  return OkOrReport(common, BuildReviewQueue(reg, patterns, options, items));
}

void PrintItems(const std::vector<ReviewItem>& items) {
  for (const ReviewItem& item : items) {
    std::cout << item.id << "  " << item.kind;
    if (item.year) std::cout << "  " << *item.year;
    if (item.unit) std::cout << "  " << *item.unit;
    if (item.board) std::cout << " (" << *item.board << ")";
    std::cout << "\n    " << item.message << "\n    " << item.file;
    if (item.page > 0) std::cout << (item.kind == "expected_missing" ? ":" : " p. ") << item.page;
    if (!item.text.empty()) std::cout << ": " << item.text;
    std::cout << "\n";
  }
  std::cout << items.size() << (items.size() == 1 ? " item" : " items")
            << " to review; kvreg review done ID --note TEXT marks one checked\n";
}

void Done(CommonOptions& common, const Args& args) {
  const auto patterns = LoadPatternsOrReport(common);
  if (!patterns) return;
  const auto reg = OpenRegisterOrReport(common, args.db);
  if (!reg) return;
  std::vector<ReviewItem> items;
  Args all = args;
  all.year = 0;
  all.board.clear();
  all.expected.clear();
  if (!Queue(common, all, *reg, *patterns, &items)) return;
  const ReviewItem* found = nullptr;
  for (const ReviewItem& item : items) {
    if (item.id == args.id) found = &item;
  }
  if (found == nullptr) {
    OkOrReport(common, Status::NotFound("no item " + args.id +
                                        " in the review queue (kvreg review lists them)"));
    return;
  }
  long long change = 0;
  Status marked =
      reg->MarkReviewed(found->id, JsonText(ItemToJson(*found)), args.author.Author(), &change);
  if (!OkOrReport(common, marked)) return;
  if (args.json) {
    std::cout << JsonLine({{"change", change}, {"checked", ItemToJson(*found)}}) << "\n";
  } else {
    std::cout << "change " << change << ": " << found->id << " checked\n";
  }
}

}  // namespace

void AddReviewCommand(CLI::App& app, CommonOptions& common) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("review", "What needs a person's eyes, most important first");
  cmd->add_option("--db", args->db, "Register file (default: $KVREG_DB, else register.sqlite)");
  cmd->add_flag("--json", args->json, "JSON Lines");
  cmd->add_option("--year", args->year, "Only this award year (and items of no year)");
  cmd->add_option("--board", args->board, "Only this board (and items of no board)");
  cmd->add_option("--expected", args->expected,
                  "The clerk's expected list (CSV); kept in the register for later runs");
  cmd->add_option("--min-ocr-confidence", args->min_ocr_confidence,
                  "Units read by OCR with less confidence are uncertain (default 80)");
  CLI::App* done = cmd->add_subcommand("done", "Mark an item checked: it leaves the queue");
  done->add_option("ID", args->id, "The item's id (kvreg review shows it)")->required();
  AddAuthorFlags(done, &args->author);
  done->fallthrough();
  done->callback([args, &common]() { Done(common, *args); });
  cmd->callback([cmd, args, &common]() {
    if (cmd->got_subcommand("done")) return;
    const auto patterns = LoadPatternsOrReport(common);
    if (!patterns) return;
    const auto reg = OpenRegisterOrReport(common, args->db);
    if (!reg) return;
    std::vector<ReviewItem> items;
    if (!Queue(common, *args, *reg, *patterns, &items)) return;
    if (args->json) {
      for (const ReviewItem& item : items) std::cout << JsonLine(ItemToJson(item)) << "\n";
    } else {
      PrintItems(items);
    }
  });
}

}  // namespace kvreg::cli
