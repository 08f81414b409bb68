// Unit identity in the register: a clerk's merge and rename, re-extraction after the
// patterns change, and re-import keep each other's results (issue 4, acceptance 2).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "kvreg/award_calendar.h"
#include "kvreg/import.h"
#include "kvreg/reextract.h"
#include "kvreg/register.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::RealPatterns;
using testing::SourcePath;
using testing::TempDir;

const char* kProtocol2023 =
    "Enskede-Årsta-Vantörs stadsdelsnämnd\n\nProtokollsutdrag\nSammanträdesdatum "
    "2023-05-25\n\n§ 31\n\nDeltagande i Kvalitetsutmärkelsen 2023\n\nEÅV 2023/212\n\nBeslut\n\n"
    "Stadsdelsnämnden noterar anmälan och lägger ärendet till handlingarna.\n\nSammanfattning "
    "av ärendet\n\nFöljande verksamheter har anmält sitt deltagande i Kvalitetsutmärkelsen "
    "2023:\n\n• Relationsvåldscentrum Söder (RVCS)\n• Förskolan Ugglan (förskoleavdelningen)\n";

std::string Report(int year, const std::string& unit) {
  return "Enskede-Årsta-Vantörs stadsdelsförvaltning\n\nTjänsteutlåtande\nDnr EÅV " +
         std::to_string(year) +
         "/188\n\nTill Enskede-Årsta-Vantörs stadsdelsnämnd\n\n"
         "Deltagande i Kvalitetsutmärkelsen " +
         std::to_string(year) + "\n\nSammanfattning\n\n" + unit +
         ", inom avdelningen för individ- och familjeomsorg, har anmält sitt deltagande i "
         "Kvalitetsutmärkelsen " +
         std::to_string(year) + ". Det är första gången.\n";
}

class RegisterUnits : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directory(dir_.Path("in"));
    Write("in/p2023.txt", kProtocol2023);
    Write("in/tu2024.txt", Report(2024, "Relationsvåldscentrum Syd"));
    // The stock patterns plus one rule that hides "Förskolan Ugglan": "patterns before".
    std::filesystem::copy(SourcePath("patterns"), dir_.Path("older-patterns"));
    Write("older-patterns/not_units.local.re2", "ugglan\t(?i)förskolan ugglan\n");
    ASSERT_TRUE(PatternSet::Load(dir_.Path("older-patterns"), &older_).ok());
    ASSERT_TRUE(Register::Open(dir_.Path("r.sqlite"), &reg_).ok());
  }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_.Path(name)) << text;
  }

  ImportSummary Import(const std::string& path, const PatternSet& patterns) {
    ImportOptions options;
    ImportSummary summary;
    EXPECT_TRUE(ImportPaths(
                    *reg_, patterns, {path}, options, [](const FileResult&) {}, &summary)
                    .ok());
    return summary;
  }

  ReextractSummary Reextract(const PatternSet& patterns) {
    ReextractSummary summary;
    EXPECT_TRUE(kvreg::Reextract(
                    *reg_, patterns, [](const ReextractResult&) {}, &summary)
                    .ok());
    return summary;
  }

  // year -> unit name, of every participation whose unit has a spelling containing `query`.
  std::map<int, std::string> History(const std::string& query) {
    ParticipationQuery q;
    q.unit_query = query;
    std::vector<ParticipationView> views;
    EXPECT_TRUE(reg_->Participations(q, AwardCalendarOf(RealPatterns()), &views).ok());
    std::map<int, std::string> out;
    for (const auto& v : views) out[v.year] = v.unit;
    return out;
  }

  TempDir dir_;
  std::unique_ptr<PatternSet> older_;
  std::unique_ptr<Register> reg_;
};

TEST_F(RegisterUnits, MergeHoldsForLaterImportsAndReextraction) {
  Import(dir_.Path("in"), RealPatterns());
  EXPECT_EQ(History("Relationsvåldscentrum Syd").size(), 1u);
  ASSERT_TRUE(reg_->MergeUnits("Relationsvåldscentrum Syd", "Relationsvåldscentrum Söder").ok());
  const std::map<int, std::string> merged = {{2023, "Relationsvåldscentrum Söder (RVCS)"},
                                             {2024, "Relationsvåldscentrum Söder (RVCS)"}};
  EXPECT_EQ(History("Relationsvåldscentrum Syd"), merged);

  // A later document spelling it the merged-away way lands on the same unit.
  Write("in/tu2025.txt", Report(2025, "Relationsvåldscentrum Syd"));
  EXPECT_EQ(Import(dir_.Path("in"), RealPatterns()).imported, 1);
  auto after_import = merged;
  after_import[2025] = "Relationsvåldscentrum Söder (RVCS)";
  EXPECT_EQ(History("RVCS"), after_import);

  // Re-extraction with other patterns, and back, keeps the merge.
  EXPECT_EQ(Reextract(*older_).changed, 1);
  EXPECT_EQ(Reextract(RealPatterns()).changed, 1);
  EXPECT_EQ(History("Relationsvåldscentrum Syd"), after_import);
  // Importing everything again changes nothing.
  EXPECT_EQ(Import(dir_.Path("in"), RealPatterns()).unchanged, 3);
  EXPECT_EQ(History("Relationsvåldscentrum Söder"), after_import);
  std::optional<UnitSummary> unit;
  ASSERT_TRUE(reg_->FindUnit("Relationsvåldscentrum Syd", &unit).ok());
  ASSERT_TRUE(unit.has_value());
  EXPECT_EQ(unit->name, "Relationsvåldscentrum Söder (RVCS)");
  EXPECT_EQ(unit->participations, 3);
}

TEST_F(RegisterUnits, MergingAUnitIntoItselfOrAnUnknownOneFails) {
  Import(dir_.Path("in"), RealPatterns());
  EXPECT_FALSE(reg_->MergeUnits("RVCS", "Relationsvåldscentrum Söders").ok());
  EXPECT_FALSE(reg_->MergeUnits("Förskolan Okänd", "Förskolan Ugglan").ok());
}

TEST_F(RegisterUnits, RenameHoldsForLaterImportsReextractionAndMerges) {
  Import(dir_.Path("in"), RealPatterns());
  // Found by its abbreviation alone.
  ASSERT_TRUE(reg_->RenameUnit("RVCS", "Relationsvåldscentrum Söderort").ok());
  EXPECT_EQ(History("Söderort"),
            (std::map<int, std::string>{{2023, "Relationsvåldscentrum Söderort"}}));
  EXPECT_FALSE(reg_->RenameUnit("Förskolan Ugglan", "Relationsvåldscentrum Syd").ok())
      << "a spelling of another unit: that is a merge";

  EXPECT_EQ(Reextract(*older_).changed, 1);
  ASSERT_TRUE(reg_->MergeUnits("Relationsvåldscentrum Syd", "RVCS").ok());
  Write("in/tu2025.txt", Report(2025, "Relationsvåldscentrum Söders"));
  Import(dir_.Path("in"), RealPatterns());
  EXPECT_EQ(Reextract(RealPatterns()).changed, 1);
  EXPECT_EQ(History("Söderort"),
            (std::map<int, std::string>{{2023, "Relationsvåldscentrum Söderort"},
                                        {2024, "Relationsvåldscentrum Söderort"},
                                        {2025, "Relationsvåldscentrum Söderort"}}));
}

TEST_F(RegisterUnits, ReextractionFollowsThePatternsAndNeedsNoFiles) {
  Import(dir_.Path("in"), *older_);
  EXPECT_TRUE(History("Ugglan").empty());
  std::filesystem::remove_all(dir_.Path("in"));  // the PDFs (here: texts) are gone

  ReextractSummary first = Reextract(RealPatterns());
  EXPECT_EQ(first.changed, 1);
  EXPECT_EQ(first.unchanged, 1);
  ASSERT_EQ(History("Ugglan").size(), 1u);
  std::vector<ParticipationView> views;
  ParticipationQuery q;
  q.unit_query = "Ugglan";
  ASSERT_TRUE(reg_->Participations(q, AwardCalendarOf(RealPatterns()), &views).ok());
  EXPECT_EQ(StatusName(views.at(0).verdict.status), "reported");

  EXPECT_EQ(Reextract(RealPatterns()).changed, 0);
  EXPECT_EQ(Reextract(*older_).changed, 1);
  EXPECT_TRUE(History("Ugglan").empty()) << "a participation no document supports goes";
}

// The register's units and spellings are the same whichever order two documents naming one unit
// come in, one with its abbreviation and one without (parallel imports finish in any order).
TEST(RegisterUnitOrder, SpellingsAndAbbreviationsDoNotDependOnTheOrder) {
  const Record with = testing::Document("a", "Relationsvåldscentrum Söder (RVCS)");
  const Record without = testing::Document("b", "Relationsvåldscentrum Söder");
  TempDir dir;
  std::vector<std::vector<std::string>> aliases;
  for (const auto& order :
       {std::vector<const Record*>{&with, &without}, std::vector<const Record*>{&without, &with}}) {
    const std::string path = dir.Path("r" + std::to_string(aliases.size()) + ".sqlite");
    std::unique_ptr<Register> reg;
    ASSERT_TRUE(Register::Open(path, &reg).ok());
    for (const Record* r : order) ASSERT_TRUE(reg->AddDocument(*r).ok());
    std::optional<UnitSummary> unit;
    ASSERT_TRUE(reg->FindUnit("RVCS", &unit).ok());
    ASSERT_TRUE(unit.has_value()) << "the abbreviation names the unit, in either order";
    EXPECT_EQ(unit->name, "Relationsvåldscentrum Söder (RVCS)");
    aliases.push_back(
        testing::Query(path,
                       "SELECT a.name_key, a.name, a.origin, u.name FROM unit_spellings a "
                       "JOIN units u ON u.id = a.unit_id ORDER BY a.name_key"));
  }
  EXPECT_EQ(aliases[0], aliases[1]);
  EXPECT_EQ(aliases[0].size(), 2u);
}

// The clerk's spelling of a unit stays as the clerk wrote it, whatever documents write later.
TEST(RegisterUnitOrder, TheClerksSpellingIsNotReplacedByADocuments) {
  TempDir dir;
  std::unique_ptr<Register> reg;
  ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &reg).ok());
  ASSERT_TRUE(reg->AddDocument(testing::Document("a", "Förskolan Ugglan")).ok());
  ASSERT_TRUE(reg->RenameUnit("Förskolan Ugglan", "förskolan Ugglan").ok());
  ASSERT_TRUE(
      reg->AddDocument(testing::Document("b", "FÖRSKOLAN UGGLAN")).ok());  // preferred by bytes
  EXPECT_EQ(testing::Query(dir.Path("r.sqlite"),
                           "SELECT a.name, a.origin, u.name FROM unit_spellings a "
                           "JOIN units u ON u.id = a.unit_id"),
            std::vector<std::string>{"förskolan Ugglan|renamed|förskolan Ugglan"});
}

}  // namespace
}  // namespace kvreg
