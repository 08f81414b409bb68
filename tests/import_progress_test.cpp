// The import progress line: counts, rate and time left, and what it draws.
#include "kvreg/import_progress.h"

#include <gtest/gtest.h>

namespace kvreg {
namespace {

TEST(ImportProgress, FormatsCountRateAndTimeLeft) {
  EXPECT_EQ(FormatProgress(0, 10, 0), "0/10 files");
  EXPECT_EQ(FormatProgress(50, 100, 10), "50/100 files, 5.0 files/s, 10 s left");
  EXPECT_EQ(FormatProgress(100, 1000, 2), "100/1000 files, 50 files/s, 18 s left");
  EXPECT_EQ(FormatProgress(10, 10000, 10), "10/10000 files, 1.0 files/s, 2 h 46 min left");
  EXPECT_EQ(FormatProgress(100, 100, 4), "100/100 files, 25 files/s");
}

TEST(ImportProgress, DrawsInPlaceAndEndsTheLine) {
  char* text = nullptr;
  size_t size = 0;
  std::FILE* out = open_memstream(&text, &size);
  ImportProgress progress(out, 2);
  progress.FileDone();  // too soon after the start to redraw
  progress.FileDone();  // complete: always drawn
  progress.Finish();
  std::fclose(out);
  const std::string drawn(text, size);
  free(text);
  EXPECT_EQ(drawn.rfind("\rkvreg import: 2/2 files", 0), 0u) << drawn;
  EXPECT_EQ(drawn.find("1/2"), std::string::npos);
  EXPECT_EQ(drawn.back(), '\n');
}

}  // namespace
}  // namespace kvreg
