// Every corpus document's extraction equals its gold file, field by field, by the comparison
// `kvreg eval` counts with (kvreg/eval.h). The gold files (corpus/*.expected.json) were written
// by hand from the documents; `source.text` and the date's printed `text` are provenance and
// not compared, their pages are.
#include <gtest/gtest.h>

#include <algorithm>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::RealPatterns;
using testing::SourcePath;

// The corpus documents that have a gold file, by name without ".pdf".
std::vector<std::string> GoldFiles() {
  std::vector<std::string> pdfs;
  if (!FindGoldPairs(SourcePath("corpus"), &pdfs).ok()) return {};  // the size test fails
  for (std::string& name : pdfs) name.resize(name.size() - 4);
  return pdfs;
}

class CorpusGold : public ::testing::TestWithParam<std::string> {};

TEST_P(CorpusGold, ExtractionEqualsGold) {
  const std::string name = GetParam();
  GoldRecord gold;
  const Status read = ReadGoldRecord(SourcePath("corpus/" + name + ".expected.json"), &gold);
  ASSERT_TRUE(read.ok()) << read.message();
  const Record got = ExtractFile(RealPatterns(), SourcePath("corpus/" + name + ".pdf"));

  EXPECT_EQ(got.sha256, gold.record.sha256) << "sha256";
  EXPECT_EQ(got.error, gold.record.error) << "error";
  // The same equality `kvreg eval` counts with, plus the order of first appearance.
  std::vector<Discrepancy> differences = CompareRecords(gold, got).discrepancies;
  for (const Discrepancy& d : OrderDiscrepancies(gold, got)) differences.push_back(d);
  for (const Discrepancy& d : differences) {
    ADD_FAILURE() << d.field << ": gold \"" << d.gold << "\", got \"" << d.got << "\"";
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusGold, ::testing::ValuesIn(GoldFiles()), testing::ParamName);

TEST(CorpusGold, CorpusHasAtLeastFortyDocuments) { EXPECT_GE(GoldFiles().size(), 40u); }

}  // namespace
}  // namespace kvreg
