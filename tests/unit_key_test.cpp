// Unit identity keys: one unit however it is written, distinct units kept apart.
#include "kvreg/unit_key.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>

#include "unit_key_internal.h"

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

// UnitKey's shortcut for plain names gives what the ICU path gives, for every name.
TEST(UnitKey, TheShortcutAgreesWithIcu) {
  for (const std::string name : {"", " ", "s", "Ös", "ÅÄÖs", "ABs", "AB:s", "Förskolan Åsens",
                                 "Campus", "Hemtjänsten Vällingbys ", " Kvarnens  Ös", "Ss",
                                 "Vård- och omsorg", "X (RVCI)", "Misa Bondegatan 12s"}) {
    EXPECT_EQ(UnitKey(name), UnitKeyByIcu(name)) << "'" << name << "'";
  }
  const std::vector<std::string> pieces = {
      "a",      "s",      "S",      "Z",  "0",      " ",      " ", ":",    ".",    "(", ")", "-",
      "\u2013", "å",      "Å",      "ä",  "Ä",      "ö",      "Ö", "é",    "É",    "ü", "Ü", "ß",
      "ÿ",      "\u0308", "\u00A0", "\t", "\u00AD", "\uFB01", "I", "\xff", "\x7f", "~", "_"};
  std::mt19937 random(7);
  for (int i = 0; i < 50000; ++i) {
    std::string name;
    for (size_t n = random() % 12; n > 0; --n) name += pieces[random() % pieces.size()];
    ASSERT_EQ(UnitKey(name), UnitKeyByIcu(name)) << "'" << name << "'";
  }
}

// The abbreviation is looked for only in names that can end with one, by a rule read by hand
// from the end; it finds what the suffix regex finds, name and abbreviation, in every name.
TEST(UnitAbbreviation, AgreesWithTheSuffixRegex) {
  static const RE2 suffix(
      R"(^(.*?\S)\s*(?:\(\s*(\p{Lu}[\p{Lu}\pN]{1,9})\s*\)|\s[-–—]\s*(\p{Lu}[\p{Lu}\pN]{1,9}))\s*$)");
  const std::vector<std::string> pieces = {
      "a",      "A",      "Ö",      "ö",     "1", " ",  "\t", "(",     ")",      "-",
      "\u2013", "\u2014", "RV",     "CI",    "x", ".",  "\n", "\r",    "\u00A0", "\xff",
      "\u2167", "\u00B2", "ABCDEF", "GHIJK", "É", "\f", "  ", "\u0660"};
  std::mt19937 random(11);
  for (int i = 0; i < 100000; ++i) {
    std::string name;
    for (size_t n = random() % 10; n > 0; --n) name += pieces[random() % pieces.size()];
    std::string regex_base, in_brackets, after_dash, base, abbreviation;
    const bool by_regex = RE2::FullMatch(name, suffix, &regex_base, &in_brackets, &after_dash);
    ASSERT_EQ(UnitAbbreviation(name).has_value(), by_regex) << "'" << name << "'";
    ASSERT_EQ(SplitAbbreviationSuffix(name, &base, &abbreviation), by_regex) << "'" << name << "'";
    if (!by_regex) continue;
    ASSERT_EQ(base, regex_base) << "'" << name << "'";
    ASSERT_EQ(abbreviation, in_brackets.empty() ? after_dash : in_brackets) << "'" << name << "'";
  }
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
