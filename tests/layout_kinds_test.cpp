// Layouts and wordings that carried units past the extractor in the fifth round (corpus/tune5):
// a list item whose line ends where an item cannot end, a bullet on a page of short lines
// followed by a sentence, a table cell that says "nothing", a table's section row spanning its
// columns, a head word in lower case, a name its apposition calls a unit, a lower-case
// department, an agenda's sub-items, a diary-number format. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::ExtractText;
using testing::ExtractWithTable;

Record ExtractPdf(const std::string& relative) {
  return ExtractFile(testing::RealPatterns(), testing::SourcePath(relative));
}

TEST(UnitsInLists, AnItemEndingInALabelGoesOnInTheNextLineThoughItIsCapitalised) {
  // layout.re2 item_goes_on: "… — klass" ⏎ "Äldreomsorg" is one item, not a unit "… klass".
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2016\n\nFrån nämndens ansvarsområde deltar följande "
      "verksamheter:\n\n1. Vård- och omsorgsboendet Sjöängen — drivs av Silverbrygga Vård AB — "
      "klass\nÄldreomsorg\n2. Dagverksamheten Rönnen: drivs av Silverbrygga Vård AB, klassen "
      "Äldreomsorg\n");
  const UnitMention* u = FindUnit(r, "Vård- och omsorgsboendet Sjöängen");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->operator_name.value_or(""), "Silverbrygga Vård AB");
  EXPECT_EQ(u->competition_class.value_or(""), "Äldreomsorg");
  EXPECT_EQ(r.units.size(), 2u);
}

TEST(Paragraphs, ABulletLineShorterThanTheLongestLinesEndsBeforeTheNextSentence) {
  // The page's running text is mostly short lines; a line is short against its longest lines,
  // so the bullet's item ends and "Alla tre tävlar …" is a sentence of its own.
  const Record r = ExtractPdf("corpus/tune5/t5-d23.pdf");
  ASSERT_FALSE(r.units.empty());
  for (const UnitMention& u : r.units) EXPECT_EQ(u.name.find("Alla"), std::string::npos) << u.name;
  const UnitMention* last = FindUnit(r, "Kvinnojouren Lyktan");
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->operator_name.value_or(""), "Fristad Stöd AB");
}

TEST(UnitsInTables, ADashCellIsNoDepartment) {
  // layout.re2 table_empty_cell
  const Record r = ExtractWithTable({{"Huvudman/utförare", "Skola", "Avdelning"},
                                     {"Kompassen Utbildning AB", "Friskolan Kompassen", "–"},
                                     {"Egen regi", "Tallskolan", "Grundskoleavdelningen"}});
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_FALSE(r.units[0].department.has_value()) << r.units[0].department.value_or("");
  EXPECT_EQ(r.units[1].department.value_or(""), "Grundskoleavdelningen");
}

TEST(UnitsInTables, ASectionRowAcrossAllColumnsHeadsTheRowsBelowIt) {
  // "Tävlingsklass: Socialtjänst samt stöd …" runs over every column; the PDF reader took it for
  // running text after the table and ended the table there, before its first row.
  const Record r = ExtractPdf("corpus/tune5/t5-d11.pdf");
  ASSERT_EQ(r.units.size(), 4u);
  const UnitMention* first = FindUnit(r, "Jobbtorg Ekbacken");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->via, "table");
  EXPECT_EQ(first->competition_class.value_or(""),
            "Socialtjänst samt stöd och service till personer med funktionsnedsättning");
  const UnitMention* second_section = FindUnit(r, "Sfi-skolan Kungsbron");
  ASSERT_NE(second_section, nullptr);
  EXPECT_EQ(second_section->competition_class.value_or(""), "Andra verksamheter");
  EXPECT_EQ(second_section->operator_name.value_or(""), "Lärvägen Utbildning AB");
}

TEST(UnitNames, AHeadWordInLowerCaseAfterAnotherNameBeginsTheNextName) {
  // unit_names.re2 head_first in any case, kept only after another name of the sentence.
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2021\n\nTill årets kvalitetsutmärkelse har "
      "förvaltningen anmält Förskolan Ängsmyran och förskolan Trollsländan, båda inom "
      "avdelningen för förskola och fritid.\n");
  ASSERT_EQ(r.units.size(), 2u);
  const UnitMention* second = FindUnit(r, "Förskolan Trollsländan");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->department.value_or(""), "avdelningen för förskola och fritid");
}

TEST(UnitNames, ANameItsAppositionCallsAUnitIsOneWithoutAKnownHeadWord) {
  // participation.re2 declared_unit: "X, en enhet inom …", "X, vårt vård- och omsorgsboende",
  // "Även X, förvaltningens kontaktcenter …"
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2019\n\nLönecentrum Fridhem, en enhet inom avdelningen "
      "HR-service, deltar för första gången. Även Kundservice Direkt, förvaltningens kontaktcenter "
      "för e-tjänster, deltar. Vi meddelar att Villa Humlebo, vårt vård- och omsorgsboende på "
      "Valhallavägen, har anmält sig till kvalitetsutmärkelsen.\n");
  const UnitMention* first = FindUnit(r, "Lönecentrum Fridhem");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->department.value_or(""), "avdelningen HR-service");
  EXPECT_NE(FindUnit(r, "Kundservice Direkt"), nullptr);
  EXPECT_NE(FindUnit(r, "Villa Humlebo"), nullptr);
  EXPECT_EQ(r.units.size(), 3u);
}

TEST(UnitAppositions, ALowerCaseDepartmentSetOffByCommasAndAnAdverbBeforeTheClass) {
  // unit_details.re2 within_lower_department; in_class after "också"
  const Record r = ExtractText(
      "Nominering till kvalitetsutmärkelsen 2008\n\nStadsdelsnämnden nominerar "
      "Försörjningsstödsenheten, inom individ- och familjeomsorgen, i klassen Socialtjänst samt "
      "stöd och service till personer med funktionsnedsättning. Därutöver deltar den fristående "
      "Förskolan Ugglebo, som drivs av Kottens Förskolor AB, också i klassen Förskola.\n");
  const UnitMention* first = FindUnit(r, "Försörjningsstödsenheten");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->department.value_or(""), "individ- och familjeomsorgen");
  const UnitMention* second = FindUnit(r, "Förskolan Ugglebo");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->operator_name.value_or(""), "Kottens Förskolor AB");
  EXPECT_EQ(second->competition_class.value_or(""), "Förskola");
}

TEST(Matters, AnAgendasSubItemsAreMattersOfTheirOwn) {
  // sections.re2 agenda_item: "6.1", "6.2" each with its own Dnr; only the award's is kept.
  const Record r = ExtractPdf("corpus/tune5/t5-d20.pdf");
  ASSERT_EQ(r.diary_numbers.size(), 1u);
  EXPECT_EQ(r.diary_numbers[0], "1.2.3-266/2018");
}

TEST(DiaryNumbers, YearCodeAndSerialAfterALabel) {
  // diary_numbers.re2 labelled_year_code_serial: "Dnr 13-400/2211"
  const Record r = ExtractText("Utbildningsnämnden\nDnr 13-400/2211\n\nText.\n");
  ASSERT_EQ(r.diary_numbers.size(), 1u);
  EXPECT_EQ(r.diary_numbers[0], "13-400/2211");
}

}  // namespace
}  // namespace kvreg
