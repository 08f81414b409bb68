// Test-only fault injection for import workers (private to src/). Lets the tests prove that a
// parser crash or hang costs only its own file, without a real Poppler bug at hand.
#pragma once

#include <string>

namespace kvreg {

// In a worker process only: when the environment has KVREG_TEST_FAULTS=1 *and* the file
// starts with the line "%kvreg-test-fault: crash" (or "hang"), dies of SIGSEGV (or blocks
// until killed). Both keys are needed, so neither a stray variable nor a stray file can
// fire it in normal use. Otherwise returns at once.
void MaybeInjectTestFault(const std::string& path);

}  // namespace kvreg
