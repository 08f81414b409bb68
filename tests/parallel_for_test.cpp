// ParallelFor (src/parallel_for.h): every index once, whatever the count.
#include "parallel_for.h"

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

namespace kvreg {
namespace {

TEST(ParallelFor, RunsEveryIndexExactlyOnce) {
  for (size_t count : {0u, 1u, 2u, 3u, 17u, 1000u}) {
    std::vector<std::atomic<int>> runs(count);
    ParallelFor(count, [&](size_t i) { ++runs[i]; });
    for (size_t i = 0; i < count; ++i) EXPECT_EQ(runs[i].load(), 1) << i << " of " << count;
  }
}

TEST(ParallelFor, ReturnsOnlyWhenAllAreDone) {
  std::atomic<int> done{0};
  ParallelFor(8, [&](size_t) {
    volatile double x = 0;
    for (int k = 0; k < 200000; ++k) x = x + k;
    ++done;
  });
  EXPECT_EQ(done.load(), 8);
}

}  // namespace
}  // namespace kvreg
