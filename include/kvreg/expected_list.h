// The clerk's list of expected participations: a CSV (comma or semicolon, UTF-8 with or
// without BOM) with the header `year,board,unit` or `år;nämnd;enhet`.
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

Status ReadExpectedList(const std::string& path, std::vector<ExpectedParticipation>* out);
Status ParseExpectedList(const std::string& content, const std::string& origin,
                         std::vector<ExpectedParticipation>* out);

}  // namespace kvreg
