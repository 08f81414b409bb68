// The streaming walk over import paths (see file_walk.h).
#include "file_walk.h"

#include <algorithm>
#include <filesystem>

namespace kvreg {
namespace fs = std::filesystem;
namespace {

// Why a symbolic link will not be read: it loops or dangles (a failure), or it leads to a
// folder, which is not followed inside a folder so that a link loop cannot trap the walk (a
// skip). False for a link to a file, which is read.
bool LinkProblem(const fs::path& link, bool inside_folder, std::string* problem, bool* skipped) {
  std::error_code ec;
  const fs::file_status target = fs::status(link, ec);
  *skipped = false;
  if (ec && ec.value() == ELOOP) {
    *problem = "symbolic link loop: the link never ends";
  } else if (ec || !fs::exists(target)) {
    *problem = "broken symbolic link: its target is missing";
  } else if (inside_folder && fs::is_directory(target)) {
    *problem = "link to a folder: not followed, so a link loop cannot trap the walk";
    *skipped = true;
  } else {
    return false;
  }
  return true;
}

}  // namespace

// Lists one folder onto the stack: its regular files, and its subfolders marked with '/'.
bool FileWalk::Open(const std::string& folder, std::string* problem) {
  std::error_code ec;
  fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    *problem = "cannot read the folder: " + ec.message();
    return false;
  }
  Level level;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    std::error_code type_ec;
    if (it->is_symlink(type_ec)) {
      level.entries.push_back(it->path().string());  // Next says why if it is not a file
    } else if (it->is_directory(type_ec)) {
      level.entries.push_back(it->path().string() + "/");
    } else if (it->is_regular_file(type_ec)) {
      level.entries.push_back(it->path().string());
    }
  }
  if (ec) {
    *problem = "cannot read the folder: " + ec.message();
    return false;
  }
  std::sort(level.entries.begin(), level.entries.end());
  stack_.push_back(std::move(level));
  return true;
}

bool FileWalk::Next(std::string* file, std::string* problem, bool* skipped) {
  problem->clear();
  *skipped = false;
  for (;;) {
    if (stack_.empty()) {
      if (next_path_ == paths_.size()) return false;
      const std::string& path = paths_[next_path_++];
      std::error_code ec;
      *file = path;
      // A link named on the command line is followed, even to a folder, unless it is broken.
      if (fs::is_symlink(path, ec) && LinkProblem(path, false, problem, skipped)) return true;
      const fs::file_status status = fs::status(path, ec);
      if (ec || !fs::exists(status)) {
        *problem = "no such file or folder";
        return true;
      }
      if (!fs::is_directory(status)) return true;
      if (!Open(path, problem)) return true;
      continue;
    }
    Level& level = stack_.back();
    if (level.next == level.entries.size()) {
      stack_.pop_back();
      continue;
    }
    std::string entry = level.entries[level.next++];
    if (entry.back() != '/') {
      std::error_code ec;
      if (fs::is_symlink(entry, ec)) LinkProblem(entry, true, problem, skipped);
      *file = std::move(entry);
      return true;
    }
    entry.pop_back();
    if (!Open(entry, problem)) {
      *file = entry;
      return true;
    }
  }
}

}  // namespace kvreg
