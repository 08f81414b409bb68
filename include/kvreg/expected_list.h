// The clerk's list of expected participations: a CSV with the header `year,board,unit` or
// `år;nämnd;enhet` (any order), fields separated by commas, semicolons or tabs. The bytes may be
// UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode-text") or, when they are not
// UTF-8, Windows-1252 (a Swedish Excel's "CSV (semikolonavgränsad)").
#pragma once

#include <string>
#include <vector>

#include "kvreg/status.h"

namespace kvreg {

struct ExpectedParticipation {
  int year = 0;
  std::string board;
  std::string unit;
  int line = 0;
};

// Reads the list at `path`. *encoding, when given, is set to the encoding the bytes were read
// in: "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252".
Status ReadExpectedList(const std::string& path, std::vector<ExpectedParticipation>* out,
                        std::string* encoding = nullptr);
// The same from the file's bytes; `origin` names it in messages ("list.csv:3: …").
Status ParseExpectedList(const std::string& content, const std::string& origin,
                         std::vector<ExpectedParticipation>* out, std::string* encoding = nullptr);

// `bytes` as UTF-8 (without BOM), and the encoding they were read in (see ReadExpectedList).
Status DecodeClerkText(const std::string& bytes, std::string* utf8, std::string* encoding);

}  // namespace kvreg
