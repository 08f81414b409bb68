// The bridge between the patterns and the register for award years: the register reads report
// deadlines as plain data (AwardCalendar), the patterns hold them in award_years.tsv. Header
// only, so that neither library depends on the other.
#pragma once

#include "kvreg/patterns.h"
#include "kvreg/register.h"

namespace kvreg {

// The report deadlines of patterns/award_years.tsv.
inline AwardCalendar AwardCalendarOf(const PatternSet& patterns) {
  AwardCalendar calendar;
  for (const auto& [year, dates] : patterns.award_years()) {
    calendar.report_deadlines[year] = dates.report_deadline;
  }
  return calendar;
}

}  // namespace kvreg
