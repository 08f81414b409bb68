// The import progress line: counts, rate and time left, and what it draws.
#include "import_progress.h"

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

// On a clock of the test's own, so that a busy machine cannot make "too soon" late.
TEST(ImportProgress, DrawsInPlaceAtMostEvery200MsAndEndsTheLine) {
  char* text = nullptr;
  size_t size = 0;
  std::FILE* out = open_memstream(&text, &size);
  ImportProgress::Clock::time_point now{};
  using std::chrono::milliseconds;
  ImportProgress progress(out, 4, [&now] { return now; });
  now += milliseconds(100);
  progress.FileDone();  // too soon after the start to redraw
  now += milliseconds(150);
  progress.FileDone();  // 250 ms: drawn
  now += milliseconds(199);
  progress.FileDone();  // 199 ms after that draw: not yet
  now += milliseconds(1);
  progress.FileDone();  // complete: always drawn
  progress.Finish();
  std::fclose(out);
  const std::string drawn(text, size);
  free(text);
  EXPECT_EQ(drawn,
            "\rkvreg import: 2/4 files, 8.0 files/s, 0 s left\033[K"
            "\rkvreg import: 4/4 files, 8.9 files/s\033[K\n");
}

}  // namespace
}  // namespace kvreg
