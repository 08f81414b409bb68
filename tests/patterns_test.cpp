// Patterns are data: validated on load with file:line, and extendable without recompiling.
#include "kvreg/patterns.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "kvreg/extract.h"
#include "kvreg/pattern_file.h"
#include "pattern_schema.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::SourcePath;
using testing::TempDir;

// A copy of the real patterns folder that a test may change.
std::string CopyPatterns(const TempDir& dir) {
  const std::string target = dir.Path("patterns");
  std::filesystem::copy(SourcePath("patterns"), target);
  return target;
}

// The joint prefilter of the sentence categories gives each category's own candidates, and
// perhaps patterns that cannot match: each caller runs them all anyway.
TEST(PatternSet, SentenceCandidatesHoldEachCategorysCandidates) {
  const PatternSet& patterns = testing::RealPatterns();
  for (const std::string sentence :
       {"", "Samtliga deltar i klassen Äldreomsorg.",
        "Två verksamheter inom äldrenämndens ansvarsområde deltar i Stockholms stads "
        "Kvalitetsutmärkelse 2022:",
        "Tävlingsbidragen ska lämnas in senast den 13 maj 2022.",
        "Förskolan Myrstackens och Familjecentrum Rinkebys deltagande i Kvalitetsutmärkelsen 2024",
        "Korttidsboendet Solbacken (avdelningen för vård- och omsorgsboenden)", "2022-14-26",
        "Utmärkelserna delas ut vid en ceremoni i Stadshuset den 22 november 2022."}) {
    std::vector<std::vector<int>> joint;
    patterns.SentenceCandidates(sentence, &joint);
    ASSERT_EQ(joint.size(), static_cast<size_t>(PatternSet::kSentenceCategories));
    for (int c = 0; c < PatternSet::kSentenceCategories; ++c) {
      const char* name =
          PatternSet::SentenceCategoryName(static_cast<PatternSet::SentenceCategory>(c));
      std::vector<int> own;
      patterns.Candidates(name, sentence, &own);
      std::vector<int> matching;  // a category's own candidates are exactly those that match
      for (size_t i = 0; i < patterns.Category(name).size(); ++i) {
        if (RE2::PartialMatch(sentence, *patterns.Category(name)[i].regex)) {
          matching.push_back(static_cast<int>(i));
        }
      }
      EXPECT_EQ(own, matching) << name << " in '" << sentence << "'";
      EXPECT_TRUE(std::is_sorted(joint[c].begin(), joint[c].end()));
      EXPECT_TRUE(std::includes(joint[c].begin(), joint[c].end(), own.begin(), own.end()))
          << name << " in '" << sentence << "'";
    }
  }
}

// MayMatch holds every candidate of a category, ascending, and for a category an AtomFilter
// prefilters may hold more: a pattern whose literal strings are there but does not match.
TEST(PatternSet, MayMatchHoldsTheCandidates) {
  const PatternSet& patterns = testing::RealPatterns();
  bool more = false;
  for (const std::string text :
       {"", "Förskolan Humlan (förskoleavdelningen)", "Hemtjänsten Norr, inom äldreomsorgen",
        "Samtliga enheter", "avdelningen", "klassen deltar inom"}) {
    for (const char* category : {"unit_details", "not_units", "doc_kinds"}) {
      std::vector<int> own, may;
      patterns.Candidates(category, text, &own);
      patterns.MayMatch(category, text, &may);
      EXPECT_TRUE(std::is_sorted(may.begin(), may.end()));
      EXPECT_TRUE(std::includes(may.begin(), may.end(), own.begin(), own.end()))
          << category << " in '" << text << "'";
      more = more || may.size() > own.size();
    }
  }
  EXPECT_TRUE(more);  // the check is left to the caller
}

// The bounds a pattern keeps hold every string it matches in full: the page furniture patterns
// on lines like those they are for, and every pattern on its own examples' words.
TEST(PatternSet, AFullMatchIsWithinThePatternsBounds) {
  const PatternSet& patterns = testing::RealPatterns();
  const std::vector<std::string> lines = {
      "Sida 2 (3)",
      "sida 12 av 14",
      "SIDA 1",
      "2 (3)",
      "- 4 -",
      "-4-",
      "12 av 13",
      "Justerandes signatur Utdragsbestyrkande",
      "UTDRAGSBESTYRKANDE",
      "Äldreförvaltningen · Box 6024 · 102 31 Stockholm · Växel 08-508 36 000",
      "Telefon 08-508 00 000",
      "Förskolan Ekorren",
      "den",
      "Enheten",
      "samtliga enheter",
      ""};
  for (const std::string category : {"page_furniture", "not_units", "unit_details"}) {
    for (const NamedPattern& p : patterns.Category(category)) {
      for (const std::string& line : lines) {
        if (RE2::FullMatch(line, *p.regex)) {
          EXPECT_TRUE(p.MayMatchWhole(line)) << p.origin << " '" << line << "'";
        }
      }
    }
  }
}

TEST(PatternSet, BoundsRuleOutLinesAPatternCannotMatch) {
  const TempDir dir;
  std::ofstream(dir.Path("page.re2")) << "page\t(?i)sida \\d+\n";
  std::vector<NamedPattern> loaded;
  ASSERT_TRUE(LoadPatternFile(dir.Path("page.re2"), {}, false, &loaded).ok());
  ASSERT_EQ(loaded.size(), 1u);
  EXPECT_TRUE(loaded[0].bounded);
  EXPECT_TRUE(loaded[0].MayMatchWhole("Sida 2"));
  EXPECT_FALSE(loaded[0].MayMatchWhole("Förskolan Ekorren"));
}

TEST(PatternSet, LoadsTheRealPatterns) {
  std::unique_ptr<PatternSet> set;
  const Status s = PatternSet::Load(SourcePath("patterns"), &set);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_FALSE(set->Category("diary_numbers").empty());
  EXPECT_FALSE(set->boards().empty());
}

TEST(PatternSet, ABrokenPatternIsReportedWithFileAndLine) {
  TempDir dir;
  const std::string patterns = CopyPatterns(dir);
  std::ofstream(patterns + "/diary_numbers.local.re2") << "# comment\nbroken\t(?P<dnr>[A-Z\n";
  std::unique_ptr<PatternSet> set;
  const Status s = PatternSet::Load(patterns, &set);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("diary_numbers.local.re2:2: missing ]"), std::string::npos)
      << s.message();
}

TEST(PatternSet, APatternWithoutItsGroupIsRejected) {
  TempDir dir;
  const std::string patterns = CopyPatterns(dir);
  std::ofstream(patterns + "/diary_numbers.local.re2") << "nogroup\t[A-Z]+ \\d+\n";
  std::unique_ptr<PatternSet> set;
  const Status s = PatternSet::Load(patterns, &set);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(":1: pattern 'nogroup' lacks the group (?P<dnr>"), std::string::npos)
      << s.message();
}

// RE2's \b knows only ASCII letters: "\bövervägde" never matched, and a unit that had
// considered taking part was read as a participant. Such a pattern fails to load.
TEST(PatternSet, AWordBoundaryBesideALetterOutsideAsciiIsRejected) {
  TempDir dir;
  const std::string patterns = CopyPatterns(dir);
  std::ofstream(patterns + "/diary_numbers.local.re2")
      << "# a comment\nsweden\t(?P<dnr>\\bÖ\\d+)\n";
  std::unique_ptr<PatternSet> set;
  const Status s = PatternSet::Load(patterns, &set);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("diary_numbers.local.re2:2: \\b next to 'Ö' never matches"),
            std::string::npos)
      << s.message();
}

// A clerk's edit that drops a group a named pattern's reader needs (award_mention's year) fails
// to load, with file and line, instead of failing in every worker at run time.
TEST(PatternSet, ANamedPatternWithoutTheGroupItsReaderNeedsIsRejected) {
  TempDir dir;
  const std::string patterns = CopyPatterns(dir);
  std::string fields;
  {
    std::ifstream in(patterns + "/fields.re2");
    fields.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const size_t at = fields.find("(?P<year>");
  ASSERT_NE(at, std::string::npos);
  fields.replace(at, 9, "(");
  std::ofstream(patterns + "/fields.re2") << fields;
  std::unique_ptr<PatternSet> set;
  const Status s = PatternSet::Load(patterns, &set);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("fields.re2:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("pattern 'award_mention' lacks the group (?P<year>"),
            std::string::npos)
      << s.message();
}

// A misspelt name where the names mean something (participation.re2, whose patterns the
// extractors read by name; doc_kinds.re2, whose names are the contract's kinds) would turn a rule
// off without a word: it fails to load, with file and line.
TEST(PatternSet, AnUnknownNameIsRejectedWithFileAndLine) {
  const std::pair<const char*, const char*> edits[] = {
      {"participation.local.re2", "names_afterr\tdeltar med"},
      {"layout.local.re2", "table_unit_colum\tEnhet"},
      {"doc_kinds.local.re2", "memo\tPM"},
  };
  for (const auto& [file, line] : edits) {
    TempDir dir;
    const std::string patterns = CopyPatterns(dir);
    std::ofstream(patterns + "/" + file) << line << "\n";
    std::unique_ptr<PatternSet> set;
    const Status s = PatternSet::Load(patterns, &set);
    ASSERT_FALSE(s.ok()) << file;
    EXPECT_NE(s.message().find(std::string(file) + ":1: unknown name '"), std::string::npos)
        << s.message();
  }
}

// A pattern read by name is given once: a second one would never be read, so it fails to load;
// where the schema says each is tried (prior_participation), a clerk may add another.
TEST(PatternSet, APatternReadByNameGivenTwiceIsRejectedUnlessEachIsTried) {
  TempDir dir;
  const std::string patterns = CopyPatterns(dir);
  std::ofstream(patterns + "/fields.local.re2") << "decision\tBeslut: (?P<text>.+)\n";
  std::unique_ptr<PatternSet> set;
  const Status s = PatternSet::Load(patterns, &set);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("pattern 'decision' is given twice"), std::string::npos)
      << s.message();
  EXPECT_NE(s.message().find("fields.local.re2:1"), std::string::npos) << s.message();
  std::ofstream(patterns + "/fields.local.re2")
      << "prior_participation\t(?P<subject>\\p{Lu}\\pL+) var med (?P<years>\\d{4})\n";
  ASSERT_TRUE(PatternSet::Load(patterns, &set).ok());
  EXPECT_EQ(set->GetEach(PatternId::kPriorParticipation).size(),
            testing::RealPatterns().GetEach(PatternId::kPriorParticipation).size() + 1);
}

// Every pattern an extractor reads by name has one entry in the schema, in PatternId's order,
// and the stock folder has it: renaming a pattern cannot turn its rule off unnoticed.
TEST(PatternSet, EveryPatternReadByNameIsDeclaredOnceAndInTheStockFolder) {
  const auto& specs = ReadPatterns();
  ASSERT_EQ(specs.size(), static_cast<size_t>(PatternId::kCount));
  std::unique_ptr<PatternSet> set;
  ASSERT_TRUE(PatternSet::Load(SourcePath("patterns"), &set).ok());
  for (size_t i = 0; i < specs.size(); ++i) {
    EXPECT_EQ(static_cast<size_t>(specs[i].id), i) << specs[i].name;
    EXPECT_EQ(set->Get(specs[i].id), set->Find(specs[i].category, specs[i].name)) << specs[i].name;
    EXPECT_NE(set->Get(specs[i].id), nullptr) << specs[i].category << " " << specs[i].name;
  }
}

// A shared word list is written once (word_lists.tsv) and named as {{name}}: a name the file
// lacks, or a list that is no regex, fails to load with file:line.
TEST(PatternSet, WordListsAreExpandedAndAnUnknownOneIsRejected) {
  TempDir dir;
  const std::string patterns = CopyPatterns(dir);
  std::unique_ptr<PatternSet> set;
  ASSERT_TRUE(PatternSet::Load(patterns, &set).ok());
  const RE2* all_units = set->Find("unit_statements", "all_units");
  ASSERT_NE(all_units, nullptr);
  EXPECT_EQ(all_units->pattern().find("{{"), std::string::npos) << all_units->pattern();
  EXPECT_TRUE(RE2::PartialMatch("Samtliga deltar i klassen Förskola", *all_units));

  std::ofstream(patterns + "/layout.re2", std::ios::app) << "list_intro_class\t{{no_such_list}}\n";
  Status s = PatternSet::Load(patterns, &set);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("layout.re2:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("unknown word list {{no_such_list}}"), std::string::npos)
      << s.message();

  std::ofstream(patterns + "/word_lists.tsv", std::ios::app) << "broken\t(unclosed\n";
  s = PatternSet::Load(patterns, &set);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("word_lists.tsv:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("missing )"), std::string::npos) << s.message();
}

// A long pattern goes on over lines ending in a backslash; the next line's indentation is
// dropped. A continuation with nothing after it is an error with file:line.
TEST(PatternFile, ALineEndingInABackslashGoesOnInTheNext) {
  TempDir dir;
  std::ofstream(dir.Path("a.re2")) << "# comment\nlong\t(?:Förskolan|\\\n  Hemtjänsten) \\\\d+\n";
  std::vector<NamedPattern> patterns;
  ASSERT_TRUE(LoadPatternFile(dir.Path("a.re2"), {}, false, &patterns).ok());
  ASSERT_EQ(patterns.size(), 1u);
  EXPECT_EQ(patterns[0].regex->pattern(), "(?:Förskolan|Hemtjänsten) \\\\d+");
  EXPECT_EQ(patterns[0].origin, "a.re2:2");

  std::ofstream(dir.Path("b.re2")) << "x\tabc\\\n";
  const Status s = LoadPatternFile(dir.Path("b.re2"), {}, false, &patterns);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("b.re2:1"), std::string::npos) << s.message();
}

// patterns/README.md is the schema the loader checks, as `kvreg patterns --readme` prints it.
TEST(PatternSchema, TheReadmeIsTheSchema) {
  std::ifstream in(SourcePath("patterns/README.md"));
  const std::string readme((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(readme, PatternSchemaMarkdown())
      << "regenerate it: build/kvreg patterns --readme > patterns/README.md";
  EXPECT_NE(readme.find("### unit_details.re2"), std::string::npos);
}

TEST(PatternSet, ANewDiaryFormatAndBoardNeedOnlyPatternFiles) {
  const std::string text =
      "Tjänsteutlåtande\n\nTill Nyhamns stadsdelsnämnd\n\nÄrende NYH:2031:0042 om deltagande i "
      "Kvalitetsutmärkelsen 2031.\n";
  TempDir dir;
  std::ofstream(dir.Path("doc.txt")) << text;

  std::unique_ptr<PatternSet> stock;
  ASSERT_TRUE(PatternSet::Load(SourcePath("patterns"), &stock).ok());
  const Record before = ExtractFile(*stock, dir.Path("doc.txt"));
  EXPECT_TRUE(before.diary_numbers.empty());
  EXPECT_FALSE(before.board.has_value());

  const std::string patterns = CopyPatterns(dir);
  std::ofstream(patterns + "/diary_numbers.local.re2")
      << "# Nyhamn's colon style. Example: NYH:2031:0042\n"
      << "colon_style\t(?P<dnr>NYH:\\d{4}:\\d{4})\n";
  std::ofstream(patterns + "/boards.local.tsv")
      << "Nyhamns stadsdelsnämnd\tNyhamns stadsdelsförvaltning\t-\t-\n";
  std::unique_ptr<PatternSet> extended;
  const Status s = PatternSet::Load(patterns, &extended);
  ASSERT_TRUE(s.ok()) << s.message();
  const Record after = ExtractFile(*extended, dir.Path("doc.txt"));
  EXPECT_EQ(after.diary_numbers, std::vector<std::string>{"NYH:2031:0042"});
  EXPECT_EQ(after.board, "Nyhamns stadsdelsnämnd");
}

TEST(PatternSet, ANewBoardWithItsDiaryPrefixAndFormerNameNeedsOnlyABoardsFile) {
  const std::string text =
      "§ 7\n\nDeltagande i Kvalitetsutmärkelsen 2031\nNYH 2031/42\n\nBeslut\n\n"
      "Nämnden noterar anmälan.\n";
  TempDir dir;
  std::ofstream(dir.Path("doc.txt")) << text;
  std::unique_ptr<PatternSet> stock;
  ASSERT_TRUE(PatternSet::Load(SourcePath("patterns"), &stock).ok());
  const Record before = ExtractFile(*stock, dir.Path("doc.txt"));
  EXPECT_EQ(before.diary_numbers, std::vector<std::string>{"NYH 2031/42"});
  EXPECT_FALSE(before.board.has_value());

  const std::string patterns = CopyPatterns(dir);
  std::ofstream(patterns + "/boards.local.tsv")
      << "# Example: a new district board, its prefix and its former name\n"
      << "Nyhamns stadsdelsnämnd\tNyhamns stadsdelsförvaltning\tNYH\tGamla Hamnens "
         "stadsdelsnämnd\n";
  std::unique_ptr<PatternSet> extended;
  const Status s = PatternSet::Load(patterns, &extended);
  ASSERT_TRUE(s.ok()) << s.message();
  const Record by_prefix = ExtractFile(*extended, dir.Path("doc.txt"));
  EXPECT_EQ(by_prefix.board, "Nyhamns stadsdelsnämnd");
  EXPECT_EQ(extended->BoardByDiaryPrefix("NYH")->board, "Nyhamns stadsdelsnämnd");
  bool is_administration = true;
  ASSERT_NE(extended->BoardByName("Gamla Hamnens stadsdelsnämnds", &is_administration), nullptr);
  EXPECT_FALSE(is_administration);
}

}  // namespace
}  // namespace kvreg
