// The status rules of domain.md on hand-made evidence.
#include "kvreg/participation_status.h"

#include <gtest/gtest.h>

namespace kvreg {
namespace {

EvidenceDocument Protocol(const std::string& meeting) {
  EvidenceDocument d;
  d.file = "p.pdf";
  d.doc_kind = "protocol_extract";
  d.role = "decided";
  d.has_decision = true;
  d.meeting_date = meeting;
  return d;
}

EvidenceDocument Report() {
  EvidenceDocument d;
  d.file = "tu.pdf";
  d.doc_kind = "official_report";
  d.role = "proposed";
  return d;
}

TEST(DecideStatus, AMeetingOnTheDeadlineIsInTime) {
  EXPECT_EQ(DecideStatus({Protocol("2024-06-28")}, "2024-06-28").status,
            ParticipationStatus::kReported);
}

TEST(DecideStatus, AMeetingAfterTheDeadlineIsLate) {
  const StatusVerdict v = DecideStatus({Report(), Protocol("2022-08-25")}, "2022-06-30");
  EXPECT_EQ(v.status, ParticipationStatus::kReportedLate);
  EXPECT_EQ(v.reason.rfind("meeting 2022-08-25 is after the report deadline 2022-06-30", 0), 0u);
}

TEST(DecideStatus, WithoutADeadlineADecisionIsReported) {
  EXPECT_EQ(DecideStatus({Protocol("2030-01-01")}, std::nullopt).status,
            ParticipationStatus::kReported);
}

TEST(DecideStatus, AReportAloneAwaitsADecision) {
  EXPECT_EQ(DecideStatus({Report()}, "2024-06-28").status, ParticipationStatus::kAwaitingDecision);
}

TEST(DecideStatus, AProtocolWithoutADecisionDoesNotReport) {
  EvidenceDocument agenda = Protocol("2024-03-01");
  agenda.has_decision = false;
  agenda.role = "notified";
  EXPECT_EQ(DecideStatus({agenda}, "2024-06-28").status, ParticipationStatus::kAwaitingDecision);
}

TEST(DecideStatus, AMentionAloneIsNotReported) {
  EvidenceDocument mention = Report();
  mention.role = "mentioned";
  EXPECT_EQ(DecideStatus({mention}, std::nullopt).status, ParticipationStatus::kNotReported);
}

TEST(DecideStatus, AProtocolOfAnotherBoardIsNotAReportToItsBoard) {
  EvidenceDocument other = Protocol("2024-05-23");
  other.board = "Södermalms stadsdelsnämnd";
  const StatusVerdict v =
      DecideStatus({other}, ReportDeadline{"2024-06-28", ""}, "Bromma stadsdelsnämnd");
  EXPECT_EQ(v.status, ParticipationStatus::kNotReported);
  EXPECT_NE(v.reason.find("Södermalms stadsdelsnämnd, not of Bromma stadsdelsnämnd"),
            std::string::npos)
      << v.reason;
  other.board = "Bromma stadsdelsnämnd";
  EXPECT_EQ(DecideStatus({other}, ReportDeadline{"2024-06-28", ""}, "Bromma stadsdelsnämnd").status,
            ParticipationStatus::kReported);
}

TEST(DecideStatus, TheReasonSaysWhereTheDeadlineCameFrom) {
  const StatusVerdict v =
      DecideStatus({Protocol("2023-08-24")},
                   ReportDeadline{"2023-06-30", "from the award-year table"}, std::nullopt);
  EXPECT_EQ(v.status, ParticipationStatus::kReportedLate);
  EXPECT_NE(v.reason.find("meeting 2023-08-24 is after the report deadline 2023-06-30 (from the "
                          "award-year table)"),
            std::string::npos)
      << v.reason;
}

// A report outside the documents (issue 14) follows the rules with its own date.
TEST(DecideReportedStatus, TheDateDecidesAndTheDocumentsAreCompared) {
  const ReportOutsideDocuments mail{"2023-06-28", "e-mail", "anna.k", "2023-07-02", "mail"};
  const ReportDeadline deadline{"2023-06-30", "from the award-year table"};
  std::optional<bool> agree;
  const StatusVerdict in_time = DecideReportedStatus(
      mail, deadline, DecideStatus({Report()}, deadline, std::nullopt), &agree);
  EXPECT_EQ(in_time.status, ParticipationStatus::kReported);
  EXPECT_EQ(
      in_time.reason.rfind("reported by e-mail 2023-06-28, corrected by anna.k 2023-07-02", 0), 0u)
      << in_time.reason;
  EXPECT_FALSE(agree.has_value()) << "a tjänsteutlåtande says nothing of the report";

  const ReportOutsideDocuments late{"2023-07-03", "", "bo", "2023-07-04", ""};
  const StatusVerdict after = DecideReportedStatus(
      late, deadline, DecideStatus({Protocol("2023-06-15")}, deadline, std::nullopt), &agree);
  EXPECT_EQ(after.status, ParticipationStatus::kReportedLate);
  EXPECT_NE(after.reason.find("reported outside the documents 2023-07-03"), std::string::npos);
  EXPECT_EQ(agree, std::optional<bool>(false)) << after.reason;
  EXPECT_NE(after.reason.find("the documents say otherwise"), std::string::npos);

  DecideReportedStatus(mail, deadline,
                       DecideStatus({Protocol("2023-06-15")}, deadline, std::nullopt), &agree);
  EXPECT_EQ(agree, std::optional<bool>(true));
}

}  // namespace
}  // namespace kvreg
