// Swedish month names from ICU's locale data (sv_SE), wide and abbreviated, format and
// stand-alone forms, compared case-folded and without the abbreviation's full stop.
#include "swedish_dates.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <algorithm>
#include <cstdio>
#include <map>

#include "kvreg/unit_key.h"

namespace kvreg {
namespace {

std::string WithoutDot(std::string s) {
  while (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

const std::map<std::string, int>& MonthNames() {
  static const std::map<std::string, int> names = [] {
    std::map<std::string, int> table;
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale("sv", "SE"), status);
    if (U_FAILURE(status)) return table;
    const icu::DateFormatSymbols::DtContextType contexts[] = {icu::DateFormatSymbols::FORMAT,
                                                              icu::DateFormatSymbols::STANDALONE};
    const icu::DateFormatSymbols::DtWidthType widths[] = {icu::DateFormatSymbols::WIDE,
                                                          icu::DateFormatSymbols::ABBREVIATED};
    for (auto context : contexts) {
      for (auto width : widths) {
        int32_t count = 0;
        const icu::UnicodeString* months = symbols.getMonths(count, context, width);
        for (int32_t i = 0; i < count && i < 12; ++i) {
          std::string name;
          months[i].toUTF8String(name);
          table.emplace(WithoutDot(UnitKey(name)), i + 1);
        }
      }
    }
    return table;
  }();
  return names;
}

}  // namespace

int SwedishMonthNumber(const std::string& name) {
  const auto& names = MonthNames();
  static const size_t longest = [&] {
    size_t size = 0;
    for (const auto& entry : names) size = std::max(size, entry.first.size());
    return size;
  }();
  const std::string key = WithoutDot(UnitKey(name));
  if (key.size() > longest) return 0;  // neither a name nor the start of one
  auto it = names.lower_bound(key);
  if (it != names.end() && it->first == key) return it->second;
  // Other abbreviations are the start of one month's name ("sept." for september); the names
  // they start follow each other in the map from where the key would be.
  if (key.size() < 3) return 0;
  int month = 0;
  for (; it != names.end() && it->first.compare(0, key.size(), key) == 0; ++it) {
    if (month != 0 && month != it->second) return 0;  // ambiguous
    month = it->second;
  }
  return month;
}

std::optional<std::string> IsoDate(int year, int month, int day) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  if (day > days) return std::nullopt;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

}  // namespace kvreg
