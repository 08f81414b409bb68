// Finding patterns/ for a binary run from any folder.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "kvreg/patterns.h"

namespace kvreg {

std::string LocatePatternsDir(const std::string& explicit_dir) {
  namespace fs = std::filesystem;
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("KVREG_PATTERNS"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / KVREG_INSTALL_PATTERNS_SUBDIR;
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  return KVREG_SOURCE_PATTERNS_DIR;
}

}  // namespace kvreg
