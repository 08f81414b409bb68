// The normaliser: Swedish line joining, Unicode clean-up, page furniture.
#include "kvreg/normalize.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace kvreg {
namespace {

std::string NormalizeTextFile(const std::string& content) {
  DocumentText doc;
  EXPECT_TRUE(ParsePlainText(content, &doc).ok());
  return Normalize(doc, testing::RealPatterns().Category("page_furniture")).text;
}

TEST(Normalize, JoinsAWordHyphenatedOverALineBreak) {
  EXPECT_EQ(NormalizeTextFile("inklusive myndighets-\nutövning samt andra"),
            "inklusive myndighetsutövning\nsamt andra");
}

TEST(Normalize, KeepsTheHyphenOfACompoundName) {
  EXPECT_EQ(NormalizeTextFile("nämnden i Hässelby-\nVällingby har"),
            "nämnden i Hässelby-Vällingby\nhar");
}

TEST(Normalize, KeepsTheHyphenOfADateSplitOverLines) {
  EXPECT_EQ(NormalizeTextFile("funktionshinderrådet 2017-06-\n08."),
            "funktionshinderrådet 2017-06-08.");
}

TEST(Normalize, KeepsAHyphenStandingForASharedEnding) {
  EXPECT_EQ(NormalizeTextFile("verksamhets-, budget-\noch personalansvar"),
            "verksamhets-, budget-\noch personalansvar");
}

TEST(Normalize, KeepsADashBeforeAnAbbreviation) {
  EXPECT_EQ(NormalizeTextFile("Relationsvåldscentrum Innerstaden -\nRVCI"),
            "Relationsvåldscentrum Innerstaden -\nRVCI");
}

TEST(NormalizeLine, RemovesSoftHyphensAndExpandsLigatures) {
  EXPECT_EQ(NormalizeLine("kvalitets\u00ADarbete \uFB01nns"), "kvalitetsarbete finns");
}

TEST(NormalizeLine, MakesSpacesPlainAndComposesNfd) {
  EXPECT_EQ(NormalizeLine("Sa\u0308rskilt\u00A0\u00A0sta\u030Aende"), "Särskilt stående");
}

TEST(NormalizeLine, TurnsSymbolFontBulletsIntoBullets) {
  EXPECT_EQ(NormalizeLine("\uF0B7Förskola"), "• Förskola");
}

TEST(Normalize, DropsPageNumberLines) {
  EXPECT_EQ(NormalizeTextFile("Sida 1 (2)\nTjänsteutlåtande"), "Tjänsteutlåtande");
}

TEST(Normalize, RecordsWherePagesBegin) {
  DocumentText doc;
  ASSERT_TRUE(ParsePlainText("Första sidan.\fAndra sidan.", &doc).ok());
  const NormalizedText text = Normalize(doc, testing::RealPatterns().Category("page_furniture"));
  ASSERT_EQ(text.page_starts.size(), 2u);
  EXPECT_EQ(text.PageAt(0), 1);
  EXPECT_EQ(text.PageAt(text.text.find("Andra")), 2);
}

}  // namespace
}  // namespace kvreg
