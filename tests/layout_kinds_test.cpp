// Layouts that carried units past the extractor in the fifth round (corpus/tune5): a list item
// whose line ends where an item cannot end, a bullet on a page of short lines followed by a
// sentence, a table cell that says "nothing", and a table's section row spanning its columns.
// Each test fails without the rule it names.
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

}  // namespace
}  // namespace kvreg
