// Poppler's tables held between documents (src/text/poppler_globals.h): the held document opens,
// and reading documents one after another gives the same text as reading each alone.
#include "poppler_globals.h"

#include <gtest/gtest.h>

#include "kvreg/document_text.h"
#include "test_support.h"

namespace kvreg {
namespace {

TEST(PopplerGlobals, HeldDocumentOpens) { EXPECT_TRUE(KeepPopplerGlobalsAlive()); }

TEST(PopplerGlobals, SecondReadGivesTheSameText) {
  const std::string file = testing::SourcePath("corpus/aldrenamnden-2022-anmalan.pdf");
  DocumentText first, second;
  ASSERT_TRUE(ReadDocumentText(file, TextLimits(), &first).ok());
  ASSERT_TRUE(ReadDocumentText(file, TextLimits(), &second).ok());
  ASSERT_EQ(first.pages.size(), second.pages.size());
  for (size_t p = 0; p < first.pages.size(); ++p) {
    ASSERT_EQ(first.pages[p].lines.size(), second.pages[p].lines.size());
    for (size_t l = 0; l < first.pages[p].lines.size(); ++l) {
      EXPECT_EQ(first.pages[p].lines[l].text, second.pages[p].lines[l].text);
      EXPECT_EQ(first.pages[p].lines[l].top, second.pages[p].lines[l].top);
    }
  }
}

}  // namespace
}  // namespace kvreg
