// The small letter classes patterns are compiled with (src/extract/compact_classes.h): what
// they match, what the rewrite leaves alone, and the size it keeps every pattern's program at.
#include "compact_classes.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "kvreg/patterns.h"
#include "pattern_schema.h"
#include "test_support.h"

namespace kvreg {
namespace {

bool FullMatches(const std::string& pattern, const std::string& text) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  const RE2 re(WithCompactClasses(pattern), options);
  EXPECT_TRUE(re.ok()) << pattern << ": " << re.error();
  return RE2::FullMatch(text, re);
}

TEST(CompactClasses, RewritesTheClassesAloneAndInsideBrackets) {
  EXPECT_EQ(WithCompactClasses(R"(\pL+)"), R"([\p{Latin}]+)");
  EXPECT_EQ(WithCompactClasses(R"([\pL-]+)"), R"([\p{Latin}-]+)");
  EXPECT_EQ(WithCompactClasses(R"([^\pL\pN])"), R"([^\p{Latin}0-9])");
  EXPECT_EQ(WithCompactClasses(R"(\p{N}\p{L})"), R"([0-9][\p{Latin}])");
}

TEST(CompactClasses, LeavesOtherEscapesAsWritten) {
  for (const std::string pattern :
       {R"(\\pL)", R"(\p{Greek})", R"(\x{41}\d\s\b)", R"(\PL)", R"([]\\]x)", "plain"}) {
    EXPECT_EQ(WithCompactClasses(pattern), pattern);
  }
  // A ']' first in a class is a literal: the class goes on, and \pL inside it is rewritten.
  EXPECT_EQ(WithCompactClasses(R"([]\pL]\pL)"), R"([]\p{Latin}][\p{Latin}])");
  EXPECT_EQ(WithCompactClasses(R"([^]\pN])"), R"([^]0-9])");
}

TEST(CompactClasses, LettersOfSwedishAndEuropeanNames) {
  for (const std::string word : {"Åsa", "Öberg", "Émile", "Łukasz", "Šarić", "Müller", "Øre"}) {
    EXPECT_TRUE(FullMatches(R"(\p{Lu}\p{Ll}+)", word)) << word;
    EXPECT_TRUE(FullMatches(R"(\pL+)", word)) << word;
  }
  EXPECT_TRUE(FullMatches(R"(\pL+)", "straße"));
  EXPECT_FALSE(FullMatches(R"(\p{Lu}.*)", "åsa"));
  EXPECT_FALSE(FullMatches(R"(\p{Ll}.*)", "Åsa"));
  EXPECT_TRUE(FullMatches(R"((?i)\p{Lu}+)", "åsa"));  // case folding as before
  EXPECT_FALSE(FullMatches(R"(\pL)", "1"));
  EXPECT_FALSE(FullMatches(R"(\pL)", "-"));
  EXPECT_TRUE(FullMatches(R"(\pN{4})", "2024"));
}

// Every pattern of patterns/ compiles to a program of bounded size. RE2 writes a Unicode class
// out at each use, and a counted repetition of \pL ("[\pL ]{3,40}", date_roles.re2) had made
// one pattern 48,000 instructions; each is compiled four times, so loading the patterns took
// longer than reading a hundred documents. A pattern over the bound is slow to load and to
// run: write it with fewer repetitions of a class. (With the compact classes the largest is
// 3,568 instructions, all of them 39,017 and the unit-name lexicon 3,712; with RE2's own
// Unicode classes 48,208, 252,620 and 20,975. Round 8's patterns brought the total to 61,074,
// loading in 0.08 s as before: the bound on the total grows with the patterns, slowly; round
// 10's, 70,329; round 11's, 73,211; round 12's, 77,555; round 13's, 80,404; round 15's,
// 87,468.)
TEST(CompactClasses, EveryPatternsProgramIsSmall) {
  constexpr int kMaxInstructions = 5000;
  const PatternSet& patterns = testing::RealPatterns();
  int total = 0;
  for (const CategorySpec& spec : Categories()) {
    for (const NamedPattern& p : patterns.Category(spec.name)) {
      EXPECT_LE(p.regex->ProgramSize(), kMaxInstructions) << spec.name << " " << p.name;
      total += p.regex->ProgramSize();
    }
  }
  EXPECT_LE(total, 88000);
  ASSERT_NE(patterns.UnitNameLexicon(), nullptr);
  EXPECT_LE(patterns.UnitNameLexicon()->ProgramSize(), 6000);
}

}  // namespace
}  // namespace kvreg
