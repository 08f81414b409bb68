// How the command line shows participations and records: JSON Lines for scripts, aligned
// text for a clerk's terminal.
#pragma once

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <vector>

#include "kvreg/record.h"
#include "kvreg/register.h"

namespace kvreg::cli {

nlohmann::ordered_json ParticipationToJson(const ParticipationView& view, bool with_reason);
void PrintRecordSummary(std::ostream& out, const Record& record);
// Participations grouped by year, with status, reason (when asked) and documents.
void PrintParticipations(std::ostream& out, const std::vector<ParticipationView>& views,
                         bool with_reason);

}  // namespace kvreg::cli
