// Layouts and wordings that carried units past the extractor in the tenth round
// (corpus/tune11). Each test fails without its rule.
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

}  // namespace
}  // namespace kvreg
