// The register's internals shared by its corrections, audit and review files (private to
// src/): the transaction helper, an audit log row, the target of a correction, and reading
// the corrections that hold for a set of participations.
#pragma once

#include <sqlite3.h>

#include <ctime>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "kvreg/register.h"

namespace kvreg {

// Now, UTC, as "2024-06-28T10:15:00Z".
inline std::string NowUtcTimestamp() {
  std::time_t now = std::time(nullptr);
  std::tm tm_utc;
  gmtime_r(&now, &tm_utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm_utc);
  return buffer;
}

template <typename Body>
Status Register::InTransaction(Body body) {
  if (in_batch_) return Status::Error("register: a clerk's change cannot join an import batch");
  Status began = Exec("BEGIN IMMEDIATE");
  if (!began.ok()) return began.WithContext("register: ");
  Status done = body();
  if (done.ok()) done = Exec("COMMIT");
  if (!done.ok()) Exec("ROLLBACK");
  return done;
}

struct Register::AuditRow {
  std::string action;  // merge, rename, participation_add, ... (the CHECK of audit_log)
  ChangeAuthor author;
  std::optional<long long> unit_id;
  std::optional<std::string> unit, unit_key;
  std::optional<int> year;
  std::optional<std::string> board;
  std::string before_json = "null", after_json = "null";
  std::optional<long long> undoes;
};

struct Register::CorrectionTarget {
  long long unit_id = 0;
  std::string unit;  // the name the register shows
  // The participation row, when there is one, and whether it shows now (not removed, and
  // resting on a document or a clerk's add).
  std::optional<long long> participation_id;
  bool shown = false;
  std::optional<std::string> board;  // the board it shows
};

// A correction row that holds (not revoked), with its audit row's who, when and why.
struct ActiveCorrection {
  long long id = 0, change = 0;
  std::string kind;
  std::optional<std::string> board, competition_class, value, report_date, channel;
  std::optional<long long> document_id;
  long long documents_seen = 0;
  std::string by, at, note;
};

// The corrections that hold for one participation: its latest add or remove, its latest
// report, and the unit's fields a clerk set.
struct ParticipationCorrections {
  std::optional<ActiveCorrection> presence;  // kind add or remove
  std::optional<ActiveCorrection> report;
  std::vector<ActiveCorrection> unit_fields;  // unit_class, unit_department, unit_operator
};

// The corrections of each participation in `participation_ids` (a JSON array of ids), by id.
Status LoadParticipationCorrections(sqlite3* db, const std::string& participation_ids,
                                    std::unordered_map<long long, ParticipationCorrections>* out);

// Applies the clerk's word to a view whose documents are read: its board, class, department
// and operator; then decides the status from the documents (DecideStatus) and the clerk's word
// (a report outside them, an added or removed participation). Each correction that holds is
// marked in view->corrections and named in the reason.
void ApplyCorrections(const ParticipationCorrections& corrections, const ReportDeadline& deadline,
                      ParticipationView* view);

// "2023-07-02" of "2023-07-02T10:00:00Z".
inline std::string DayOf(const std::string& timestamp) { return timestamp.substr(0, 10); }

}  // namespace kvreg
