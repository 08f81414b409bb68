// The clerk's expected-participations CSV: its bytes decoded to UTF-8 first (UTF-8 with or
// without BOM, UTF-16 with BOM, else Windows-1252, through ICU's converters), then comma,
// semicolon or tab (whichever the header is read with), double-quoted fields with "" escapes,
// English or Swedish header.
#include "kvreg/expected_list.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>

#include "kvreg/unit_key.h"
#include "sentences.h"

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

bool IsUtf8(const std::string& bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// `bytes` in the ICU converter `charset`, as UTF-8.
Status ConvertToUtf8(const std::string& bytes, const char* charset, std::string* utf8) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(charset, &error),
                                                               ucnv_close);
  if (U_FAILURE(error)) {
    return Status::Error(std::string("no ") + charset + " converter: " + u_errorName(error));
  }
  std::vector<UChar> text(bytes.size() + 1);
  const int32_t length =
      ucnv_toUChars(converter.get(), text.data(), static_cast<int32_t>(text.size()), bytes.data(),
                    static_cast<int32_t>(bytes.size()), &error);
  if (U_FAILURE(error)) {
    return Status::InvalidInput(std::string("cannot read it as ") + charset + ": " +
                                u_errorName(error));
  }
  utf8->clear();
  icu::UnicodeString(text.data(), length).toUTF8String(*utf8);
  return Status::Ok();
}

// The header's columns read with `separator`, or false when it lacks one of the three.
bool FindColumns(const std::string& line, char separator, int* year_col, int* board_col,
                 int* unit_col) {
  *year_col = *board_col = *unit_col = -1;
  const auto header = SplitCsvLine(line, separator);
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string key = UnitKey(header[i]);
    if (key == "year" || key == "år") *year_col = static_cast<int>(i);
    if (key == "board" || key == "nämnd") *board_col = static_cast<int>(i);
    if (key == "unit" || key == "enhet") *unit_col = static_cast<int>(i);
  }
  return *year_col >= 0 && *board_col >= 0 && *unit_col >= 0;
}

}  // namespace

Status DecodeClerkText(const std::string& bytes, std::string* utf8, std::string* encoding) {
  if (bytes.rfind("\xFF\xFE", 0) == 0 || bytes.rfind("\xFE\xFF", 0) == 0) {
    *encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    if (bytes.size() % 2 != 0)
      return Status::InvalidInput(*encoding + " text of an odd number of bytes");
    Status s = ConvertToUtf8(bytes.substr(2), encoding->c_str(), utf8);
    if (!s.ok()) return s;
  } else if (IsUtf8(bytes)) {
    *encoding = "UTF-8";
    *utf8 = bytes;
  } else {
    *encoding = "Windows-1252";
    Status s = ConvertToUtf8(bytes, "windows-1252", utf8);
    if (!s.ok()) return s;
  }
  if (utf8->rfind("\xEF\xBB\xBF", 0) == 0) utf8->erase(0, 3);
  return Status::Ok();
}

Status ParseExpectedList(const std::string& content, const std::string& origin,
                         std::vector<ExpectedParticipation>* out, std::string* encoding) {
  std::string text, read_as;
  Status decoded = DecodeClerkText(content, &text, &read_as);
  if (encoding != nullptr) *encoding = read_as;
  if (!decoded.ok()) return decoded.WithContext(origin + ": ");
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
      for (char candidate : {'\t', ';', ','}) {
        if (FindColumns(line, candidate, &year_col, &board_col, &unit_col)) {
          separator = candidate;
          break;
        }
      }
      if (separator == 0) {
        return Status::InvalidInput(where +
                                    ": the header must be year,board,unit or år;nämnd;enhet " +
                                    "(separated by commas, semicolons or tabs); it reads \"" +
                                    line + "\" (read as " + read_as + ")");
      }
      continue;
    }
    const auto fields = SplitCsvLine(line, separator);
    const size_t needed = static_cast<size_t>(std::max({year_col, board_col, unit_col})) + 1;
    if (fields.size() < needed) {
      return Status::InvalidInput(where + ": expected " + std::to_string(needed) +
                                  " fields, found " + std::to_string(fields.size()));
    }
    ExpectedParticipation entry;
    try {
      size_t used = 0;
      entry.year = std::stoi(fields[year_col], &used);
      if (used != fields[year_col].size()) throw std::invalid_argument("year");
    } catch (const std::exception&) {
      return Status::InvalidInput(where + ": '" + fields[year_col] + "' is not a year");
    }
    entry.board = fields[board_col];
    entry.unit = fields[unit_col];
    entry.line = number;
    if (entry.unit.empty()) return Status::InvalidInput(where + ": the unit is empty");
    out->push_back(std::move(entry));
  }
  if (separator == 0) return Status::InvalidInput(origin + ": empty expected list");
  return Status::Ok();
}

Status ReadExpectedList(const std::string& path, std::vector<ExpectedParticipation>* out,
                        std::string* encoding) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read the expected list");
  std::stringstream content;
  content << in.rdbuf();
  return ParseExpectedList(content.str(), path, out, encoding);
}

}  // namespace kvreg
