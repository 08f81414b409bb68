// FileWalk: the files under the paths given to import, one at a time, so that memory holds one
// folder listing per level of the walk rather than every name of the batch. Order: the paths
// as given; inside a folder, by full path (a file "b.pdf" before the folder "b/"). Folder
// symlinks are not followed, so a symlink loop cannot trap the walk. Private to src/.
#pragma once

#include <string>
#include <vector>

namespace kvreg {

class FileWalk {
 public:
  explicit FileWalk(std::vector<std::string> paths) : paths_(std::move(paths)) {}

  // The next file (true), or the next problem: a missing path, an unreadable folder, a link
  // that loops or dangles, with *problem set to the reason; or a link to a folder met inside a
  // folder, which is not followed: *skipped true and the reason in *problem. False when the
  // walk is over.
  bool Next(std::string* file, std::string* problem, bool* skipped);

 private:
  struct Level {
    std::vector<std::string> entries;  // full paths, sorted; folders end in '/'
    size_t next = 0;
  };
  bool Open(const std::string& folder, std::string* problem);

  std::vector<std::string> paths_;
  size_t next_path_ = 0;
  std::vector<Level> stack_;
};

}  // namespace kvreg
