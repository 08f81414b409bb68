// The clerk's expected-participations CSV: comma or semicolon (whichever the header uses),
// optional UTF-8 BOM, double-quoted fields with "" escapes, English or Swedish header.
#include "kvreg/expected_list.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "kvreg/sentences.h"
#include "kvreg/unit_key.h"

namespace kvreg {
namespace {

std::vector<std::string> SplitCsvLine(const std::string& line, char separator) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == separator) {
      fields.emplace_back();
    } else {
      fields.back().push_back(c);
    }
  }
  for (std::string& f : fields) f = CollapseWhitespace(f);
  return fields;
}

}  // namespace

Status ParseExpectedList(const std::string& content, const std::string& origin,
                         std::vector<ExpectedParticipation>* out) {
  std::string text = content;
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::istringstream in(text);
  std::string line;
  int number = 0;
  char separator = 0;
  int year_col = -1, board_col = -1, unit_col = -1;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (CollapseWhitespace(line).empty()) continue;
    const std::string where = origin + ":" + std::to_string(number);
    if (separator == 0) {
      separator = line.find(';') != std::string::npos ? ';' : ',';
      const auto header = SplitCsvLine(line, separator);
      for (size_t i = 0; i < header.size(); ++i) {
        const std::string key = UnitKey(header[i]);
        if (key == "year" || key == "år") year_col = static_cast<int>(i);
        if (key == "board" || key == "nämnd") board_col = static_cast<int>(i);
        if (key == "unit" || key == "enhet") unit_col = static_cast<int>(i);
      }
      if (year_col < 0 || board_col < 0 || unit_col < 0) {
        return Status::Error(where + ": the header must be year,board,unit or år;nämnd;enhet");
      }
      continue;
    }
    const auto fields = SplitCsvLine(line, separator);
    const size_t needed = static_cast<size_t>(std::max({year_col, board_col, unit_col})) + 1;
    if (fields.size() < needed) {
      return Status::Error(where + ": expected " + std::to_string(needed) + " fields, found " +
                           std::to_string(fields.size()));
    }
    ExpectedParticipation entry;
    try {
      size_t used = 0;
      entry.year = std::stoi(fields[year_col], &used);
      if (used != fields[year_col].size()) throw std::invalid_argument("year");
    } catch (const std::exception&) {
      return Status::Error(where + ": '" + fields[year_col] + "' is not a year");
    }
    entry.board = fields[board_col];
    entry.unit = fields[unit_col];
    entry.line = number;
    if (entry.unit.empty()) return Status::Error(where + ": the unit is empty");
    out->push_back(std::move(entry));
  }
  if (separator == 0) return Status::Error(origin + ": empty expected list");
  return Status::Ok();
}

Status ReadExpectedList(const std::string& path, std::vector<ExpectedParticipation>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read the expected list");
  std::stringstream content;
  content << in.rdbuf();
  return ParseExpectedList(content.str(), path, out);
}

}  // namespace kvreg
