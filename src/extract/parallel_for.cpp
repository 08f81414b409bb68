// ParallelFor: threads take the next index from a shared counter until none is left.
#include "parallel_for.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace kvreg {

void ParallelFor(size_t count, const std::function<void(size_t)>& task) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < count; i = next++) task(i);
  };
  const size_t threads = std::min<size_t>(count, std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> helpers;
  for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
  for (std::thread& helper : helpers) helper.join();
}

}  // namespace kvreg
