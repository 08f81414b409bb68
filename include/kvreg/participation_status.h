// ParticipationStatus: whether a participation (unit, award year) was reported to its board,
// as ../shared/spec/domain.md defines it, with the reason in words. A pure function of the
// facts the register holds; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kvreg {

enum class ParticipationStatus { kReported, kReportedLate, kAwaitingDecision, kNotReported };

std::string StatusName(ParticipationStatus status);  // "reported", "reported_late", ...

// A document a participation rests on, as the status needs it.
struct EvidenceDocument {
  std::string file;
  int page = 0;
  std::string doc_kind;
  std::string role;  // decided, proposed, notified, mentioned, linked (same diary number)
  std::optional<std::string> diary_number;
  std::optional<std::string> paragraph;
  std::optional<std::string> meeting_date;
  bool has_decision = false;
};

struct StatusVerdict {
  ParticipationStatus status = ParticipationStatus::kNotReported;
  std::string reason;
};

// `report_deadline` is the ISO report deadline of the award year, when known.
StatusVerdict DecideStatus(const std::vector<EvidenceDocument>& documents,
                           const std::optional<std::string>& report_deadline);

}  // namespace kvreg
