// The streaming walk over import paths: order, missing paths, folder symlinks not followed.
#include "file_walk.h"

#include <gtest/gtest.h>

#include <fstream>

#include "test_support.h"

namespace kvreg {
namespace {

TEST(FileWalk, VisitsFilesInPathOrderWithProblemsInline) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.Path("b/c"));
  for (const char* name : {"b/z.pdf", "b/c/x.pdf", "b.pdf", "a.txt", "b/c.pdf"}) {
    std::ofstream(dir.Path(name)) << "x";
  }
  std::filesystem::create_directory_symlink(dir.Path("b"), dir.Path("b/c/loop"));
  FileWalk walk({dir.Path("b"), dir.Path("missing"), dir.Path("a.txt")});
  std::vector<std::string> seen;
  std::string file, problem;
  bool skipped = false;
  while (walk.Next(&file, &problem, &skipped)) {
    seen.push_back(file.substr(dir.Path().size() + 1) +
                   (problem.empty() ? "" : (skipped ? " skipped: " : " : ") + problem));
  }
  EXPECT_EQ(seen,
            (std::vector<std::string>{
                "b/c.pdf",
                "b/c/loop skipped: link to a folder: not followed, so a link loop cannot trap "
                "the walk",
                "b/c/x.pdf", "b/z.pdf", "missing : no such file or folder", "a.txt"}));
}

}  // namespace
}  // namespace kvreg
