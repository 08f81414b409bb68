// Every corpus document's extraction equals its gold file, field by field. The gold files
// (corpus/*.expected.json) were written by hand from the documents; `source.text` and the
// date's printed `text` are provenance and not compared, their pages are.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <tuple>

#include "kvreg/extract.h"
#include "kvreg/record_json.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::RealPatterns;
using testing::SourcePath;

std::vector<std::string> GoldFiles() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(SourcePath("corpus"))) {
    const std::string file = entry.path().filename().string();
    const std::string suffix = ".expected.json";
    if (file.size() > suffix.size() &&
        file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0) {
      names.push_back(file.substr(0, file.size() - suffix.size()));
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

class CorpusGold : public ::testing::TestWithParam<std::string> {};

TEST_P(CorpusGold, ExtractionEqualsGold) {
  const std::string name = GetParam();
  std::ifstream in(SourcePath("corpus/" + name + ".expected.json"));
  ASSERT_TRUE(in) << name;
  Record gold;
  ASSERT_TRUE(RecordFromJson(nlohmann::json::parse(in), &gold).ok());
  const Record got = ExtractFile(RealPatterns(), SourcePath("corpus/" + name + ".pdf"));

  EXPECT_EQ(got.sha256, gold.sha256) << "sha256";
  EXPECT_EQ(got.pages, gold.pages) << "pages";
  EXPECT_EQ(got.error, gold.error) << "error";
  EXPECT_EQ(got.doc_kind, gold.doc_kind) << "doc_kind";
  EXPECT_EQ(got.board, gold.board) << "board";
  EXPECT_EQ(got.administration, gold.administration) << "administration";
  EXPECT_EQ(got.diary_numbers, gold.diary_numbers) << "diary_numbers";
  EXPECT_EQ(got.paragraph, gold.paragraph) << "paragraph";
  EXPECT_EQ(got.award_year, gold.award_year) << "award_year";
  EXPECT_EQ(got.meeting_date, gold.meeting_date) << "meeting_date";
  EXPECT_EQ(got.document_date, gold.document_date) << "document_date";
  EXPECT_EQ(got.decision, gold.decision) << "decision";
  EXPECT_EQ(got.proposal, gold.proposal) << "proposal";

  auto units = [](const Record& r) {
    std::vector<std::string> out;
    for (const UnitMention& u : r.units) {
      out.push_back(u.name + " | department=" + u.department.value_or("null") +
                    " | class=" + u.competition_class.value_or("null") + " | operator=" +
                    u.operator_name.value_or("null") + " | page=" + std::to_string(u.source.page));
    }
    return out;
  };
  EXPECT_EQ(units(got), units(gold)) << "units";

  auto dates = [](const Record& r) {
    std::set<std::string> out;
    for (const DatedStatement& d : r.dates) {
      out.insert(d.role + " " + d.date + (d.year_inferred ? " inferred" : "") + " page " +
                 std::to_string(d.source.page));
    }
    return out;
  };
  EXPECT_EQ(dates(got), dates(gold)) << "dates";

  auto prior = [](const Record& r) {
    std::vector<std::string> out;
    for (const PriorParticipation& p : r.prior_participation) {
      std::string line = p.unit + ":";
      for (int y : p.years) line += " " + std::to_string(y);
      out.push_back(line);
    }
    return out;
  };
  EXPECT_EQ(prior(got), prior(gold)) << "prior_participation";
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusGold, ::testing::ValuesIn(GoldFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string id = info.param;
                           std::replace_if(
                               id.begin(), id.end(),
                               [](char c) { return !isalnum(static_cast<unsigned char>(c)); }, '_');
                           return id;
                         });

TEST(CorpusGold, CorpusHasTheSeedsAndTenMore) { EXPECT_GE(GoldFiles().size(), 15u); }

}  // namespace
}  // namespace kvreg
