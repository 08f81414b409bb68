// Unit identity keys: one unit however it is written, distinct units kept apart.
#include "kvreg/unit_key.h"

#include <gtest/gtest.h>

namespace kvreg {
namespace {

TEST(UnitKey, CaseWhitespaceAndUnicodeFormDoNotMatter) {
  EXPECT_EQ(UnitKey("Förskolan Solrosen"), UnitKey("FÖRSKOLAN  solrosen"));
  EXPECT_EQ(UnitKey("Förskolan Solrosen"), UnitKey("Fo\u0308rskolan\u00A0Solrosen"));  // NFD
  EXPECT_EQ(UnitKey("Förskolan Solrosen"), UnitKey("För\u00ADskolan Solrosen"));  // soft hyphen
}

TEST(UnitKey, LineBreakHyphenationDoesNotMatter) {
  EXPECT_EQ(UnitKey("Familjebehandlingsenheten"), UnitKey("Familjebehandlings- enheten"));
  EXPECT_EQ(UnitKey("Familjebehandlingsenheten"), UnitKey("Familjebehandlings-enheten"));
}

TEST(UnitKey, AGenitiveIsTheSameUnit) {
  EXPECT_EQ(UnitKey("Hemtjänsten Vällingby"), UnitKey("Hemtjänsten Vällingbys"));
  EXPECT_EQ(UnitKey("Relationsvåldscentrum Söder"), UnitKey("Relationsvåldscentrum Söders"));
  EXPECT_EQ(UnitKey("RVCI"), UnitKey("RVCI:s"));
  EXPECT_NE(UnitKey("IFS"), UnitKey("IF"));  // capitals: an abbreviation, not a genitive
}

TEST(UnitKey, AnAbbreviationInBracketsOrAfterADashIsTheSameUnit) {
  const std::string plain = UnitKey("Relationsvåldscentrum Innerstaden");
  EXPECT_EQ(plain, UnitKey("Relationsvåldscentrum Innerstaden (RVCI)"));
  EXPECT_EQ(plain, UnitKey("Relationsvåldscentrum Innerstaden -RVCI"));
  EXPECT_EQ(plain, UnitKey("Relationsvåldscentrum Innerstadens (RVCI)"));
  EXPECT_EQ(UnitAbbreviation("Relationsvåldscentrum Innerstaden (RVCI)"), "RVCI");
  EXPECT_EQ(UnitAbbreviation("Hässelby-Vällingby hemtjänst"), std::nullopt);
  EXPECT_EQ(UnitAbbreviation("Förskolan Ekorren (förskoleavdelningen)"), std::nullopt);
}

TEST(UnitKey, DifferentUnitsStayApart) {
  EXPECT_NE(UnitKey("Misa Blackeberg"), UnitKey("Misa Bondegatan"));
  EXPECT_NE(UnitKey("Förskolan Solrosen"), UnitKey("Förskolan Solrosen 2"));
  EXPECT_NE(UnitKey("Förskolan Åsen"), UnitKey("Förskolan Asen"));  // å is its own letter
}

TEST(PreferredUnitName, DoesNotDependOnOrder) {
  const std::string a = "Relationsvåldscentrum Söder (RVCS)", b = "Relationsvåldscentrum Söders";
  EXPECT_EQ(PreferredUnitName(a, b), a);
  EXPECT_EQ(PreferredUnitName(b, a), a);
  EXPECT_EQ(PreferredUnitName("Hemtjänsten Vällingbys", "Hemtjänsten Vällingby"),
            "Hemtjänsten Vällingby");
  EXPECT_EQ(PreferredUnitName("Hemtjänsten Vällingby", "Hemtjänsten Vällingbys"),
            "Hemtjänsten Vällingby");
}

TEST(UnitNameMatches, FindsAPartOrAGenitive) {
  EXPECT_TRUE(UnitNameMatches("Hemtjänsten Vällingby", "vällingbys"));
  EXPECT_TRUE(UnitNameMatches("Hemtjänsten Vällingby", "HEMTJÄNSTEN"));
  EXPECT_FALSE(UnitNameMatches("Hemtjänsten Vällingby", "Farsta"));
}

}  // namespace
}  // namespace kvreg
