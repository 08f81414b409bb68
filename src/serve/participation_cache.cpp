// The overview's and the document links' cache (participation_cache.h).
#include "participation_cache.h"

#include <algorithm>

#include "kvreg/award_calendar.h"
#include "kvreg/unit_key.h"
#include "output.h"
#include "serve.h"

namespace kvreg::serve {
namespace {

// Adds each expected row of `year` that no participation matches, as not_reported (a name
// on the list is looked up among the register's spellings, so merged units are found).
void AddExpectedMissing(Register& reg, const std::vector<StoredExpectedRow>& rows,
                        std::optional<int> year, std::vector<ParticipationView>* views) {
  for (const StoredExpectedRow& row : rows) {
    if (year && row.year != *year) continue;
    std::string unit_name = row.unit;
    std::optional<UnitSummary> unit;
    if (reg.FindUnit(row.unit, &unit).ok() && unit) unit_name = unit->name;
    const std::string key = UnitKey(unit_name);
    const bool known = std::any_of(views->begin(), views->end(), [&](const ParticipationView& v) {
      return v.year == row.year && UnitKey(v.unit) == key;
    });
    if (known) continue;
    ParticipationView view;
    view.unit = unit_name;
    view.year = row.year;
    view.board = row.board;
    view.verdict = {ParticipationStatus::kNotReported,
                    "on the expected list (" + row.origin + ":" + std::to_string(row.line) +
                        "); no document about it is in the register"};
    views->push_back(std::move(view));
  }
}

}  // namespace

ParticipationCache::ParticipationCache(ServeContext& context) : context_(context) {}

ParticipationCache::~ParticipationCache() = default;

long long ParticipationCache::Version() {
  std::lock_guard<std::mutex> lock(version_mutex_);
  if (!watch_ && !Register::OpenForReading(context_.options.db, &watch_).ok()) return -1;
  long long version = -1;
  if (!watch_->DataVersion(&version).ok()) return -1;
  return version;
}

Status ParticipationCache::ComputeYear(std::optional<int> year, YearView* out) {
  std::optional<ServeContext::Reader> reg;
  Status s = context_.Read(&reg);
  if (!s.ok()) return s;
  ParticipationQuery query;
  query.year = year;
  s = (*reg)->Participations(query, AwardCalendarOf(*context_.patterns), &out->participations);
  std::vector<StoredExpectedRow> expected;
  if (s.ok()) s = (*reg)->ExpectedList(&expected);
  std::set<int> years;
  if (s.ok()) s = (*reg)->KnownAwardYears(&years);
  if (!s.ok()) return s;
  for (const StoredExpectedRow& row : expected) years.insert(row.year);
  out->years.assign(years.rbegin(), years.rend());
  out->expected_rows = static_cast<int>(expected.size());
  if (!expected.empty()) out->expected_origin = expected.front().origin;
  AddExpectedMissing(**reg, expected, year, &out->participations);
  cli::SortForReport(&out->participations);
  return Status::Ok();
}

Status ParticipationCache::Year(std::optional<int> year, std::shared_ptr<const YearView>* out) {
  std::lock_guard<std::mutex> lock(mutex_);
  Refresh();
  const int key = year.value_or(0);
  if (auto it = years_.find(key); it != years_.end()) {
    *out = it->second;
    return Status::Ok();
  }
  auto view = std::make_shared<YearView>();
  Status s = ComputeYear(year, view.get());
  if (!s.ok()) return s;
  years_[key] = view;
  *out = view;
  return Status::Ok();
}

void ParticipationCache::Refresh() {
  const long long version = Version();
  if (version == version_) return;
  years_.clear();
  documents_.reset();
  version_ = version;
}

Status ParticipationCache::ComputeDocuments(DocumentIndex* out) {
  if (!watch_) return Status::NotFound("there is no register at " + context_.options.db);
  Status s = watch_->Documents(&out->entries);
  if (!s.ok()) return s;
  for (const DocumentEntry& d : out->entries) out->ids[d.path] = d.id;
  return Status::Ok();
}

Status ParticipationCache::Documents(std::shared_ptr<const DocumentIndex>* out) {
  std::lock_guard<std::mutex> lock(mutex_);
  Refresh();
  if (!documents_) {
    auto documents = std::make_shared<DocumentIndex>();
    std::lock_guard<std::mutex> db_lock(version_mutex_);
    Status s = ComputeDocuments(documents.get());
    if (!s.ok()) return s;
    documents_ = documents;
  }
  *out = documents_;
  return Status::Ok();
}

std::shared_ptr<const DocumentIndex> ParticipationCache::Documents() {
  std::shared_ptr<const DocumentIndex> index;
  if (!Documents(&index).ok()) index = std::make_shared<DocumentIndex>();
  return index;
}

}  // namespace kvreg::serve
