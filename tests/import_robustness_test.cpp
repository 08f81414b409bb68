// The batch survives what issue 5 throws at it: a parser that crashes or hangs, kill -9 of the
// importer at any moment (then a re-run completes the register without duplicates), and two
// importers writing the same register while a reader runs history and verify in a loop.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <vector>

#include "kvreg/register.h"
#include "test_support.h"

namespace kvreg {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::Query;
using testing::Quote;
using testing::RunKvreg;
using testing::SourcePath;
using testing::TempDir;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Starts the kvreg binary with `args`, stdout and stderr to the given files; returns its pid.
pid_t StartKvreg(const std::vector<std::string>& args, const std::string& out,
                 const std::string& err) {
  const pid_t pid = fork();
  if (pid == 0) {
    freopen(out.c_str(), "w", stdout);
    freopen(err.c_str(), "w", stderr);
    std::vector<char*> argv{const_cast<char*>(KVREG_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(KVREG_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

int WaitExit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// What the register holds, independent of the order documents arrived in.
struct RegisterContent {
  std::vector<std::string> documents;       // sha256, sorted
  std::vector<std::string> participations;  // unit key|year, sorted
  std::string sources;                      // count
  bool operator==(const RegisterContent&) const = default;
};

RegisterContent ContentOf(const std::string& db) {
  return {Query(db, "SELECT sha256 FROM documents ORDER BY sha256"),
          Query(db,
                "SELECT u.name_key || '|' || p.award_year FROM participations p JOIN units u "
                "ON u.id = p.unit_id ORDER BY 1"),
          Query(db, "SELECT count(*) FROM participation_sources").at(0)};
}

// `copies` distinct documents per corpus PDF: each copy gets a comment line after %%EOF,
// which changes its hash but not its text.
size_t MakeDistinctDocuments(const std::string& dir, int copies) {
  fs::create_directories(dir);
  size_t made = 0;
  for (const auto& entry : fs::directory_iterator(SourcePath("corpus"))) {
    if (entry.path().extension() != ".pdf") continue;
    const std::string bytes = ReadFile(entry.path().string());
    for (int c = 0; c < copies; ++c) {
      std::ofstream(dir + "/" + entry.path().stem().string() + "-" + std::to_string(c) + ".pdf",
                    std::ios::binary)
          << bytes << "%copy " << c << "\n";
      ++made;
    }
  }
  return made;
}

class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) { setenv(name, value, 1); }
  ~ScopedEnv() { unsetenv(name_); }

 private:
  const char* name_;
};

// Each document's wholeness, independent of the order documents arrived in: its hash, its page
// count, the pages stored and the participation sources it wrote.
std::vector<std::string> DocumentShapes(const std::string& db) {
  return Query(db,
               "SELECT d.sha256 || '|' || d.pages || '|' || "
               "(SELECT count(*) FROM document_pages p WHERE p.document_id = d.id) || '|' || "
               "(SELECT count(*) FROM participation_sources s WHERE s.document_id = d.id) "
               "FROM documents d ORDER BY d.sha256");
}

// The documents the register at `db` holds committed, as a reader sees them now; 0 while it
// has no schema yet (or cannot be read at this moment).
size_t CommittedDocuments(const std::string& db) {
  sqlite3* connection = nullptr;
  size_t count = 0;
  if (sqlite3_open_v2(db.c_str(), &connection, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(connection, 1000);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT count(*) FROM documents", -1, &stmt, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      count = static_cast<size_t>(sqlite3_column_int64(stmt, 0));
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(connection);
  return count;
}

// Waits until `db` exists and holds at least `documents` committed documents: an event, not a
// guess at how long an import takes. False after two minutes (the import is stuck).
bool WaitForDocuments(const std::string& db, size_t documents) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
  while (std::chrono::steady_clock::now() < deadline) {
    if (fs::exists(db) && (documents == 0 || CommittedDocuments(db) >= documents)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

std::map<std::string, json> ImportLines(const std::string& output) {
  std::map<std::string, json> lines;
  std::istringstream in(output);
  std::string line;
  while (std::getline(in, line)) {
    const json j = json::parse(line);
    if (j.contains("file")) lines[fs::path(j["file"].get<std::string>()).filename()] = j;
  }
  return lines;
}

TEST(ImportRobustness, ACrashingAndAHangingParseFailOnlyTheirFiles) {
  TempDir dir;
  fs::create_directory(dir.Path("in"));
  std::ofstream(dir.Path("in/crash.pdf")) << "%kvreg-test-fault: crash\n";
  std::ofstream(dir.Path("in/hang.pdf")) << "%kvreg-test-fault: hang\n";
  fs::copy(SourcePath("corpus/bromma-2023-tu.pdf"), dir.Path("in/good.pdf"));
  ScopedEnv faults("KVREG_TEST_FAULTS", "1");
  const auto started = std::chrono::steady_clock::now();
  // 5 s: room for the good file on a busy machine. Without the timeout the hang never ends and
  // ctest's TIMEOUT (tests/CMakeLists.txt) fails the test.
  const auto r = RunKvreg("import --json --jobs 2 --timeout 5 --db " + Quote(dir.Path("r.sqlite")) +
                          " " + Quote(dir.Path("in")));
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(120));
  EXPECT_EQ(r.exit_code, 1);
  const auto lines = ImportLines(r.output);
  ASSERT_EQ(lines.size(), 3u) << r.output;
  EXPECT_EQ(lines.at("crash.pdf")["error"], "parser crashed: SIGSEGV");
  EXPECT_EQ(lines.at("hang.pdf")["error"], "parser timed out after 5 s");
  EXPECT_EQ(lines.at("good.pdf")["status"], "imported");
  EXPECT_EQ(Query(dir.Path("r.sqlite"), "SELECT count(*) FROM documents").at(0), "1");
}

TEST(ImportRobustness, TheFaultTriggerNeedsTheTestVariable) {
  TempDir dir;
  std::ofstream(dir.Path("crash.pdf")) << "%kvreg-test-fault: crash\n";
  const auto r = RunKvreg("import --json --db " + Quote(dir.Path("r.sqlite")) + " " +
                          Quote(dir.Path("crash.pdf")));
  EXPECT_EQ(ImportLines(r.output).at("crash.pdf")["error"], "not a PDF: no %PDF header");
}

// Each kill comes at an event, not after a guessed time: the register file appearing, the first
// committed document, half of them, all of them. A hanging last file (the test fault, with a
// timeout far beyond the test) keeps every killed import alive until its kill, however fast or
// slow the machine.
TEST(ImportRobustness, KillNineAtAnyMomentThenResumeCompletesWithoutDuplicates) {
  TempDir dir;
  const size_t made = MakeDistinctDocuments(dir.Path("in"), 2);
  fs::create_directory(dir.Path("hang"));
  std::ofstream(dir.Path("hang/hang.pdf")) << "%kvreg-test-fault: hang\n";
  ScopedEnv faults("KVREG_TEST_FAULTS", "1");
  const std::string reference = dir.Path("reference.sqlite");
  ASSERT_EQ(
      RunKvreg("import --jobs 2 --db " + Quote(reference) + " " + Quote(dir.Path("in"))).exit_code,
      0);
  const RegisterContent expected = ContentOf(reference);
  ASSERT_EQ(expected.documents.size(), made);
  const std::vector<std::string> whole_documents = DocumentShapes(reference);

  const std::string db = dir.Path("killed.sqlite");
  for (size_t target : {size_t{0}, size_t{1}, made / 2, made}) {
    SCOPED_TRACE("killed once " + std::to_string(target) + " documents were committed");
    const pid_t pid = StartKvreg({"import", "--jobs", "2", "--timeout", "3600", "--db", db,
                                  dir.Path("in"), dir.Path("hang")},
                                 dir.Path("out"), dir.Path("err"));
    const bool reached = WaitForDocuments(db, target);
    kill(pid, SIGKILL);
    EXPECT_EQ(WaitExit(pid), 128 + SIGKILL) << "the import ended before the kill";
    ASSERT_TRUE(reached) << ReadFile(dir.Path("err"));
    EXPECT_EQ(Query(db, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
    // Killed before the schema was made, the register is an empty database: also sound.
    if (Query(db, "SELECT name FROM sqlite_master WHERE name = 'documents'").empty()) {
      EXPECT_EQ(target, 0u);
      continue;
    }
    // What was committed stays; nothing is there twice; each document is whole.
    const std::vector<std::string> shapes = DocumentShapes(db);
    EXPECT_GE(shapes.size(), target);
    EXPECT_LE(shapes.size(), made);
    for (const std::string& shape : shapes) {
      EXPECT_TRUE(std::binary_search(whole_documents.begin(), whole_documents.end(), shape))
          << "not as a whole import writes it: " << shape;
    }
    EXPECT_EQ(Query(db,
                    "SELECT count(*) FROM participations p WHERE NOT EXISTS (SELECT 1 FROM "
                    "participation_sources s WHERE s.participation_id = p.id)"),
              std::vector<std::string>{"0"});
  }
  const auto resumed =
      RunKvreg("import --json --jobs 2 --db " + Quote(db) + " " + Quote(dir.Path("in")));
  EXPECT_EQ(resumed.exit_code, 0) << resumed.output;
  EXPECT_EQ(Query(db, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
  EXPECT_EQ(ContentOf(db), expected);
  EXPECT_EQ(DocumentShapes(db), whole_documents);
}

TEST(ImportRobustness, TwoImportersAndAReaderShareTheRegister) {
  TempDir dir;
  MakeDistinctDocuments(dir.Path("in"), 2);
  const std::string reference = dir.Path("reference.sqlite");
  ASSERT_EQ(RunKvreg("import --db " + Quote(reference) + " " + Quote(dir.Path("in"))).exit_code, 0);
  const RegisterContent expected = ContentOf(reference);

  // Both importers take every document (in the same order), so they race for each one.
  const std::string db = dir.Path("shared.sqlite");
  const pid_t importers[] = {StartKvreg({"import", "--jobs", "1", "--db", db, dir.Path("in")},
                                        dir.Path("out1"), dir.Path("err1")),
                             StartKvreg({"import", "--jobs", "1", "--db", db, dir.Path("in")},
                                        dir.Path("out2"), dir.Path("err2"))};
  std::map<pid_t, int> exits;  // exit code of each importer, once it has ended
  auto reap = [&] {
    for (pid_t pid : importers) {
      int status = 0;
      if (exits.count(pid) == 0 && waitpid(pid, &status, WNOHANG) == pid) {
        exits[pid] = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
    }
  };
  // A read before the register exists rightly says there is none: read once it is there.
  ASSERT_TRUE(WaitForDocuments(db, 0));
  int reads = 0;
  std::string reader_errors;
  do {
    reap();
    for (const char* command : {"history", "verify"}) {
      const std::string err = dir.Path("reader-err");
      const auto r = RunKvreg(std::string(command) + " --db " + Quote(db) +
                                  (std::string(command) == "history" ? " Vällingby" : ""),
                              err);
      if (r.exit_code != 0) reader_errors += command + (": " + ReadFile(err));
      ++reads;
    }
  } while (exits.size() < 2);
  EXPECT_EQ(reader_errors, "");
  EXPECT_GE(reads, 2);
  for (pid_t pid : importers) EXPECT_EQ(exits[pid], 0) << "importer " << pid;
  for (const char* err : {"err1", "err2"}) EXPECT_EQ(ReadFile(dir.Path(err)), "") << err;
  for (const char* out : {"out1", "out2"}) {
    EXPECT_NE(ReadFile(dir.Path(out)).find(", 0 failed, 0 skipped"), std::string::npos) << out;
  }
  EXPECT_EQ(ContentOf(db), expected);
  EXPECT_EQ(Query(db, "SELECT count(*) FROM import_log WHERE outcome = 'failed'").at(0), "0");
}

// Several processes opening a new register at the same moment each get a working register:
// the schema is created once, not once per process.
TEST(ImportRobustness, ConcurrentOpensOfANewRegisterAllSucceed) {
  for (int round = 0; round < 20; ++round) {
    TempDir dir;
    const std::string db = dir.Path("new.sqlite");
    int go[2];
    ASSERT_EQ(pipe(go), 0);
    std::vector<pid_t> children;
    for (int i = 0; i < 4; ++i) {
      const pid_t pid = fork();
      if (pid == 0) {
        close(go[1]);
        char c;
        (void)!read(go[0], &c, 1);  // wait until all are started
        std::unique_ptr<Register> reg;
        const Status opened = Register::Open(db, &reg);
        if (!opened.ok()) fprintf(stderr, "%s\n", opened.message().c_str());
        _exit(opened.ok() ? 0 : 1);
      }
      children.push_back(pid);
    }
    close(go[0]);
    close(go[1]);  // releases them all at once
    for (pid_t pid : children) EXPECT_EQ(WaitExit(pid), 0) << "round " << round;
  }
}

// An import waits for a write lock held longer than a register's usual ten seconds (another
// import's batches on a loaded machine) instead of failing with "database is locked".
// `holder` takes the register's write lock and keeps it 12 s, longer than the usual wait of
// 10 s; an import of one document meanwhile waits for it and succeeds. Closes `holder`.
void ExpectAnImportWaitsForTheLockOf(sqlite3* holder, const TempDir& dir, const std::string& db) {
  ASSERT_EQ(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  std::thread release([holder] {
    std::this_thread::sleep_for(std::chrono::seconds(12));
    sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr);
  });
  const auto r = RunKvreg(
      "import --db " + Quote(db) + " " + Quote(testing::SourcePath("corpus/bromma-2024-p23.pdf")),
      dir.Path("err"));
  release.join();
  sqlite3_close(holder);
  EXPECT_EQ(r.exit_code, 0) << ReadFile(dir.Path("err"));
}

TEST(ImportRobustness, AnImportWaitsForAWriteLockHeldLongerThanTenSeconds) {
  TempDir dir;
  const std::string db = dir.Path("r.sqlite");
  {
    std::unique_ptr<Register> reg;
    ASSERT_TRUE(Register::Open(db, &reg).ok());
  }
  sqlite3* holder = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &holder), SQLITE_OK);
  ExpectAnImportWaitsForTheLockOf(holder, dir, db);
}

// Two importers started at once on a new register: the second read schema version 0 while the
// first created it, and then waited for the write lock to migrate while the first held it batch
// after batch. It waits as an import waits, not the usual ten seconds (a sanitizer build on a
// busy machine failed "cannot bring the register schema from version 0 to 5: database is
// locked").
TEST(ImportRobustness, CreatingARegisterWaitsForAWriteLockHeldLongerThanTenSeconds) {
  TempDir dir;
  const std::string db = dir.Path("r.sqlite");
  sqlite3* holder = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &holder), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(holder, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr), SQLITE_OK);
  ExpectAnImportWaitsForTheLockOf(holder, dir, db);
}

}  // namespace
}  // namespace kvreg
