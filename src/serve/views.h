// Parts shared by several pages and API routes of kvreg serve: the table of participations
// with links to units and documents, the fields naming who makes a change and why, and the
// JSON shapes of the commands' --json (units list, review, log) for the API.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kvreg/corrections.h"
#include "kvreg/register.h"
#include "kvreg/review.h"
#include "participation_cache.h"

namespace kvreg::serve {

// Links to the documents a participation rests on (or "endast förväntad").
std::string DocumentLinks(const DocumentIndex& index, const ParticipationView& view);
// Rows [first, first + count) of `rows` as a table, the unit first; with `show_year` the year
// instead of the unit (a unit's history).
std::string ParticipationTable(const DocumentIndex& index,
                               const std::vector<const ParticipationView*>& rows, int first,
                               int count, bool show_year);

// The inputs "Ditt namn" (by) and "Varför" (note) of a change; `note_required` for the
// corrections, which need a reason.
std::string AuthorInputs(bool note_required);
// Who and why from a request's by and note fields ("webb" when no name is given).
ChangeAuthor AuthorFrom(const httplib::Request& req);

// The JSON of kvreg units --json, kvreg review --json and kvreg log --json.
nlohmann::ordered_json UnitToJson(const UnitSummary& unit);
nlohmann::ordered_json ReviewItemToJson(const ReviewItem& item);
nlohmann::ordered_json AuditEntryToJson(const AuditEntry& entry);

// The audit trail as a table, newest first, with an undo form per change that can be undone
// (none when read-only).
std::string AuditTable(const ServeContext& context, const std::vector<AuditEntry>& entries,
                       const std::string& back);

}  // namespace kvreg::serve

namespace kvreg::serve {

// What the clerk may correct about a participation, as forms posting to /api/participation/…:
// add (with class), remove, report (date, channel). Fields given are filled in; each form
// needs a reason. Empty when read-only.
struct CorrectionTarget {
  std::optional<int> year;
  std::optional<std::string> board, unit;
};
std::string CorrectionForms(const ServeContext& context, const PatternSet& patterns,
                            const CorrectionTarget& target, const std::string& back,
                            const std::string& summary = "Rätta");
// Registers the POST routes of every change: corrections, review done, undo, units.
void AddChangeRoutes(httplib::Server& server, ServeContext& context);

}  // namespace kvreg::serve
