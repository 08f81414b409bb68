// The register commands end to end over the whole corpus: every participation's status
// (corpus/expected-statuses.csv, issue 4 acceptance 1), report, export, search, units and
// reextract.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "test_support.h"

namespace kvreg {
namespace {

using nlohmann::json;
using testing::JsonLines;
using testing::Quote;
using testing::RunKvreg;
using testing::SourcePath;
using testing::TempDir;
using testing::TopCorpusArguments;

class RegisterCommands : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    db_ = Quote(dir_->Path("r.sqlite"));
    const auto r = RunKvreg("import --jobs 2 --db " + db_ + " " + TopCorpusArguments());
    ASSERT_EQ(r.exit_code, 0);
  }
  static void TearDownTestSuite() { delete dir_; }
  static TempDir* dir_;
  static std::string db_;
};
TempDir* RegisterCommands::dir_ = nullptr;
std::string RegisterCommands::db_;

// Acceptance 1: the statuses of every participation the corpus and the clerk's list give.
TEST_F(RegisterCommands, EveryParticipationHasTheStatusTheScenarioSays) {
  std::map<std::string, std::string> expected;  // "year;board;unit" -> status
  std::ifstream in(SourcePath("corpus/expected-statuses.csv"));
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    const size_t last = line.rfind(';');
    expected[line.substr(0, last)] = line.substr(last + 1);
  }
  ASSERT_GE(expected.size(), 45u);

  const auto r = RunKvreg("verify --json --db " + db_ + " --expected " +
                          Quote(SourcePath("corpus/expected-participations.csv")));
  ASSERT_EQ(r.exit_code, 0);
  std::map<std::string, std::string> got;
  for (const json& row : JsonLines(r.output)) {
    const std::string key = std::to_string(row["year"].get<int>()) + ";" +
                            row["board"].get<std::string>() + ";" + row["unit"].get<std::string>();
    got[key] = row["status"];
    EXPECT_FALSE(row["reason"].get<std::string>().empty()) << key;
    if (row["status"] != "not_reported" || row["documents"].empty()) continue;
    EXPECT_EQ(row["documents"][0]["role"], "mentioned") << key;
  }
  EXPECT_EQ(got, expected);
}

TEST_F(RegisterCommands, TwoSpellingsOfOneUnitAreOneUnit) {
  const auto r = RunKvreg("history --json --db " + db_ + " 'Relationsvåldscentrum Söders'");
  const auto rows = JsonLines(r.output);
  ASSERT_EQ(rows.size(), 2u);
  for (const auto& row : rows) EXPECT_EQ(row["unit"], "Relationsvåldscentrum Söder (RVCS)");
  EXPECT_EQ(rows[0]["status"], "reported");
  EXPECT_EQ(rows[1]["status"], "awaiting_decision");
}

TEST_F(RegisterCommands, ReportGroupsByBoardInSwedishOrder) {
  const auto r = RunKvreg("report --json --db " + db_);
  ASSERT_EQ(r.exit_code, 0);
  std::vector<std::string> boards;
  for (const auto& group : JsonLines(r.output)) boards.push_back(group["board"]);
  ASSERT_GE(boards.size(), 3u);
  // Swedish order, whatever boards the corpus holds: Å Ä Ö after Z.
  auto position = [&](const std::string& board) {
    return std::find(boards.begin(), boards.end(), board) - boards.begin();
  };
  EXPECT_LT(position("Bromma stadsdelsnämnd"), position("Äldrenämnden"));
  EXPECT_LT(position("Äldrenämnden"), position("Östermalms stadsdelsnämnd"));
  EXPECT_EQ(boards.back(), "Östermalms stadsdelsnämnd");

  const auto text = RunKvreg("report --db " + db_ + " --year 2023 --board Enskede");
  EXPECT_NE(text.output.find("Enskede-Årsta-Vantörs stadsdelsnämnd\n  Enhet"), std::string::npos)
      << text.output;
  // Units within the board in Swedish order: R before Ä.
  EXPECT_LT(text.output.find("Relationsvåldscentrum"), text.output.find("Äldreboendet"));
}

TEST_F(RegisterCommands, CsvExportOpensInASwedishExcel) {
  const auto r = RunKvreg("export --format csv --year 2024 --db " + db_);
  ASSERT_EQ(r.exit_code, 0);
  ASSERT_EQ(r.output.rfind("\xEF\xBB\xBF", 0), 0u) << "UTF-8 BOM";
  const std::string header =
      "år;nämnd;enhet;klass;utförare;avdelning;status;skäl;underlag;rättelse\r\n";
  EXPECT_EQ(r.output.substr(3, header.size()), header);
  EXPECT_NE(r.output.find("2024;Östermalms stadsdelsnämnd;Förskolan Ugglan;Förskola;;"
                          "förskoleavdelningen;reported_late;"),
            std::string::npos);
  size_t rows = 0;
  for (size_t at = 0; (at = r.output.find("\r\n", at)) != std::string::npos; at += 2) ++rows;
  const auto json_export = RunKvreg("export --format json --year 2024 --db " + db_);
  const json all = json::parse(json_export.output);
  EXPECT_EQ(all.size() + 1, rows);
  EXPECT_EQ(RunKvreg("export --format xml --db " + db_).exit_code, 2);
}

TEST_F(RegisterCommands, SearchKeepsDiacritics) {
  const auto hits = JsonLines(RunKvreg("search --json --db " + db_ + " Ängsgården").output);
  ASSERT_FALSE(hits.empty());
  EXPECT_NE(hits[0]["file"].get<std::string>().find("reg-enskede-2023-p31.pdf"), std::string::npos);
  EXPECT_EQ(hits[0]["page"], 1);
  EXPECT_NE(hits[0]["snippet"].get<std::string>().find("[Ängsgården]"), std::string::npos);
  EXPECT_TRUE(JsonLines(RunKvreg("search --json --db " + db_ + " Angsgarden").output).empty());
  const auto dnr = JsonLines(RunKvreg("search --json --db " + db_ + " 'EÅV 2024/188'").output);
  ASSERT_EQ(dnr.size(), 1u);
}

TEST_F(RegisterCommands, UnitsMergeAndReextractFromTheCommandLine) {
  TempDir dir;
  const std::string db = Quote(dir.Path("r.sqlite"));
  ASSERT_EQ(RunKvreg("import --db " + db + " " + TopCorpusArguments()).exit_code, 0);
  EXPECT_EQ(RunKvreg("units merge --db " + db + " 'Hemtjänsten Farsta' 'Nowhere'").exit_code, 2);
  const auto merged =
      RunKvreg("units merge --json --db " + db + " 'Förskolan Tallkotten' 'Förskolan Solrosen'");
  ASSERT_EQ(merged.exit_code, 0);
  const auto unit = JsonLines(merged.output);
  ASSERT_EQ(unit.size(), 1u);
  EXPECT_EQ(unit[0]["unit"], "Förskolan Solrosen");
  EXPECT_EQ(unit[0]["aliases"], json::array({"Förskolan Tallkotten"}));
  EXPECT_EQ(unit[0]["participations"], 2);  // 2022 and 2023; 2023 named both: one now

  const auto again = JsonLines(RunKvreg("reextract --json --db " + db).output);
  ASSERT_FALSE(again.empty());
  EXPECT_EQ(again.back()["summary"]["changed"], 0);
  EXPECT_EQ(again.back()["summary"]["without_text"], 0);
  const auto history = JsonLines(RunKvreg("history --json --db " + db + " Tallkotten").output);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1]["unit"], "Förskolan Solrosen");

  ASSERT_EQ(RunKvreg("units rename --db " + db +
                     " 'Förskolan Tallkotten' 'Förskolan Solrosen och Tallkotten'")
                .exit_code,
            0);
  const auto listed = JsonLines(RunKvreg("units --json --db " + db + " tallkotten").output);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["unit"], "Förskolan Solrosen och Tallkotten");
  EXPECT_EQ(listed[0]["name_chosen_by_clerk"], true);
}

}  // namespace
}  // namespace kvreg
