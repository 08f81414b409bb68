// Swedish dates as documents write them ("17 maj 2024", "3 okt. 2024", "den 17 maj",
// "2024-03-26", "26/3 2024"), turned into ISO dates. Month names are parsed with ICU's Swedish
// locale data. Thread-safe (formatters are created per call... and cached per thread).
#pragma once

#include <optional>
#include <string>

namespace kvreg {

// The month number (1-12) of a Swedish month name or abbreviation ("maj", "okt.", "Oktober"),
// or 0.
int SwedishMonthNumber(const std::string& name);

// "yyyy-mm-dd" for a valid calendar date, else nullopt.
std::optional<std::string> IsoDate(int year, int month, int day);

}  // namespace kvreg
