// Layouts and wordings that carried units past the extractor in the thirteenth round
// (corpus/tune14): a part of a unit named by its owner in the genitive, home care named by its
// area, a collective subject with a participle, a foundation as operator, what a unit takes part
// with after a dash. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::DetailsOf;
using testing::ExtractReport;
using testing::ExtractWithTable;

TEST(UnitNames, APartOfAUnitByItsOwnerAndHomeCareByItsArea) {
  // unit_names.re2 owned_part ("-enhet", "-team") and head_first ("Hemtjänsten i Årsta")
  const Record r = ExtractReport(
      "Tre av våra verksamheter har anmält sig till stadens kvalitetsutmärkelse i år: "
      "Kulturskolans dansenhet inom avdelningen Kulturskolan Stockholm samt Stadsmuseets "
      "visningsteam (avdelningen Stadsmuseet). Därtill deltar Hemtjänsten i Årsta, som ingår i "
      "äldreomsorgsavdelningen.");
  EXPECT_EQ(DetailsOf(r, "Kulturskolans dansenhet"), "avdelningen Kulturskolan Stockholm |  | ");
  EXPECT_EQ(DetailsOf(r, "Stadsmuseets visningsteam"), "avdelningen Stadsmuseet |  | ");
  EXPECT_EQ(DetailsOf(r, "Hemtjänsten i Årsta"), "äldreomsorgsavdelningen |  | ");
  EXPECT_EQ(r.units.size(), 3u);
}

TEST(UnitStatements, EveryReportedUnitTakesTheClass) {
  // unit_statements.re2 all_units: "Samtliga anmälda enheter tävlar i klassen …"
  const Record r = ExtractReport(
      "Följande enheter deltar i kvalitetsutmärkelsen:\n\n"
      "• Jobbtorg Skärholmen – avdelningen Jobbtorg Stockholm\n"
      "• Stödteamet för nyanlända – avdelningen Jobbtorg Stockholm\n\n"
      "Samtliga anmälda enheter tävlar i klassen Andra verksamheter.");
  EXPECT_EQ(DetailsOf(r, "Jobbtorg Skärholmen"),
            "avdelningen Jobbtorg Stockholm | Andra verksamheter | ");
  EXPECT_EQ(DetailsOf(r, "Stödteamet för nyanlända"),
            "avdelningen Jobbtorg Stockholm | Andra verksamheter | ");
}

TEST(UnitAppositions, AFoundationInBracketsAndWhatAUnitTakesPartWithAfterADash) {
  // unit_details.re2 bracket_operator ("(Stiftelsen …)") and dash_takes_part_with
  const Record r = ExtractReport(
      "Följande verksamheter deltar i kvalitetsutmärkelsen:\n\n"
      "• Förskolan Klubbacken, avdelningen förskola – deltar med sitt arbete kring barns "
      "inflytande som införts på samtliga avdelningar under året\n"
      "• Vård- och omsorgsboendet Västertorpsgården (Stiftelsen Äldrevård i Söder)\n");
  EXPECT_EQ(DetailsOf(r, "Förskolan Klubbacken"), "avdelningen förskola |  | ");
  EXPECT_EQ(DetailsOf(r, "Vård- och omsorgsboendet Västertorpsgården"),
            " |  | Stiftelsen Äldrevård i Söder");
}

TEST(UnitNames, UnitsAfterDeltaMedAndOchMedAndTheSameDepartment) {
  // participation.re2 takes_part_with ("delta med", "och med"); "samma avdelning" is the
  // department of the unit before; unit_names.re2 compound_named ("Sfi-centrum Liljeholmen").
  const Record r = ExtractReport(
      "Förvaltningen avser att delta med Familjecentrum Vårberg, inom avdelningen för individ- "
      "och familjeomsorg, och med Ungdomsmottagningen Skärholmen, som ligger under samma "
      "avdelning. Dessutom har Sfi-centrum Liljeholmen anmält sig i klassen skola.");
  EXPECT_EQ(DetailsOf(r, "Familjecentrum Vårberg"),
            "avdelningen för individ- och familjeomsorg |  | ");
  EXPECT_EQ(DetailsOf(r, "Ungdomsmottagningen Skärholmen"),
            "avdelningen för individ- och familjeomsorg |  | ");
  EXPECT_EQ(DetailsOf(r, "Sfi-centrum Liljeholmen"), " | Skola | ");
}

TEST(UnitsInLists, AClassHeadingRightUnderAnItemsWrappedLine) {
  // A heading under the wrapped line of a numbered item ("… av" ⏎ "Omsorgsgruppen Norden AB" ⏎
  // "socialtjänst samt …") heads the next items: the wrapped line goes on from no paragraph.
  const Record r = ExtractReport(
      "Förvaltningen föreslår att nämnden nominerar dem enligt nedan:\n\n"
      "äldreomsorg\n"
      "1. Vård- och omsorgsboendet Igelbäcksgården, som drivs på entreprenad av\n"
      "Omsorgsgruppen Norden AB\n"
      "socialtjänst samt stöd och service till personer med funktionsnedsättning\n"
      "1. Gruppbostaden Vulcanusgatan (Vardagsnära Stöd AB)\n");
  EXPECT_EQ(DetailsOf(r, "Gruppbostaden Vulcanusgatan"),
            " | Socialtjänst samt stöd och service till personer med funktionsnedsättning | "
            "Vardagsnära Stöd AB");
}

TEST(UnitNames, AFirstClauseThatTakesPartBeforeASemicolonAndADepartmentWithCommas) {
  // SaysUnitsTakePart: the clause before "; " alone; unit_details.re2
  // comma_department_enumeration.
  const Record r = ExtractReport(
      "Dessutom har Enheten för ekonomiskt bistånd, en del av sociala avdelningen, anmält sig; "
      "enheten deltog även 2011 och har sedan dess arbetat vidare.\n\n"
      "Följande verksamheter deltar i kvalitetsutmärkelsen:\n\n"
      "• Fritidsgården Pumphuset, avdelningen för kultur, fritid och förebyggande arbete\n");
  EXPECT_NE(FindUnit(r, "Enheten för ekonomiskt bistånd"), nullptr);
  EXPECT_EQ(DetailsOf(r, "Fritidsgården Pumphuset"),
            "avdelningen för kultur, fritid och förebyggande arbete |  | ");
}

TEST(UnitsInTables, AnAbbreviatedCellKeepsItsFullStopAndSocialtjänstMm) {
  // A table cell ending in an abbreviation ("Förskoleavd.") keeps its full stop;
  // classes.tsv reads "Socialtjänst m.m.".
  const Record r = ExtractWithTable({{"Enhet", "Avdelning", "Klass"},
                                     {"Förskolan Sandtorpet", "Förskoleavd.", "Förskola"},
                                     {"Familjecentrum Farsta", "IFO", "Socialtjänst m.m."}});
  EXPECT_EQ(DetailsOf(r, "Förskolan Sandtorpet"), "Förskoleavd. | Förskola | ");
  EXPECT_EQ(DetailsOf(r, "Familjecentrum Farsta"),
            "IFO | Socialtjänst samt stöd och service till personer med funktionsnedsättning | ");
}

}  // namespace
}  // namespace kvreg
