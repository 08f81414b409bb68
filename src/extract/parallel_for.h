// A loop whose iterations run on every core: used where independent pieces of start-up work
// (compiling the pattern files' regexes) would otherwise keep the other cores idle.
#pragma once

#include <cstddef>
#include <functional>

namespace kvreg {

// Calls task(i) for every i in [0, count), spread over up to one thread per core (the calling
// thread among them), and returns once all are done. Each i runs exactly once; tasks must not
// write to anything another task touches.
void ParallelFor(size_t count, const std::function<void(size_t)>& task);

}  // namespace kvreg
