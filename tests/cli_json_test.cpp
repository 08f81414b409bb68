// Every JSON the command line writes holds up to a file name that is not UTF-8 (a Latin-1 name
// from an old zip or share, which import accepts): the bytes become U+FFFD, the command does not
// abort (issue 15). And no command writes JSON past src/cli/output.cpp's JsonText.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "test_support.h"

namespace kvreg {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::JsonLines;
using testing::Quote;
using testing::RunKvreg;
using testing::SourcePath;
using testing::TempDir;

const char kLatin1Name[] = "r\xE4pport";             // "räpport" in Latin-1: not UTF-8
const char kShownName[] = "r\xEF\xBF\xBDpport.pdf";  // as JSON shows it: U+FFFD for the byte

class CliJsonWithLatin1FileName : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directory(dir_.Path("in"));
    fs::copy(SourcePath("corpus/skarpnack-2022-p45.pdf"),
             dir_.Path("in/" + std::string(kLatin1Name) + ".pdf"));
    const auto imported = RunKvreg("import --json --db " + db_ + " " + Quote(dir_.Path("in")));
    ASSERT_EQ(imported.exit_code, 0) << imported.output;
    ASSERT_NE(imported.output.find(kShownName), std::string::npos) << imported.output;
  }

  // Runs `command` on the register and checks it succeeds with valid JSON (JSON Lines, or one
  // document when `one_document`); returns its output.
  std::string RunJson(const std::string& command, bool one_document = false) {
    const std::string err = dir_.Path("err");
    const auto r = RunKvreg(command + " --db " + db_, err);
    EXPECT_EQ(r.exit_code, 0) << command << ": " << ReadFile(err);
    if (one_document) {
      EXPECT_TRUE(json::accept(r.output)) << command << ": " << r.output;
    } else {
      EXPECT_NO_THROW(JsonLines(r.output)) << command << ": " << r.output;
    }
    return r.output;
  }

  static std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  TempDir dir_;
  const std::string db_ = Quote(dir_.Path("r.sqlite"));
};

TEST_F(CliJsonWithLatin1FileName, EveryReadCommandShowsTheNameReplaced) {
  for (const char* command : {"history --json Solrosen", "verify --json", "report --json",
                              "search --json Solrosen", "import --json " /* again: unchanged */}) {
    std::string full = command;
    if (full.rfind("import", 0) == 0) full += Quote(dir_.Path("in"));
    EXPECT_NE(RunJson(full).find(kShownName), std::string::npos) << command;
  }
  EXPECT_NE(RunJson("export --format json", true).find(kShownName), std::string::npos);
  EXPECT_FALSE(RunJson("units --json").empty());
}

TEST_F(CliJsonWithLatin1FileName, ReextractShowsTheNameReplaced) {
  EXPECT_NE(RunJson("reextract --json").find(kShownName), std::string::npos);
}

TEST(CliJson, EvalOfAFolderWithALatin1Name) {
  TempDir dir;
  const std::string name = dir.Path(kLatin1Name);
  fs::copy(SourcePath("corpus/skarpnack-2022-p45.pdf"), name + ".pdf");
  fs::copy(SourcePath("corpus/skarpnack-2022-p45.expected.json"), name + ".expected.json");
  const auto r = RunKvreg("eval --json " + Quote(dir.Path()));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(json::accept(r.output)) << r.output;
}

// nlohmann's dump() throws on bytes that are not UTF-8; the command line writes JSON through
// JsonText (error_handler_t::replace) only, so that a new command cannot forget it.
TEST(CliJson, NoCommandDumpsJsonItself) {
  const std::regex dump(R"(\.dump\s*\()");
  for (const auto& entry : fs::directory_iterator(SourcePath("src/cli"))) {
    if (entry.path().filename() == "output.cpp") continue;
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      EXPECT_FALSE(std::regex_search(line, dump))
          << entry.path().string() << ":" << number << ": use JsonText: " << line;
    }
  }
}

}  // namespace
}  // namespace kvreg
