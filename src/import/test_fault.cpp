// Test-only fault injection for import workers: see test_fault.h for the two keys it needs.
#include "test_fault.h"

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>

namespace kvreg {

void MaybeInjectTestFault(const std::string& path) {
  const char* enabled = std::getenv("KVREG_TEST_FAULTS");
  if (enabled == nullptr || std::strcmp(enabled, "1") != 0) return;
  std::ifstream in(path, std::ios::binary);
  std::string first_line;
  if (!in || !std::getline(in, first_line)) return;
  if (first_line == "%kvreg-test-fault: crash") {
    signal(SIGSEGV, SIG_DFL);  // a real death by signal, even under a sanitizer's handler
    raise(SIGSEGV);
  } else if (first_line == "%kvreg-test-fault: hang") {
    for (;;) pause();
  }
}

}  // namespace kvreg
