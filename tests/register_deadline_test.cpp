// The report deadline of a year: from the year's documents where they state one, else from
// patterns/award_years.tsv; the reason says which.
#include <gtest/gtest.h>

#include "kvreg/award_calendar.h"
#include "kvreg/import.h"
#include "kvreg/register.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::RealPatterns;
using testing::SourcePath;
using testing::TempDir;

std::vector<ParticipationView> ImportAndVerify(
    const std::vector<std::string>& files, int year,
    const AwardCalendar& calendar = AwardCalendarOf(RealPatterns())) {
  TempDir dir;
  std::unique_ptr<Register> reg;
  EXPECT_TRUE(Register::Open(dir.Path("r.sqlite"), &reg).ok());
  std::vector<std::string> paths;
  for (const auto& f : files) paths.push_back(SourcePath("corpus/" + f));
  ImportOptions options;
  ImportSummary summary;
  EXPECT_TRUE(ImportPaths(
                  *reg, RealPatterns(), paths, options, [](const FileResult&) {}, &summary)
                  .ok());
  ParticipationQuery query;
  query.year = year;
  std::vector<ParticipationView> views;
  EXPECT_TRUE(reg->Participations(query, calendar, &views).ok());
  return views;
}

TEST(ReportDeadline, ComesFromTheAwardYearTableWhenNoDocumentStatesIt) {
  const auto views = ImportAndVerify({"reg-enskede-2023-p31.pdf"}, 2023);
  ASSERT_EQ(views.size(), 2u);
  for (const auto& v : views) {
    EXPECT_EQ(StatusName(v.verdict.status), "reported") << v.unit;
    EXPECT_NE(v.verdict.reason.find("2023-06-30 (from the award-year table)"), std::string::npos)
        << v.verdict.reason;
  }
}

TEST(ReportDeadline, ADocumentOfTheYearWinsOverTheTable) {
  const auto views = ImportAndVerify({"reg-enskede-2023-p31.pdf", "skarpnack-2023-p52.pdf"}, 2023);
  ASSERT_EQ(views.size(), 4u);
  for (const auto& v : views) {
    EXPECT_NE(v.verdict.reason.find("(stated in the year's documents)"), std::string::npos)
        << v.verdict.reason;
  }
}

TEST(ReportDeadline, AYearWithoutAnyKnownDeadlineSaysSo) {
  const auto views = ImportAndVerify({"bromma-2024-p23.pdf"}, 2024, {});
  ASSERT_EQ(views.size(), 2u);
  EXPECT_EQ(StatusName(views[0].verdict.status), "reported");
  EXPECT_NE(views[0].verdict.reason.find("no report deadline is known"), std::string::npos)
      << views[0].verdict.reason;
}

}  // namespace
}  // namespace kvreg
