// The counting rules of the evaluation (kvreg/eval.h), on small hand-made records.
#include "kvreg/eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace kvreg {
namespace {

UnitMention Unit(const std::string& name, std::optional<std::string> department, int page) {
  UnitMention u;
  u.name = name;
  u.department = std::move(department);
  u.source.page = page;
  return u;
}

DatedStatement Date(const std::string& role, const std::string& iso, bool inferred, int page) {
  DatedStatement d;
  d.role = role;
  d.date = iso;
  d.text = "any printed text";
  d.year_inferred = inferred;
  d.source.page = page;
  return d;
}

void ExpectCounts(const FieldCounts& c, int tp, int fp, int fn) {
  EXPECT_EQ(c.tp, tp);
  EXPECT_EQ(c.fp, fp);
  EXPECT_EQ(c.fn, fn);
}

TEST(CompareRecords, ScalarRightWrongExtraAndMissing) {
  Record gold{};
  Record got{};
  gold.board = "Bromma stadsdelsnämnd";
  got.board = "Bromma stadsdelsnämnd";
  gold.paragraph = "§ 23";
  got.paragraph = "§ 24";                              // wrong: FP and FN
  got.administration = "Bromma stadsdelsförvaltning";  // gold null: FP
  gold.award_year = 2024;                              // missing: FN
  const RecordComparison c = CompareRecords(gold, got);
  ExpectCounts(c.fields.at("board"), 1, 0, 0);
  ExpectCounts(c.fields.at("paragraph"), 0, 1, 1);
  ExpectCounts(c.fields.at("administration"), 0, 1, 0);
  ExpectCounts(c.fields.at("award_year"), 0, 0, 1);
  ExpectCounts(c.fields.at("decision"), 0, 0, 0);  // both null: nothing
  EXPECT_EQ(c.discrepancies.size(), 3u);
}

// Gold files print a proposal's numbered points on lines of their own or run on; the words decide.
TEST(CompareRecords, DecisionAndProposalIgnoreHowWhitespaceRuns) {
  Record gold{};
  Record got{};
  gold.proposal = "1. Nämnden godkänner anmälan.\n2. Beslutet justeras omedelbart.";
  got.proposal = "1. Nämnden godkänner anmälan. 2. Beslutet justeras omedelbart.";
  gold.decision = "Nämnden noterar  anmälan.";
  got.decision = "Nämnden noterar anmälan och lägger den till handlingarna.";
  const RecordComparison c = CompareRecords(gold, got);
  ExpectCounts(c.fields.at("proposal"), 1, 0, 0);
  ExpectCounts(c.fields.at("decision"), 0, 1, 1);  // other words still differ
}

TEST(CompareRecords, ListsAreMatchedAsSets) {
  Record gold{};
  Record got{};
  gold.diary_numbers = {"BRO 2024/172", "1.11.1-266/2017"};
  got.diary_numbers = {"1.11.1-266/2017", "08-508 06 000"};
  const RecordComparison c = CompareRecords(gold, got);
  ExpectCounts(c.fields.at("diary_numbers"), 1, 1, 1);
  EXPECT_TRUE(OrderDiscrepancies(gold, got).empty());
}

TEST(CompareRecords, DatesCompareRoleDateInferenceAndPageNotText) {
  Record gold{};
  Record got{};
  gold.dates = {Date("submission_deadline", "2024-05-17", true, 1),
                Date("meeting", "2024-03-21", false, 1)};
  got.dates = {Date("submission_deadline", "2024-05-17", true, 1),
               Date("meeting", "2024-03-21", false, 2)};
  got.dates[0].text = "another phrase";
  ExpectCounts(CompareRecords(gold, got).fields.at("dates"), 1, 1, 1);
  got.dates[1].source.page = 1;
  got.dates[1].year_inferred = true;
  ExpectCounts(CompareRecords(gold, got).fields.at("dates"), 1, 1, 1);
}

TEST(CompareRecords, UnitsByNameWithTheirSubFields) {
  Record gold{};
  Record got{};
  gold.units = {Unit("Enheten för vuxna", "sociala avdelningen", 1),
                Unit("Utvecklingsenheten", std::nullopt, 2)};
  got.units = {Unit("Utvecklingsenheten", "förskoleavdelningen", 2),
               Unit("Enheten för vuxna", "sociala avdelningen", 1),
               Unit("Samtliga verksamheter", std::nullopt, 1)};
  got.units[1].source.text = "not compared";
  const RecordComparison c = CompareRecords(gold, got);
  ExpectCounts(c.fields.at("units"), 2, 1, 0);
  ExpectCounts(c.fields.at("units.department"), 1, 1, 0);
  ExpectCounts(c.fields.at("units.page"), 2, 0, 0);
  ExpectCounts(c.fields.at("units.class"), 0, 0, 0);
  ASSERT_EQ(OrderDiscrepancies(gold, got).size(), 1u);
  EXPECT_EQ(OrderDiscrepancies(gold, got)[0].field, "units (order)");
}

TEST(CompareRecords, PriorParticipationCountsUnitYearPairs) {
  Record gold{};
  Record got{};
  gold.prior_participation = {{"Enheten för arbete och försörjning", {2022, 2023}}};
  got.prior_participation = {{"Enheten för arbete och försörjning", {2023}}};
  ExpectCounts(CompareRecords(gold, got).fields.at("prior_participation"), 1, 0, 1);
}

TEST(CompareRecords, AnIdenticalRecordIsEqual) {
  Record gold{};
  gold.pages = 2;
  gold.board = "Socialnämnden";
  gold.units = {Unit("Förstärkningsteamet", std::nullopt, 1)};
  EXPECT_TRUE(CompareRecords(gold, gold).Equal());
}

TEST(FieldCounts, PrecisionRecallAndF1) {
  FieldCounts c{3, 1, 2};
  EXPECT_DOUBLE_EQ(c.Precision(), 0.75);
  EXPECT_DOUBLE_EQ(c.Recall(), 0.6);
  EXPECT_NEAR(c.F1(), 2 * 0.75 * 0.6 / 1.35, 1e-12);
  FieldCounts nothing;
  EXPECT_DOUBLE_EQ(nothing.F1(), 1.0);
  FieldCounts only_missed{0, 0, 4};
  EXPECT_DOUBLE_EQ(only_missed.Precision(), 1.0);
  EXPECT_DOUBLE_EQ(only_missed.F1(), 0.0);
}

TEST(EvaluateDirectory, PairsOnlyPdfsWithGoldFiles) {
  testing::TempDir dir;
  std::filesystem::copy_file(testing::SourcePath("corpus/skarpnack-2022-p45.pdf"),
                             dir.Path("a.pdf"));
  std::filesystem::copy_file(testing::SourcePath("corpus/skarpnack-2022-p45.expected.json"),
                             dir.Path("a.expected.json"));
  std::filesystem::copy_file(testing::SourcePath("corpus/skarpnack-2022-p45.pdf"),
                             dir.Path("no-gold.pdf"));
  std::filesystem::create_directory(dir.Path("sub"));
  std::filesystem::copy_file(dir.Path("a.pdf"), dir.Path("sub/b.pdf"));
  std::filesystem::copy_file(dir.Path("a.expected.json"), dir.Path("sub/b.expected.json"));
  EvaluationReport report;
  ASSERT_TRUE(EvaluateDirectory(testing::RealPatterns(), dir.Path(), &report).ok());
  ASSERT_EQ(report.documents.size(), 1u);
  EXPECT_EQ(report.documents[0].name, "a.pdf");
  EXPECT_GT(report.Overall().tp, 0);
}

// A gold file that cannot be read (another hand's, with a field of the wrong type) is named and
// left out; the other documents are still scored.
TEST(EvaluateDirectory, ABrokenGoldFileIsNamedAndTheOthersScored) {
  testing::TempDir dir;
  for (const char* name : {"a", "b"}) {
    std::filesystem::copy_file(testing::SourcePath("corpus/skarpnack-2022-p45.pdf"),
                               dir.Path(std::string(name) + ".pdf"));
  }
  std::filesystem::copy_file(testing::SourcePath("corpus/skarpnack-2022-p45.expected.json"),
                             dir.Path("b.expected.json"));
  std::ofstream(dir.Path("a.expected.json")) << "{ not json";
  EvaluationReport report;
  ASSERT_TRUE(EvaluateDirectory(testing::RealPatterns(), dir.Path(), &report).ok());
  ASSERT_EQ(report.documents.size(), 1u);
  EXPECT_EQ(report.documents[0].name, "b.pdf");
  ASSERT_EQ(report.unreadable_gold.size(), 1u);
  EXPECT_NE(report.unreadable_gold[0].find("a.expected.json"), std::string::npos);
  // The command prints the figures of the others, names the file on stderr and exits 1.
  const testing::CommandResult run =
      testing::RunKvreg("eval '" + dir.Path() + "'", dir.Path("stderr.txt"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.output.find("1 documents"), std::string::npos) << run.output;
  std::ifstream err(dir.Path("stderr.txt"));
  const std::string said((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
  EXPECT_NE(said.find("not scored: "), std::string::npos) << said;
  EXPECT_NE(said.find("a.expected.json"), std::string::npos) << said;
}

TEST(EvalCommand, PrintsATableAndJsonAndExitsZero) {
  testing::TempDir dir;
  for (const char* suffix : {".pdf", ".expected.json"}) {
    std::filesystem::copy_file(testing::SourcePath(std::string("corpus/bromma-2024-p23") + suffix),
                               dir.Path(std::string("b") + suffix));
  }
  const std::string folder = "'" + dir.Path() + "'";
  const testing::CommandResult table = testing::RunKvreg("eval " + folder);
  EXPECT_EQ(table.exit_code, 0);
  EXPECT_NE(table.output.find("1 documents"), std::string::npos) << table.output;
  EXPECT_NE(table.output.find("field "), std::string::npos) << table.output;
  EXPECT_NE(table.output.find("\noverall "), std::string::npos) << table.output;
  const testing::CommandResult json = testing::RunKvreg("eval --json " + folder);
  ASSERT_EQ(json.exit_code, 0);
  const auto parsed = nlohmann::json::parse(json.output);
  EXPECT_EQ(parsed["documents"], 1);
  for (const std::string& field : EvaluatedFields()) {
    EXPECT_TRUE(parsed["fields"].contains(field)) << field;
  }
  EXPECT_TRUE(parsed["overall"].contains("f1"));
  EXPECT_EQ(testing::RunKvreg("eval '" + dir.Path("missing") + "'").exit_code, 2);
}

}  // namespace
}  // namespace kvreg
