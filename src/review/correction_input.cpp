// Checking a clerk's input for corrections and the review queue (correction_input.h).
#include "kvreg/correction_input.h"

#include <cctype>
#include <set>

namespace kvreg {

Status ResolveBoardName(const PatternSet& patterns, const std::string& printed,
                        std::string* canonical) {
  bool is_administration = false;
  const BoardEntry* board = patterns.BoardByName(printed, &is_administration);
  if (board == nullptr) {
    const std::string example =
        patterns.boards().empty() ? "" : " (e.g. \"" + patterns.boards().front().board + "\")";
    return Status::InvalidInput("unknown board \"" + printed +
                                "\": not a board of patterns/boards.tsv" + example);
  }
  *canonical = board->board;
  return Status::Ok();
}

Status CheckAwardYear(const PatternSet& patterns, Register& reg, int year) {
  if (patterns.award_years().count(year) != 0) return Status::Ok();
  std::set<int> known;
  Status s = reg.KnownAwardYears(&known);
  if (!s.ok()) return s;
  if (known.count(year) != 0) return Status::Ok();
  return Status::InvalidInput("unknown award year " + std::to_string(year) +
                              ": neither patterns/award_years.tsv nor any document of the register "
                              "names it");
}

Status CheckIsoDate(const std::string& text) {
  const Status bad = Status::InvalidInput("not a date: \"" + text +
                                          "\" (write it as yyyy-mm-dd, e.g. " + "2023-06-28)");
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return bad;
  }
  const int year = std::stoi(text.substr(0, 4));
  const int month = std::stoi(text.substr(5, 2));
  const int day = std::stoi(text.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return bad;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= days ? Status::Ok() : bad;
}

}  // namespace kvreg
