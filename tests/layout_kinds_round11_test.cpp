// Layouts and wordings that carried units past the extractor in the eleventh round
// (corpus/tune12): a department in a hyphenated compound after a semicolon, a class heading
// right under an item that ends in such a department, a company after a colon, an indefinite
// description after the name, one of a department's units, a unit that puts off taking part.
// Each test fails without its rule.
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

TEST(UnitAppositions, OneOfADepartmentsUnits) {
  const Record r = ExtractReport(
      "Förskolan Sköndalsbacken, en av förskoleavdelningens enheter, har lämnat in sin anmälan "
      "till kvalitetsutmärkelsen, liksom Ekängens bibliotek, en av avdelningens filialer.");
  EXPECT_EQ(DetailsOf(r, "Förskolan Sköndalsbacken"), "förskoleavdelningen |  | ");
  EXPECT_EQ(DetailsOf(r, "Ekängens bibliotek"), " |  | ");  // "avdelningens" refers back
}

TEST(UnitNames, AUnitThatPutsOffTakingPartAndASectionHeadingAreNoUnits) {
  // "Ärendebeskrivning:" labels a protocol's paragraph.
  const Record r = ExtractReport(
      "Ärendebeskrivning: Tre av förvaltningens enheter, Tolkcentralen, Besöksservice Stadshuset "
      "och Servicecenter Ekonomi, deltar i år i kvalitetsutmärkelsen. Ungdomsmottagningen i "
      "Bromsten övervägde att delta men har skjutit upp sitt deltagande till nästa år.");
  EXPECT_EQ(r.units.size(), 3u);
  EXPECT_EQ(FindUnit(r, "Ärendebeskrivning"), nullptr);
  EXPECT_EQ(FindUnit(r, "Ungdomsmottagningen i Bromsten"), nullptr);
}

}  // namespace
}  // namespace kvreg
