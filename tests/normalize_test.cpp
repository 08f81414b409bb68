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

TEST(Normalize, ALineBrokenAfterAHyphenContinuesItsBlock) {
  EXPECT_EQ(NormalizeTextFile("Förvaltningens förslag till beslut\n\nEnskede-\nÅrsta-Vantörs "
                              "stadsdelsnämnd noterar anmälan om deltagande."),
            "Förvaltningens förslag till beslut\n\nEnskede-Årsta-Vantörs\nstadsdelsnämnd noterar "
            "anmälan om deltagande.");
}

TEST(Normalize, JoinsAWordBrokenByASoftHyphen) {
  EXPECT_EQ(
      NormalizeTextFile("Ärendet har beretts inom förvalt-\nningen och kvalitets\u00ADarbetet."),
      "Ärendet har beretts inom förvaltningen\noch kvalitetsarbetet.");
}

TEST(Normalize, DashAndAsteriskBulletsBecomeBullets) {
  EXPECT_EQ(NormalizeTextFile("Följande enheter deltar:\n\u2013 Förskolan A\n- en chef med ansvar\n"
                              "* Hemtjänsten B"),
            "Följande enheter deltar:\n\n• Förskolan A\n\n• en chef med ansvar\n\n• Hemtjänsten B");
}

TEST(Normalize, ADashInRunningTextIsNoBullet) {
  EXPECT_EQ(NormalizeTextFile("under perioden 2015-04-01\n\u2013 2015-05-31 och verksamheten\n"
                              "\u2013 det vill säga enheten"),
            "under perioden 2015-04-01\n\u2013 2015-05-31 och verksamheten\n\u2013 det vill säga "
            "enheten");
}

TEST(Normalize, AWrappedBulletItemStaysOneItem) {
  EXPECT_EQ(
      NormalizeTextFile("Följande verksamheter deltar:\n\u2022 Relationsvåldscentrum Innerstaden "
                        "-RVCI (sociala\navdelningen)\n\u2022 Utvecklingsenheten"),
      "Följande verksamheter deltar:\n\n• Relationsvåldscentrum Innerstaden -RVCI "
      "(sociala\navdelningen)\n\n• Utvecklingsenheten");
}

TEST(Normalize, AHeadingOnANewPageStartsABlock) {
  EXPECT_EQ(NormalizeTextFile("Stadsdelsnämnden noterar anmälan och lägger den till "
                              "handlingarna.\fÄrendet\nFörskolan Vasaparken deltar i utmärkelsen "
                              "och har gjort det förut."),
            "Stadsdelsnämnden noterar anmälan och lägger den till handlingarna.\n\nÄrendet\n\n"
            "Förskolan Vasaparken deltar i utmärkelsen och har gjort det förut.");
}

TEST(Normalize, ASentenceRunningOnToTheNextPageStaysInItsBlock) {
  EXPECT_EQ(
      NormalizeTextFile(
          "Kvalitetsutmärkelsen är Stockholms stads årliga pris för att lyfta "
          "fram förebilder och goda\fexempel på verksamhetsutveckling i hela staden."),
      "Kvalitetsutmärkelsen är Stockholms stads årliga pris för att lyfta fram förebilder och "
      "goda\nexempel på verksamhetsutveckling i hela staden.");
}

TEST(Normalize, ALaterPagesHeaderInOtherWordsLeavesTheRunningText) {
  std::string page1 =
      "Bromma stadsdelsnämnd PROTOKOLLSUTDRAG\nSammanträdesdatum 2019-05-23\n\n§ 31\n";
  for (int i = 0; i < 8; ++i)
    page1 += "\nEn rad text i protokollet om ärendet nummer " + std::to_string(i) + ".\n";
  std::string page2 =
      "Bromma stadsdelsnämnd Protokollsutdrag 2019-05-23\n\nHemtjänsten deltog också.\n";
  for (int i = 0; i < 8; ++i)
    page2 += "\nÄnnu en rad text i protokollet, nummer " + std::to_string(i) + ".\n";
  DocumentText doc;
  ASSERT_TRUE(ParsePlainText(page1 + "\f" + page2, &doc).ok());
  const NormalizedText text = Normalize(doc, testing::RealPatterns().Category("page_furniture"));
  EXPECT_GE(text.text.find("Bromma stadsdelsnämnd Protokollsutdrag 2019-05-23"),
            text.furniture_start)
      << text.text;
  EXPECT_LT(text.text.find("Hemtjänsten deltog också."), text.furniture_start);
}

// A PDF whose bullet list runs on to page 2, with page 1's address footer and page 2's
// two-column header (administration | Tjänsteutlåtande, Dnr, Sida 2 (2)) between the items.
TEST(NormalizePdf, HeadersFootersAndPageNumbersLeaveTheRunningText) {
  DocumentText doc;
  ASSERT_TRUE(
      ReadPdfText(testing::SourcePath("corpus/norrmalm-2020-tu.pdf"), TextLimits(), &doc).ok());
  const NormalizedText text = Normalize(doc, testing::RealPatterns().Category("page_furniture"));
  EXPECT_NE(text.text.find("Lekskolan Norr AB\n\n• Norrmalms hemtjänst"), std::string::npos)
      << text.text;
  EXPECT_EQ(text.text.find("Sida 2"), std::string::npos);
  const size_t footer = text.text.find("Norrmalms stadsdelsförvaltning · Box 6065");
  ASSERT_NE(footer, std::string::npos);  // kept, after the running text
  EXPECT_GE(footer, text.furniture_start);
  EXPECT_EQ(text.PageAt(text.text.find("• Norrmalms hemtjänst")), 2);
}

// A side-column letterhead: the left column (administration, Handläggare) is read before the
// right (document type, Dnr, date, Till … nämnd), each line on its own.
TEST(NormalizePdf, ALetterheadsColumnsAreReadOneAfterTheOther) {
  DocumentText doc;
  ASSERT_TRUE(
      ReadPdfText(testing::SourcePath("corpus/socialnamnden-2017-tu.pdf"), TextLimits(), &doc)
          .ok());
  const std::string text = Normalize(doc, testing::RealPatterns().Category("page_furniture")).text;
  EXPECT_EQ(text.rfind("Socialförvaltningen\n\nAvdelningen för stöd och service\n\n", 0), 0u)
      << text.substr(0, 200);
  EXPECT_NE(text.find("\n\nDnr 1.11.1-266/2017\n\n"), std::string::npos);
  EXPECT_LT(text.find("Telefon: 08-508 25 314"), text.find("2017-06-12"));
  EXPECT_NE(text.find("\n\nTill Socialnämnden\n\n"), std::string::npos);
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

TEST(NormalizeLine, MakesAsciiTabsAndCarriageReturnsSpaces) {
  EXPECT_EQ(NormalizeLine("\t Sida\t\t2\r(3)\v "), "Sida 2 (3)");
  EXPECT_EQ(NormalizeLine("  \t "), "");
  EXPECT_EQ(NormalizeLine("\u2022Förskola\u2010Skola\u200B \u00A0"), "• Förskola-Skola");
}

TEST(Normalize, DropsPageNumberLines) {
  EXPECT_EQ(NormalizeTextFile("Sida 1 (2)\nTjänsteutlåtande"), "Tjänsteutlåtande");
}

TEST(Normalize, DropsProtocolSignatureBoxes) {
  EXPECT_EQ(
      NormalizeTextFile("Nämnden noterar anmälan.\nJusterandes signatur   Utdragsbestyrkande"),
      "Nämnden noterar anmälan.");
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
