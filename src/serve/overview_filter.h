// The selection the overview shows and the export writes: a year, and optionally a board, a
// class and a status, from the query string (?ar=2024&namnd=…&klass=…&status=reported, or
// the API's ?year=&board=&class=&status=).
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <vector>

#include "kvreg/register.h"

namespace kvreg::serve {

struct OverviewFilter {
  std::optional<int> year;  // nullopt: the newest year known (the overview), every year (export)
  std::string board, competition_class, status;  // empty: any

  static OverviewFilter FromRequest(const httplib::Request& req);
  // The query string that gives this filter back ("ar=2024&namnd=…"), without the '?'.
  std::string QueryString() const;
  bool Matches(const ParticipationView& view) const;
};

// The views `filter` selects, in their order.
std::vector<const ParticipationView*> Select(const std::vector<ParticipationView>& views,
                                             const OverviewFilter& filter);

}  // namespace kvreg::serve
