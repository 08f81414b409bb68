// Commands that only read the register open it read-only and create nothing: with no register
// in the folder they say so, naming the path, with exit code 2 (issue 15), instead of answering
// from a new empty register.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "kvreg/register.h"
#include "test_support.h"

namespace kvreg {
namespace {

namespace fs = std::filesystem;
using testing::Document;
using testing::Quote;
using testing::TempDir;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<std::string> FilesIn(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(RegisterRead, OpenForReadingAMissingRegisterSaysSoAndCreatesNothing) {
  TempDir dir;
  std::unique_ptr<Register> reg;
  const Status s = Register::OpenForReading(dir.Path("r.sqlite"), &reg);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("there is no register at " + dir.Path("r.sqlite")), std::string::npos)
      << s.message();
  EXPECT_EQ(reg, nullptr);
  EXPECT_TRUE(FilesIn(dir.Path()).empty());
}

TEST(RegisterRead, OpenForReadingQueriesAndCannotWrite) {
  TempDir dir;
  {
    std::unique_ptr<Register> writer;
    ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &writer).ok());
    ASSERT_TRUE(writer->AddDocument(Document("a", "Förskolan A")).ok());
  }
  std::unique_ptr<Register> reg;
  ASSERT_TRUE(Register::OpenForReading(dir.Path("r.sqlite"), &reg).ok());
  std::vector<UnitSummary> units;
  ASSERT_TRUE(reg->Units("", &units).ok());
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].name, "Förskolan A");
  EXPECT_FALSE(reg->AddDocument(Document("b", "Förskolan B")).ok());
  EXPECT_FALSE(reg->RenameUnit("Förskolan A", "Förskolan Ä").ok());
}

// An empty database file (an import killed before it made the schema) is upgraded, as Open
// would, and then reads as an empty register.
TEST(RegisterRead, OpenForReadingUpgradesAnEmptyDatabase) {
  TempDir dir;
  std::ofstream(dir.Path("r.sqlite")).close();
  std::unique_ptr<Register> reg;
  const Status s = Register::OpenForReading(dir.Path("r.sqlite"), &reg);
  ASSERT_TRUE(s.ok()) << s.message();
  std::vector<UnitSummary> units;
  EXPECT_TRUE(reg->Units("", &units).ok());
  EXPECT_TRUE(units.empty());
}

TEST(RegisterRead, NotARegisterIsAnError) {
  TempDir dir;
  std::ofstream(dir.Path("r.sqlite")) << "year,board,unit\n2024,B,U\n";
  std::unique_ptr<Register> reg;
  const Status s = Register::OpenForReading(dir.Path("r.sqlite"), &reg);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not a kvreg register"), std::string::npos) << s.message();
}

// Every read-only command, run in a folder without register.sqlite (and without KVREG_DB).
TEST(RegisterRead, ReadCommandsWithoutARegisterExitTwoAndCreateNothing) {
  for (const char* command :
       {"history Solrosen", "history --json Solrosen", "verify", "verify --json", "report",
        "report --json", "export --format csv", "export --format json", "search Solrosen", "units",
        "units list", "units --json"}) {
    TempDir dir;
    fs::create_directory(dir.Path("work"));
    const std::string err = dir.Path("err");
    const std::string line = "cd " + Quote(dir.Path("work")) + " && env -u KVREG_DB '" +
                             std::string(KVREG_BINARY) + "' " + command + " >" +
                             Quote(dir.Path("out")) + " 2>" + Quote(err);
    const int status = std::system(line.c_str());
    ASSERT_TRUE(WIFEXITED(status)) << command;
    EXPECT_EQ(WEXITSTATUS(status), 2) << command;
    EXPECT_EQ(ReadFile(err),
              "kvreg: there is no register at register.sqlite (import documents "
              "first, or name one with --db or KVREG_DB)\n")
        << command;
    EXPECT_EQ(ReadFile(dir.Path("out")), "") << command;
    EXPECT_TRUE(FilesIn(dir.Path("work")).empty()) << command;
  }
}

TEST(RegisterRead, ReadCommandsNameTheMissingDbPath) {
  TempDir dir;
  const std::string db = dir.Path("nowhere.sqlite");
  const auto r = testing::RunKvreg("history --db " + Quote(db) + " X", dir.Path("err"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(ReadFile(dir.Path("err")).find("there is no register at " + db), std::string::npos);
  EXPECT_FALSE(fs::exists(db));
}

// Reading leaves the folder as it was: no new file beside the register after a query.
TEST(RegisterRead, ReadCommandsLeaveNoFilesBehind) {
  TempDir dir;
  {
    std::unique_ptr<Register> writer;
    ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &writer).ok());
    ASSERT_TRUE(writer->AddDocument(Document("a", "Förskolan A")).ok());
  }
  const auto before = FilesIn(dir.Path());
  const auto r = testing::RunKvreg("history --json --db " + Quote(dir.Path("r.sqlite")) + " A");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("Förskolan A"), std::string::npos);
  EXPECT_EQ(FilesIn(dir.Path()), before);
}

}  // namespace
}  // namespace kvreg

namespace kvreg {
namespace {

// Failures say their kind (Status::Code), so callers branch on the code, not on the message.
TEST(RegisterStatus, FailuresSayTheirKind) {
  testing::TempDir dir;
  std::unique_ptr<Register> reg;
  Status missing = Register::OpenForReading(dir.Path("none.sqlite"), &reg);
  EXPECT_TRUE(missing.IsNotFound()) << missing.ToString();
  EXPECT_EQ(missing.message().rfind("there is no register at ", 0), 0u) << missing.message();

  const std::string junk = dir.Path("junk.sqlite");
  std::ofstream(junk) << std::string(4096, 'x');
  Status corrupt = Register::Open(junk, &reg);
  EXPECT_EQ(corrupt.code(), Status::Code::kCorrupt) << corrupt.ToString();

  ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &reg).ok());
  long long undo = 0;
  Status no_change = reg->Undo(42, {"test", "why"}, &undo);
  EXPECT_TRUE(no_change.IsNotFound()) << no_change.ToString();
  std::vector<SearchHit> hits;
  Status empty_search = reg->Search("", 10, &hits);
  EXPECT_EQ(empty_search.code(), Status::Code::kInvalidInput) << empty_search.ToString();
  EXPECT_EQ(Status::Ok().ToString(), "OK");
  EXPECT_EQ(Status::Busy("held").WithContext("r.sqlite: ").ToString(), "busy: r.sqlite: held");
}

}  // namespace
}  // namespace kvreg
