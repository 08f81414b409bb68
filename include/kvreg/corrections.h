// Corrections and the audit trail: the clerk's word on the register (issue 14). A correction
// (a participation added, removed or reported outside the documents; a unit's class,
// department or operator set) wins over what extraction reads, across re-extraction,
// re-import, merges and renames. Every change a person makes is a row of the append-only
// audit log, with who, when, why and the values before and after; an undo adds the inverse.
// Plain data; the Register (register.h) writes and reads them.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kvreg {

// Who makes a change and why. `by` empty: "unknown" (the command line fills in the login name).
struct ChangeAuthor {
  std::string by;
  std::string note;
};

// A correction of one participation (unit, award year). `board` is the canonical board name
// (ResolveBoardName); what else is used depends on the kind of correction.
struct ParticipationCorrection {
  int year = 0;
  std::string board;
  std::string unit;
  bool new_unit = false;  // add: the unit may be one the register has never seen
  std::optional<std::string> competition_class;  // add: the class it competes in
  std::optional<std::string> document;           // add: a file name or SHA-256 it rests on
  std::string report_date;                       // report: ISO date it was reported
  std::string channel;                           // report: "e-mail", "paper", ... (may be empty)
};

// What a participation shown by verify, report, history or export owes to a clerk.
struct CorrectionNote {
  long long change = 0;  // the audit log row that made it
  std::string kind;      // added, reported, class, department, operator, board
  std::string by, at, note;
  std::string summary;  // "reported by e-mail 2023-06-28, corrected by anna.k 2023-07-02"
};

// A unit's field a clerk can set (kvreg units set).
enum class UnitField { kClass, kDepartment, kOperator };

// One row of the audit log.
struct AuditEntry {
  long long id = 0;
  std::string at, by, action;
  std::optional<std::string> unit;
  std::optional<int> year;
  std::optional<std::string> board;
  std::string note;
  std::string before_json, after_json;  // "null" when there was nothing before / after
  std::optional<long long> undoes;      // for an undo: the change it reverts
  std::optional<long long> undone_by;   // the undo that reverted this change, if any
};

}  // namespace kvreg
