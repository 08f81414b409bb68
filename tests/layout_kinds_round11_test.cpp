// Layouts and wordings that carried units past the extractor in the eleventh round
// (corpus/tune12): a department in a hyphenated compound after a semicolon, a class heading
// right under an item that ends in such a department, a company after a colon, an indefinite
// description after the name. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::DetailsOf;
using testing::ExtractReport;

TEST(UnitsInLists, ADepartmentInAHyphenatedCompoundAndAClassHeadingRightUnderIt) {
  // "ÄO-avdelningen" is a department word; an item ending in it does not run on into the
  // class heading below ("Socialtjänst samt …"), as "… avdelningen" ⏎ "för äldreomsorg" would.
  const Record r = ExtractReport(
      "Följande verksamheter deltar i kvalitetsutmärkelsen:\n\n"
      "Äldreomsorg\n\n"
      "1. Tensta träff; ÄO-avdelningen\n"
      "Socialtjänst samt stöd och service till personer med funktionsnedsättning\n"
      "1. Enheten för ekonomiskt bistånd; IFO-avdelningen\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(DetailsOf(r, "Tensta träff"), "ÄO-avdelningen | Äldreomsorg | ");
  EXPECT_EQ(DetailsOf(r, "Enheten för ekonomiskt bistånd"),
            "IFO-avdelningen | Socialtjänst samt stöd och service till personer med "
            "funktionsnedsättning | ");
}

TEST(UnitAppositions, ACompanyAfterAColonAndAnIndefiniteDescription) {
  const Record r = ExtractReport(
      "Följande verksamheter avser att delta i kvalitetsutmärkelsen:\n\n"
      "• Vård- och omsorgsboendet Gyllenborg: Omsorgshuset Norden AB\n"
      "• Ankaret, ett dagcenter för hemlösa\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(DetailsOf(r, "Vård- och omsorgsboendet Gyllenborg"), " |  | Omsorgshuset Norden AB");
  EXPECT_NE(FindUnit(r, "Ankaret"), nullptr);
}

}  // namespace
}  // namespace kvreg
