// How the command line shows participations and records: JSON Lines for scripts, aligned
// text for a clerk's terminal.
#pragma once

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <vector>

#include "kvreg/record.h"
#include "kvreg/register.h"

namespace kvreg::cli {

// `json` as the command line writes it: on one line (indent < 0, JSON Lines) or indented by
// `indent` spaces. Bytes that are not UTF-8 (a Latin-1 file name, which import accepts) become
// U+FFFD instead of throwing: every JSON the command line prints goes through here.
std::string JsonText(const nlohmann::ordered_json& json, int indent = -1);

nlohmann::ordered_json ParticipationToJson(const ParticipationView& view, bool with_reason);
void PrintRecordSummary(std::ostream& out, const Record& record);
// Participations grouped by year, with status, reason (when asked) and documents.
void PrintParticipations(std::ostream& out, const std::vector<ParticipationView>& views,
                         bool with_reason);

// The status as a clerk reads it in a table: "anmäld", "anmäld för sent", "väntar på beslut",
// "ej anmäld".
std::string StatusLabel(ParticipationStatus status);
// The same for a participation, marked "(rättad)" when it rests on a clerk's correction.
std::string StatusLabel(const ParticipationView& view);
// The documents of a participation on one line: "file § 23 (2024-03-21); other-file".
std::string EvidenceSummary(const ParticipationView& view);
// What rests on a clerk's corrections, on one line ("" when nothing does).
std::string CorrectionSummary(const ParticipationView& view);
// Boards in Swedish order (Å Ä Ö after Z), then units in Swedish order, then years.
void SortForReport(std::vector<ParticipationView>* views);
// The participations as CSV for a Swedish Excel (BOM, ';', CRLF).
void WriteParticipationsCsv(std::ostream& out, const std::vector<ParticipationView>& views);

}  // namespace kvreg::cli
