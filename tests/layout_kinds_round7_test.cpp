// Layouts and wordings that carried units past the extractor in the seventh round
// (corpus/tune8): a header cell with a qualifier, a table's last rows on the next page with
// no header, a sub-item numbered twice, items set apart by semicolons, a head word in lower
// case after the verb of taking part. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::ExtractPdf;

TEST(UnitsInTables, AHeaderCellWithAQualifierBeforeItsHeaderWord) {
  // "Verksamhet | Ansvarig avdelning | Utförare": "Ansvarig" is no header word, but it stands
  // before one in its cell; the column is the department's.
  const Record r = ExtractPdf("corpus/tune8/t8b-d14.pdf");
  EXPECT_EQ(r.units.size(), 6u);
  const UnitMention* u = FindUnit(r, "Gruppbostaden Flatenvägen");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->via, "table");
  EXPECT_EQ(u->department.value_or(""), "Avdelningen för stöd och service");
  const UnitMention* run = FindUnit(r, "Dagverksamheten Minnesgården");
  ASSERT_NE(run, nullptr);
  EXPECT_EQ(run->operator_name.value_or(""), "Vigör Omsorg AB");
  EXPECT_EQ(run->competition_class.value_or(""), "Äldreomsorg");
}

TEST(UnitsInTables, ATablesLastRowOnTheNextPageWithNoHeaderRepeated) {
  // Page 2 begins, below the page header, with a row whose cells begin where the table's did
  // on page 1: it is the table's row, not text.
  const Record r = ExtractPdf("corpus/tune8/t8b-d01.pdf");
  const UnitMention* u = FindUnit(r, "Familjecentrum Älvsjö");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->via, "table");
  EXPECT_EQ(u->department.value_or(""), "Avdelningen för individ- och familjeomsorg");
  EXPECT_EQ(u->source.page, 2);
  // A repeated header still begins the table's part on the next page (devset 01, tune7 d18).
  const Record repeated = ExtractPdf("corpus/tune7/t7b-d18.pdf");
  EXPECT_EQ(FindUnit(repeated, "Verksamhet"), nullptr);
  EXPECT_NE(FindUnit(repeated, "Träffpunkt Bredängsgården"), nullptr);
}

TEST(Matters, ASubItemNumberedByTheListAndByHandWithItsUnitsAfterSemicolons) {
  // "2. b) Deltagande i Kvalitetsutmärkelsen 2022, Dnr ST 2022/0327" is an item of its own,
  // so the next sub-item's Dnr stays out; "Anmäls: A, avd. äldreomsorg; B, avd. IFO; C, avd.
  // förskola": "avd." ends no sentence, and the semicolons set the items apart.
  const Record r = ExtractPdf("corpus/tune8/t8b-d04.pdf");
  EXPECT_EQ(r.diary_numbers, std::vector<std::string>{"ST 2022/0327"});
  ASSERT_EQ(r.units.size(), 3u);
  const UnitMention* u = FindUnit(r, "Spånga familjecentrum");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->department.value_or(""), "avd. IFO");
  const UnitMention* first = FindUnit(r, "Träffpunkt Tenstagården");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->department.value_or(""), "avd. äldreomsorg");
}

TEST(UnitNames, AHeadWordInLowerCaseAfterTheVerbOfTakingPart) {
  // "Omsorgshuset Klara AB, som deltar med gruppbostaden Tallkronan i Hässelby", "Därutöver
  // deltar daglig verksamhet Verkstan Sjöhagen, som drivs …"
  const Record r = ExtractPdf("corpus/tune8/t8b-d02.pdf");
  EXPECT_NE(FindUnit(r, "Gruppbostaden Tallkronan"), nullptr);
  EXPECT_NE(FindUnit(r, "Daglig verksamhet Verkstan Sjöhagen"), nullptr);
  // Not a name the board's report only remembers ("korttidsboendet Lugnet, som fick …").
  EXPECT_EQ(FindUnit(r, "Korttidsboendet Lugnet"), nullptr);
}

}  // namespace
}  // namespace kvreg
