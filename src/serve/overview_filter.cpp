// The overview's selection (overview_filter.h).
#include "overview_filter.h"

#include "html.h"

namespace kvreg::serve {

OverviewFilter OverviewFilter::FromRequest(const httplib::Request& req) {
  // The pages' Swedish names, or the API's English ones.
  auto either = [&req](const char* swedish, const char* english) {
    std::string value = Field(req, swedish);
    return value.empty() ? Field(req, english) : value;
  };
  OverviewFilter filter;
  filter.year = IntField(req, "ar");
  if (!filter.year) filter.year = IntField(req, "year");
  filter.board = either("namnd", "board");
  filter.competition_class = either("klass", "class");
  filter.status = either("status", "status");
  return filter;
}

std::string OverviewFilter::QueryString() const {
  std::string out;
  auto add = [&out](const char* key, const std::string& value) {
    if (!value.empty()) out += std::string(out.empty() ? "" : "&") + key + "=" + UrlEncode(value);
  };
  add("ar", year ? std::to_string(*year) : "");
  add("namnd", board);
  add("klass", competition_class);
  add("status", status);
  return out;
}

bool OverviewFilter::Matches(const ParticipationView& view) const {
  if (!board.empty() && view.board.value_or("") != board) return false;
  if (!competition_class.empty() && view.competition_class.value_or("") != competition_class) {
    return false;
  }
  return status.empty() || StatusName(view.verdict.status) == status;
}

std::vector<const ParticipationView*> Select(const std::vector<ParticipationView>& views,
                                             const OverviewFilter& filter) {
  std::vector<const ParticipationView*> out;
  for (const ParticipationView& view : views) {
    if (filter.Matches(view)) out.push_back(&view);
  }
  return out;
}

}  // namespace kvreg::serve
