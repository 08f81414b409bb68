// import -> history -> verify over the corpus: the statuses of domain.md for the multi-year
// scenario described in corpus/README.md, each resting on its documents.
#include <gtest/gtest.h>

#include <map>

#include "kvreg/award_calendar.h"
#include "kvreg/import.h"
#include "kvreg/register.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::RealPatterns;
using testing::SourcePath;
using testing::TempDir;
using testing::TopCorpusFiles;

class CorpusRegister : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    ASSERT_TRUE(Register::Open(dir_->Path("register.sqlite"), &reg_).ok());
    ImportOptions options;
    options.workers = 2;
    ImportSummary summary;
    ASSERT_TRUE(
        ImportPaths(
            *reg_, RealPatterns(), TopCorpusFiles(), options, [](const FileResult&) {}, &summary)
            .ok());
    ASSERT_EQ(summary.failed, 0);
    ASSERT_GE(summary.imported, 15);
  }
  static void TearDownTestSuite() {
    reg_.reset();
    delete dir_;
  }

  // (year, unit) -> status name
  std::map<std::pair<int, std::string>, ParticipationView> All() {
    std::vector<ParticipationView> views;
    EXPECT_TRUE(reg_->Participations({}, AwardCalendarOf(RealPatterns()), &views).ok());
    std::map<std::pair<int, std::string>, ParticipationView> out;
    for (auto& v : views) out[{v.year, v.unit}] = v;
    return out;
  }

  static TempDir* dir_;
  static std::unique_ptr<Register> reg_;
};
TempDir* CorpusRegister::dir_ = nullptr;
std::unique_ptr<Register> CorpusRegister::reg_;

TEST_F(CorpusRegister, StatusesFollowTheDomainRules) {
  const std::map<std::pair<int, std::string>, std::string> expected = {
      {{2019, "Hemtjänsten Vällingby"}, "not_reported"},
      {{2021, "Hemtjänsten Vällingby"}, "reported"},
      {{2022, "Hemtjänsten Vällingby"}, "reported_late"},
      {{2023, "Hemtjänsten Vällingby"}, "awaiting_decision"},
      {{2022, "Förskolan Solrosen"}, "reported"},
      {{2023, "Förskolan Solrosen"}, "reported"},
      {{2023, "Förskolan Tallkotten"}, "reported"},
      {{2018, "Familjecentrum Rinkeby"}, "reported_late"},
      {{2016, "Familjecentrum Rinkeby"}, "not_reported"},
      {{2024, "Enheten för arbete och försörjning"}, "reported"},
      {{2023, "Enheten för arbete och försörjning"}, "awaiting_decision"},
      {{2022, "Enheten för arbete och försörjning"}, "not_reported"},
      {{2024, "Utvecklingsenheten"}, "awaiting_decision"},
  };
  const auto all = All();
  for (const auto& [key, status] : expected) {
    auto it = all.find(key);
    ASSERT_NE(it, all.end()) << key.first << " " << key.second;
    EXPECT_EQ(StatusName(it->second.verdict.status), status)
        << key.first << " " << key.second << ": " << it->second.verdict.reason;
    EXPECT_FALSE(it->second.documents.empty()) << key.first << " " << key.second;
  }
}

TEST_F(CorpusRegister, ALateReportNamesTheMeetingAndTheDeadline) {
  const auto all = All();
  const auto& late = all.at({2022, "Hemtjänsten Vällingby"});
  EXPECT_NE(late.verdict.reason.find("2022-08-25"), std::string::npos) << late.verdict.reason;
  EXPECT_NE(late.verdict.reason.find("2022-06-30"), std::string::npos) << late.verdict.reason;
  bool linked_protocol = false;
  for (const auto& d : late.documents) {
    linked_protocol = linked_protocol || (d.role == "linked" && d.paragraph == "§ 62");
  }
  EXPECT_TRUE(linked_protocol) << "the protocol carries the diary number, not the unit's name";
}

TEST_F(CorpusRegister, HistoryFindsAUnitByAGenitivePartOfItsName) {
  ParticipationQuery query;
  query.unit_query = "hemtjänsten vällingbys";
  std::vector<ParticipationView> views;
  ASSERT_TRUE(reg_->Participations(query, AwardCalendarOf(RealPatterns()), &views).ok());
  std::vector<int> years;
  for (const auto& v : views) years.push_back(v.year);
  EXPECT_EQ(years, (std::vector<int>{2019, 2021, 2022, 2023}));
}

TEST_F(CorpusRegister, ImportingTheCorpusAgainChangesNothing) {
  ImportOptions options;
  ImportSummary summary;
  ASSERT_TRUE(
      ImportPaths(
          *reg_, RealPatterns(), TopCorpusFiles(), options, [](const FileResult&) {}, &summary)
          .ok());
  EXPECT_EQ(summary.imported, 0);
  EXPECT_EQ(summary.failed, 0);
  EXPECT_GE(summary.unchanged, 15);
}

}  // namespace
}  // namespace kvreg
