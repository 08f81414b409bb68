// Checking what a clerk types for a correction or a review: a board (resolved to its canonical
// name the way documents' boards are, through patterns/boards.tsv, any case), an award year
// (one the award-year table or the register knows), a date (ISO, a real day) and a reason.
// Each failure says what was wrong and what is expected, in one line. Thread-safe.
#pragma once

#include <string>

#include "kvreg/patterns.h"
#include "kvreg/register.h"
#include "kvreg/status.h"

namespace kvreg {

// The canonical name of the board `printed` names (a board, its administration or another
// name of it, any case), or an error naming an example.
Status ResolveBoardName(const PatternSet& patterns, const std::string& printed,
                        std::string* canonical);

// Ok when `year` is an award year patterns/award_years.tsv or the register's documents know.
Status CheckAwardYear(const PatternSet& patterns, Register& reg, int year);

// Ok when `text` is an ISO date (yyyy-mm-dd) of a real day.
Status CheckIsoDate(const std::string& text);

}  // namespace kvreg
