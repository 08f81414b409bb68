// TextTable: an aligned text table for a clerk's terminal. Widths count characters (code
// points), not bytes, so "Förskolan Äppelträdet" lines up with "Hemtjänsten Vällingby".
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace kvreg::cli {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
  void AddRow(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  bool empty() const { return rows_.empty(); }
  // Header, a rule, then the rows; columns two spaces apart; the last column is not padded.
  void Print(std::ostream& out, const std::string& indent = "") const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// The number of characters (code points) in UTF-8 text.
size_t DisplayWidth(const std::string& utf8);

}  // namespace kvreg::cli
