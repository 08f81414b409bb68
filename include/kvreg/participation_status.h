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
  std::optional<std::string> board;  // the board the document belongs or is addressed to
  bool named_by_clerk = false;       // the clerk said it is about the unit (participation add
                                     // --document); extraction did not find the unit in it
};

// The report deadline of an award year and where it comes from ("stated in the year's
// documents", "from the award-year table"), for the reason.
struct ReportDeadline {
  std::optional<std::string> date;  // ISO
  std::string origin;
};

struct StatusVerdict {
  ParticipationStatus status = ParticipationStatus::kNotReported;
  std::string reason;
};

// `report_deadline` is the ISO report deadline of the award year, when known.
StatusVerdict DecideStatus(const std::vector<EvidenceDocument>& documents,
                           const std::optional<std::string>& report_deadline);

// As above; a protocol counts only when it is of the participation's `board` (where both
// boards are known): domain.md's "reported to its board".
StatusVerdict DecideStatus(const std::vector<EvidenceDocument>& documents,
                           const ReportDeadline& report_deadline,
                           const std::optional<std::string>& board);

// A report to the board made outside the documents (by e-mail, on paper), as a clerk
// recorded it (kvreg participation report).
struct ReportOutsideDocuments {
  std::string date;     // ISO date it was reported
  std::string channel;  // "e-mail", "paper", ... or empty
  std::string by;       // the clerk who recorded it
  std::string at;       // ISO date the clerk recorded it
  std::string note;     // the clerk's reason
};

// The status a report outside the documents gives, by domain.md's rules with its date for
// the meeting's: reported on or before the report deadline, reported_late after it. The
// reason names the clerk ("reported by e-mail 2023-06-28, corrected by anna.k 2023-07-02")
// and what the documents alone say: that they agree, or that they say otherwise.
// *documents_agree is set when the documents alone give reported or reported_late.
StatusVerdict DecideReportedStatus(const ReportOutsideDocuments& report,
                                   const ReportDeadline& report_deadline,
                                   const StatusVerdict& from_documents,
                                   std::optional<bool>* documents_agree);

// "reported by e-mail 2023-06-28, corrected by anna.k 2023-07-02".
std::string ReportSummary(const ReportOutsideDocuments& report);

}  // namespace kvreg
