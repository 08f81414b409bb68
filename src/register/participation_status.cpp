// The status rules of domain.md, "What 'reported to its board' means in the register".
#include "kvreg/participation_status.h"

#include <algorithm>

namespace kvreg {

std::string StatusName(ParticipationStatus status) {
  switch (status) {
    case ParticipationStatus::kReported:
      return "reported";
    case ParticipationStatus::kReportedLate:
      return "reported_late";
    case ParticipationStatus::kAwaitingDecision:
      return "awaiting_decision";
    case ParticipationStatus::kNotReported:
      return "not_reported";
  }
  return "not_reported";
}

StatusVerdict DecideStatus(const std::vector<EvidenceDocument>& documents,
                           const std::optional<std::string>& report_deadline) {
  return DecideStatus(documents, ReportDeadline{report_deadline, ""}, std::nullopt);
}

StatusVerdict DecideStatus(const std::vector<EvidenceDocument>& documents,
                           const ReportDeadline& deadline,
                           const std::optional<std::string>& board) {
  const std::optional<std::string>& report_deadline = deadline.date;
  const std::string deadline_origin = deadline.origin.empty() ? "" : " (" + deadline.origin + ")";
  auto of_other_board = [&](const EvidenceDocument& d) {
    return board && d.board && *board != *d.board;
  };
  // A protocol of the board recording the matter with a decision.
  std::optional<std::string> earliest_meeting;
  const EvidenceDocument* protocol = nullptr;
  const EvidenceDocument* other_board_protocol = nullptr;
  bool protocol_without_date = false;
  for (const EvidenceDocument& d : documents) {
    if (d.doc_kind != "protocol_extract" || !d.has_decision) continue;
    if (d.role != "decided" && d.role != "linked") continue;
    if (of_other_board(d)) {
      other_board_protocol = &d;
      continue;
    }
    if (protocol == nullptr) protocol = &d;
    if (!d.meeting_date) {
      protocol_without_date = true;
    } else if (!earliest_meeting || *d.meeting_date < *earliest_meeting) {
      earliest_meeting = d.meeting_date;
      protocol = &d;
    }
  }
  if (protocol != nullptr) {
    const std::string where =
        " (" + protocol->file + (protocol->paragraph ? " " + *protocol->paragraph : "") + ")";
    if (earliest_meeting && report_deadline && *earliest_meeting > *report_deadline &&
        !protocol_without_date) {
      return {ParticipationStatus::kReportedLate, "meeting " + *earliest_meeting +
                                                      " is after the report deadline " +
                                                      *report_deadline + deadline_origin + where};
    }
    if (earliest_meeting && report_deadline) {
      return {ParticipationStatus::kReported, "decided at the meeting of " + *earliest_meeting +
                                                  ", on or before the report deadline " +
                                                  *report_deadline + deadline_origin + where};
    }
    std::string reason = "decided by the board" + where;
    if (!earliest_meeting) reason += "; the meeting date is not known";
    if (!report_deadline) reason += "; no report deadline is known for the year";
    return {ParticipationStatus::kReported, reason};
  }
  const std::string elsewhere = other_board_protocol
                                    ? "; the protocol " + other_board_protocol->file + " is of " +
                                          *other_board_protocol->board + ", not of " + *board
                                    : "";
  for (const EvidenceDocument& d : documents) {
    if ((d.role == "proposed" || d.role == "notified") && !of_other_board(d)) {
      const std::string what = d.doc_kind == "official_report"    ? "a tjänsteutlåtande"
                               : d.doc_kind == "notification"     ? "an anmälan"
                               : d.doc_kind == "protocol_extract" ? "a protocol without a decision"
                                                                  : "a document";
      return {ParticipationStatus::kAwaitingDecision, "only " + what + " to the board (" + d.file +
                                                          "), no protocol with a decision" +
                                                          elsewhere};
    }
  }
  for (const EvidenceDocument& d : documents) {
    if (d.role == "mentioned") {
      return {ParticipationStatus::kNotReported, "only mentioned as a participation in " + d.file +
                                                     "; no document to its board" + elsewhere};
    }
  }
  if (other_board_protocol) {
    return {ParticipationStatus::kNotReported, "no document to its board" + elsewhere};
  }
  return {ParticipationStatus::kNotReported,
          "on the expected list; no document about it is in the register"};
}

std::string ReportSummary(const ReportOutsideDocuments& report) {
  const std::string how = report.channel.empty() ? "outside the documents" : "by " + report.channel;
  return "reported " + how + " " + report.date + ", corrected by " + report.by + " " + report.at;
}

StatusVerdict DecideReportedStatus(const ReportOutsideDocuments& report,
                                   const ReportDeadline& deadline,
                                   const StatusVerdict& from_documents,
                                   std::optional<bool>* documents_agree) {
  const std::string origin = deadline.origin.empty() ? "" : " (" + deadline.origin + ")";
  StatusVerdict verdict;
  verdict.reason = ReportSummary(report) + (report.note.empty() ? "" : ": " + report.note);
  if (deadline.date && report.date > *deadline.date) {
    verdict.status = ParticipationStatus::kReportedLate;
    verdict.reason += "; after the report deadline " + *deadline.date + origin;
  } else {
    verdict.status = ParticipationStatus::kReported;
    verdict.reason += deadline.date
                          ? "; on or before the report deadline " + *deadline.date + origin
                          : "; no report deadline is known for the year";
  }
  documents_agree->reset();
  const bool documents_speak = from_documents.status == ParticipationStatus::kReported ||
                               from_documents.status == ParticipationStatus::kReportedLate;
  if (documents_speak) {
    *documents_agree = from_documents.status == verdict.status;
    verdict.reason +=
        (**documents_agree ? "; the documents agree: " : "; the documents say otherwise: ") +
        from_documents.reason;
  }
  return verdict;
}

}  // namespace kvreg
