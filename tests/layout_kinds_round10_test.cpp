// Layouts and wordings that carried units past the extractor in the tenth round
// (corpus/tune11): header cells of alternatives and of descriptions, a class or an abbreviated
// department in brackets, a contract after the operator, "one of" appositions, enumerations in
// the genitive, section headings, "Den tredje är …", names with no kind word sharing one
// department, a note after a semicolon, a numbered item wrapped over lines that begin with a
// dash or a capital. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::DetailsOf;
using testing::ExtractPdf;
using testing::ExtractReport;

TEST(UnitsInTables, AHeaderCellOfAlternativesSetApartBySpacedSlashes) {
  // "Verksamhet | Avdelning | Regi / utförare | Tävlingsklass": the slash is a word of its own.
  const Record r = ExtractPdf("corpus/tune11/t11b-d02.pdf");
  ASSERT_EQ(r.units.size(), 12u);
  EXPECT_EQ(DetailsOf(r, "Stödboendet Kajutan"),
            " | Socialtjänst samt stöd och service till personer med funktionsnedsättning | "
            "Vägval Omsorg AB");
  EXPECT_EQ(FindUnit(r, "Ljusgården")->via, "table");
}

TEST(UnitsInTables, AColumnDescribingTheUnitBesideTheHeaderWords) {
  // "Avdelning | Enhet | Kort om verksamheten", the classes as section rows, over two pages.
  const Record r = ExtractPdf("corpus/tune11/t11a-d13.pdf");
  ASSERT_EQ(r.units.size(), 8u);
  EXPECT_EQ(DetailsOf(r, "SFI-centrum Västerort"), "Vuxenutbildningsavdelningen | Skola | ");
  EXPECT_EQ(FindUnit(r, "Jobbtorg Kista")->via, "table");
}

TEST(UnitsInTables, ASectionHeadingAfterTheTableIsNoRow) {
  // "Bakgrund" right under the last row reads as a row with one cell.
  const Record r = ExtractPdf("corpus/tune11/t11a-d01.pdf");
  EXPECT_EQ(FindUnit(r, "Bakgrund"), nullptr);
  EXPECT_NE(FindUnit(r, "Träffpunkt Tornhagen"), nullptr);
}

TEST(UnitAppositions, AClassOrAnAbbreviatedDepartmentInBracketsAndAContractAfterTheOperator) {
  const Record r = ExtractReport(
      "Förvaltningen föreslår att nämnden nominerar följande verksamheter till "
      "kvalitetsutmärkelsen:\n\n"
      "1. Förskolan Kvarnbacken – förskoleavdelningen (klass: Förskola)\n"
      "2. Nattjouren för unga (avd. för stöd och behandling)\n"
      "3. Stödboendet Lärkstigen – drivs på entreprenad av Vägvisaren Omsorg AB enligt avtal "
      "med nämnden sedan 2010\n");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(DetailsOf(r, "Förskolan Kvarnbacken"), "förskoleavdelningen | Förskola | ");
  EXPECT_EQ(DetailsOf(r, "Nattjouren för unga"), "avd. för stöd och behandling |  | ");
  EXPECT_EQ(DetailsOf(r, "Stödboendet Lärkstigen"), " |  | Vägvisaren Omsorg AB");
}

TEST(UnitAppositions, OneOfAKindIsNoPartOfTheName) {
  const Record r = ExtractReport(
      "I år deltar Ekängens bibliotek, en av avdelningens filialer i söderort, i "
      "kvalitetsutmärkelsen.");
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Ekängens bibliotek");
}

TEST(UnitNames, AnEnumerationInTheGenitiveBeforeItsNoun) {
  const Record r = ExtractReport(
      "I år har tre verksamheter anmält sig till kvalitetsutmärkelsen. Gruppbostaden Fyrens och "
      "Kungsholmens dagliga verksamhets bidrag gäller arbetet med delaktighet.");
  EXPECT_NE(FindUnit(r, "Gruppbostaden Fyren"), nullptr);
  EXPECT_NE(FindUnit(r, "Kungsholmens dagliga verksamhet"), nullptr);
  EXPECT_EQ(FindUnit(r, "Gruppbostaden Fyrens"), nullptr);
}

TEST(UnitStatements, TheThirdOneIsAUnitForAndHasChosenItsClass) {
  // "Den tredje är X" presents one more participant; "Mottagningen för unga vuxna" has a plural
  // adjective after "för".
  const Record r = ExtractReport(
      "Förskolan Ekorren och Hemtjänsten Norr deltar i kvalitetsutmärkelsen. Den tredje är "
      "Mottagningen för unga vuxna, som har valt klassen Socialtjänst samt stöd och service till "
      "personer med funktionsnedsättning.");
  ASSERT_NE(FindUnit(r, "Mottagningen för unga vuxna"), nullptr);
  EXPECT_EQ(DetailsOf(r, "Mottagningen för unga vuxna"),
            " | Socialtjänst samt stöd och service till personer med funktionsnedsättning | ");
}

TEST(UnitStatements, AnEnumerationOfNamesWithNoKindWordSharingOneDepartment) {
  const Record r = ExtractReport(
      "Serviceförvaltningen har redovisat vilka verksamheter som anmält sig till årets "
      "kvalitetsutmärkelse. Lönebyrån och Inköpsstöd, båda inom avdelningen Ekonomi och HR, har "
      "skickat in tävlingsbidrag.");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(DetailsOf(r, "Lönebyrån"), "avdelningen Ekonomi och HR |  | ");
  EXPECT_EQ(DetailsOf(r, "Inköpsstöd"), "avdelningen Ekonomi och HR |  | ");
}

TEST(UnitAppositions, ANoteAfterASemicolonIsNoPartOfTheItem) {
  const Record r = ExtractReport(
      "Följande enheter deltar i kvalitetsutmärkelsen:\n\n"
      "1. Jobbtorg Söderort Ost: avd. Jobbtorg Stockholm; första gången\n"
      "2. Stöd- och matchningsenheten: avd. Arbetsmarknadsinsatser\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(DetailsOf(r, "Jobbtorg Söderort Ost"), "avd. Jobbtorg Stockholm |  | ");
}

TEST(UnitsInLists, ANumberedItemGoesOnToTheNextNumberWhateverItsLinesBeginWith) {
  // A wrapped line beginning with a dash or a capital is the item's, not a bullet or the end of
  // the list, when the next number follows it.
  const Record r = ExtractReport(
      "Förvaltningen föreslår att nämnden nominerar följande verksamheter:\n\n"
      "1. Kungsklippans vård- och omsorgsboende – äldreomsorgsavdelningen\n"
      "– klass Äldreomsorg\n"
      "2. Kullagårdens dagliga verksamhet – utförare Omsorgsbolaget\n"
      "Lyktan AB – klass Andra verksamheter\n"
      "3. Medborgarkontoret – kansliavdelningen – klass Andra\n"
      "verksamheter\n");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(DetailsOf(r, "Kungsklippans vård- och omsorgsboende"),
            "äldreomsorgsavdelningen | Äldreomsorg | ");
  EXPECT_EQ(DetailsOf(r, "Kullagårdens dagliga verksamhet"),
            " | Andra verksamheter | Omsorgsbolaget Lyktan AB");
  EXPECT_EQ(DetailsOf(r, "Medborgarkontoret"), "kansliavdelningen | Andra verksamheter | ");
}

}  // namespace
}  // namespace kvreg
