// The sets of corpus/ written by other hands (devset/, real/ and the tuning sets tune5/ …
// tune16/) held to the figures they reach after the rounds that tuned on them, so that a rule
// for one author's documents does not cost another's.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

// The sets written by other hands, held to what they reach (kvreg eval corpus/devset).
TEST(OtherAuthorsSets, DevsetStaysAtItsFigures) {
  EvaluationReport report;
  ASSERT_TRUE(
      EvaluateDirectory(testing::RealPatterns(), testing::SourcePath("corpus/devset"), &report)
          .ok());
  EXPECT_EQ(report.documents.size(), 20u);
  EXPECT_GE(report.fields.at("units").F1(), 0.95);
  EXPECT_GE(report.fields.at("units.department").F1(), 0.90);
  EXPECT_GE(report.fields.at("units.class").F1(), 0.90);
  EXPECT_GE(report.Overall().F1(), 0.95);
}

// A tuning set by outside hands holds its figures: units, units.class and overall F1.
void ExpectTuningSetFigures(const char* dir, size_t documents, double units, double classes,
                            double overall) {
  EvaluationReport report;
  ASSERT_TRUE(EvaluateDirectory(testing::RealPatterns(), testing::SourcePath(dir), &report).ok());
  EXPECT_EQ(report.documents.size(), documents);
  EXPECT_GE(report.fields.at("units").F1(), units);
  EXPECT_GE(report.fields.at("units.class").F1(), classes);
  EXPECT_GE(report.Overall().F1(), overall);
}

// corpus/tune5: 24 documents by an outside hand, tuned on in the fourth round.
TEST(OtherAuthorsSets, Tune5StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune5", 24, 0.97, 0.97, 0.99);
}

// corpus/tune6: 22 documents by an outside hand, tuned on in the fifth round.
TEST(OtherAuthorsSets, Tune6StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune6", 22, 0.96, 0.96, 0.97);
}

// corpus/tune7: 40 documents by two outside hands, tuned on in the sixth round.
TEST(OtherAuthorsSets, Tune7StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune7", 40, 0.97, 0.97, 0.97);
}

// corpus/tune8: 30 documents by two outside hands, tuned on in the seventh round.
TEST(OtherAuthorsSets, Tune8StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune8", 30, 0.98, 0.95, 0.98);
}

// corpus/tune9: 30 documents by two outside hands, tuned on in the eighth round.
TEST(OtherAuthorsSets, Tune9StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune9", 30, 0.98, 0.98, 0.96);
}

// corpus/tune10: 30 documents by two outside hands, tuned on in the ninth round.
TEST(OtherAuthorsSets, Tune10StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune10", 30, 0.98, 0.98, 0.97);
}

// corpus/tune11: 30 documents by two outside hands, tuned on in the tenth round.
TEST(OtherAuthorsSets, Tune11StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune11", 30, 0.96, 0.98, 0.96);
}

// corpus/tune12: 30 documents by two outside hands, tuned on in the eleventh round.
TEST(OtherAuthorsSets, Tune12StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune12", 30, 0.96, 0.98, 0.95);
}

// corpus/tune13: 30 documents by two outside hands, tuned on in the twelfth round.
TEST(OtherAuthorsSets, Tune13StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune13", 30, 0.98, 0.99, 0.97);
}

// corpus/tune14: 24 documents by two outside hands, tuned on in the thirteenth round.
TEST(OtherAuthorsSets, Tune14StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune14", 24, 0.98, 0.98, 0.98);
}

// corpus/tune15: 24 documents by two outside hands, tuned on in the fourteenth round.
TEST(OtherAuthorsSets, Tune15StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune15", 24, 0.99, 0.98, 0.98);
}

// corpus/tune16: 24 documents by two outside hands, tuned on in the fifteenth round.
TEST(OtherAuthorsSets, Tune16StaysAtItsFigures) {
  ExpectTuningSetFigures("corpus/tune16", 24, 0.99, 0.99, 0.99);
}

TEST(OtherAuthorsSets, RealAgendasNameNoInventedUnit) {
  EvaluationReport report;
  ASSERT_TRUE(
      EvaluateDirectory(testing::RealPatterns(), testing::SourcePath("corpus/real"), &report).ok());
  EXPECT_EQ(report.documents.size(), 4u);
  EXPECT_EQ(report.fields.at("units").fp, 0);
  EXPECT_GE(report.fields.at("award_year").F1(), 0.99);
}

}  // namespace
}  // namespace kvreg
