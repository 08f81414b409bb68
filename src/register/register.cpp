// Opening and migrating the register, and its transactions and batches (the documents' writes
// are in register_documents.cpp).
#include "kvreg/register.h"

#include <sqlite3.h>

#include <ctime>
#include <filesystem>

#include "kvreg/record_json.h"
#include "kvreg/unit_key.h"
#include "register_corrections.h"
#include "register_schema.h"
#include "sqlite_statement.h"

namespace kvreg {
namespace {

// The schema version (PRAGMA user_version). The statement is finished before returning: a
// statement left open holds a read snapshot, and a connection holding an old snapshot in WAL
// mode gets "database is locked" at once, without waiting, when it then begins to write.
Status ReadSchemaVersion(sqlite3* db, size_t* version) {
  Statement q(db, "PRAGMA user_version");
  if (!q.Step()) return q.Failure("");
  *version = static_cast<size_t>(q.Int(0));
  return Status::Ok();
}

// Puts the register in WAL mode (readers never wait for the writer). When several processes
// open a new register at once, the switch can fail with SQLITE_BUSY without consulting the
// busy handler, so it is retried here for up to the busy timeout.
Status SwitchToWal(sqlite3* db) {
  for (int attempt = 0;; ++attempt) {
    char* error = nullptr;
    const int rc = sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, &error);
    const std::string message = error ? error : sqlite3_errmsg(db);
    sqlite3_free(error);
    if (rc == SQLITE_OK) return Status::Ok();
    if ((rc & 0xff) != SQLITE_BUSY || attempt == 200) return SqliteStatus(rc, message);
    sqlite3_sleep(50);
  }
}

// How long a connection that must write waits for another import's write lock: an import
// holds it batch after batch until it is done, however long the machine takes over them.
constexpr int kWaitForAnotherImportMs = 600000;
// How long anything else waits for it.
constexpr int kWaitMs = 10000;

// Whether the register has the newest schema and units keyed by today's UnitKey rules, so
// that a read-only connection can query it as it is.
Status IsUpToDate(sqlite3* db, bool* up_to_date) {
  size_t version = 0;
  Status read = ReadSchemaVersion(db, &version);
  if (!read.ok()) return read;
  *up_to_date = false;
  if (version != RegisterMigrations().size()) return Status::Ok();
  Statement keys(db, "SELECT value FROM register_meta WHERE key = 'unit_key_version'");
  *up_to_date = keys.Step() && keys.TextOr(0) == std::to_string(kUnitKeyVersion);
  return keys.ok() ? Status::Ok() : keys.Failure("");
}

}  // namespace

Status Register::OpenForReading(const std::string& path, std::unique_ptr<Register>* out) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    return Status::NotFound("there is no register at " + path +
                            " (import documents first, or name one with --db or KVREG_DB)");
  }
  // Not SQLITE_OPEN_READONLY but query_only, which refuses every write just as well: a read-only
  // connection cannot remove the -wal and -shm files when it closes, and would leave them behind.
  // Without SQLITE_OPEN_CREATE a file that went missing meanwhile is an error, not made anew.
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IoError("cannot open the register " + path + ": " + message);
  }
  std::unique_ptr<Register> reg(new Register(db));
  sqlite3_busy_timeout(db, kWaitMs);
  bool up_to_date = false;
  Status checked = IsUpToDate(db, &up_to_date);
  if (!checked.ok()) return checked.WithContext(path + ": not a kvreg register: ");
  if (!up_to_date) {  // upgraded by a connection that may write; queried through it as well
    reg.reset();
    return Open(path, out);
  }
  for (const char* pragma :
       {"PRAGMA query_only=ON", "PRAGMA cache_size=-32768", "PRAGMA mmap_size=268435456"}) {
    Status s = reg->Exec(pragma);
    if (!s.ok()) return s.WithContext("cannot open the register " + path + ": ");
  }
  *out = std::move(reg);
  return Status::Ok();
}

Status Register::Open(const std::string& path, std::unique_ptr<Register>* out) {
  sqlite3* db = nullptr;
  // NOMUTEX: a Register belongs to one thread (see register.h), so SQLite need not lock.
  const int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IoError("cannot open the register " + path + ": " + message);
  }
  std::unique_ptr<Register> reg(new Register(db));
  // busy_timeout first, so that what follows waits for other processes instead of failing.
  sqlite3_busy_timeout(db, kWaitMs);
  // A larger page cache and memory-mapped reads: verifying a year touches thousands of rows
  // spread over the file, which through read() calls costs more than the queries themselves.
  for (const char* pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                             "PRAGMA cache_size=-32768", "PRAGMA mmap_size=268435456"}) {
    Status s = reg->Exec(pragma);
    if (!s.ok()) return s.WithContext("cannot open the register " + path + ": ");
  }
  Status wal = SwitchToWal(db);
  if (!wal.ok()) return wal.WithContext("cannot open the register " + path + ": ");
  Status migrated = reg->Migrate(path);
  if (!migrated.ok()) return migrated;
  *out = std::move(reg);
  return Status::Ok();
}

// Applies the migrations the file lacks, all in one transaction: a register is at the schema
// it had or at the newest, never between (a kill or a failing step in the middle leaves it as
// it was). Then re-keys the units when the file's keys were made by other UnitKey rules.
Status Register::Migrate(const std::string& path) {
  size_t current = 0;
  Status read = ReadSchemaVersion(db_, &current);
  if (!read.ok()) return read.WithContext(path + ": not a kvreg register: ");
  const auto& migrations = RegisterMigrations();
  if (current > migrations.size()) {
    return Status::Error(path + ": the register was written by a newer kvreg (schema " +
                         std::to_string(current) + ")");
  }
  if (current < migrations.size()) {
    // Two importers started at once on a new register: the one that read version 0 while the
    // other created it waits for the other's batches, as an import waits (PrepareForBulkWrite).
    sqlite3_busy_timeout(db_, kWaitForAnotherImportMs);
    Status s = Exec("BEGIN IMMEDIATE");
    sqlite3_busy_timeout(db_, kWaitMs);
    // Another process may have migrated while we waited for the write lock: read again.
    if (s.ok()) s = ReadSchemaVersion(db_, &current);
    for (size_t v = current; s.ok() && v < migrations.size(); ++v) {
      s = Exec(migrations[v]);
      if (!s.ok())
        s = Status::Error("step to version " + std::to_string(v + 1) + ": " + s.message());
    }
    if (s.ok()) s = Exec(("PRAGMA user_version=" + std::to_string(migrations.size())).c_str());
    if (s.ok()) s = Exec("COMMIT");
    if (!s.ok()) {
      Exec("ROLLBACK");
      return Status::Error(path + ": cannot bring the register schema from version " +
                           std::to_string(current) + " to " + std::to_string(migrations.size()) +
                           ": " + s.message());
    }
  }
  const std::string wanted = std::to_string(kUnitKeyVersion);
  {  // finished before BEGIN: a statement left open would hold an old snapshot (see above)
    Statement keys(db_, "SELECT value FROM register_meta WHERE key = 'unit_key_version'");
    if (keys.Step() && keys.TextOr(0) == wanted) return Status::Ok();
    if (!keys.ok()) return keys.Failure(path + ": ");
  }
  sqlite3_busy_timeout(db_, kWaitForAnotherImportMs);  // as for the migrations above
  Status s = Exec("BEGIN IMMEDIATE");
  sqlite3_busy_timeout(db_, kWaitMs);
  if (s.ok()) s = RekeyUnits();
  if (s.ok()) {
    Statement set(db_, "INSERT OR REPLACE INTO register_meta VALUES ('unit_key_version', ?)");
    set.Bind(1, wanted);
    if (!set.Run()) s = set.Failure("");
  }
  if (s.ok()) s = Exec("COMMIT");
  if (!s.ok()) {
    Exec("ROLLBACK");
    return Status::Error(path + ": cannot re-key the units: " + s.message());
  }
  return Status::Ok();
}

Register::Register(sqlite3* db) : db_(db), cache_(std::make_unique<StatementCache>(db)) {}

Register::~Register() {
  if (in_batch_) Exec("ROLLBACK");  // and with it the pages not indexed
  cache_.reset();                   // finalizes the statements before the connection closes
  sqlite3_close_v2(db_);
}

Status Register::BeginBatch() {
  if (in_batch_) return Status::Ok();
  Status began = Exec("BEGIN IMMEDIATE");
  if (!began.ok()) return began.WithContext("register: ");
  in_batch_ = true;
  return Status::Ok();
}

Status Register::PrepareForBulkWrite() {
  // An import waits for another import's batches, however long the machine takes over them
  // (up to ten minutes), instead of failing with "database is locked" after the usual ten
  // seconds: a batch holds the write lock for up to a second and the same importer begins the
  // next at once, so a second importer may get in only when the first has finished.
  sqlite3_busy_timeout(db_, kWaitForAnotherImportMs);
  Status s = Exec("PRAGMA cache_size=-2048");
  if (s.ok()) s = Exec("PRAGMA mmap_size=0");
  if (s.ok()) s = Exec("PRAGMA temp_store=MEMORY");
  if (!s.ok()) return s.WithContext("register: ");
  return Status::Ok();
}

Status Register::CommitBatch() {
  if (!in_batch_) return Status::Ok();
  in_batch_ = false;
  Status committed = IndexNewPages();
  if (committed.ok()) committed = Exec("COMMIT");
  if (!committed.ok()) {
    Exec("ROLLBACK");
    unindexed_ = {};
    return committed.WithContext("register: cannot commit: ");
  }
  return Status::Ok();
}

Status Register::IndexNewPages() {
  if (unindexed_.first == 0) return Status::Ok();
  Statement index(*cache_,
                  "INSERT INTO page_search (rowid, text) "
                  "SELECT id, text FROM document_pages WHERE id >= ?");
  index.Bind(1, unindexed_.first);
  if (!index.Run()) return index.Failure("cannot index the pages for search: ");
  unindexed_ = {};
  return Status::Ok();
}

Status Register::Exec(const char* sql) {
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    return SqliteStatus(rc, std::move(message));
  }
  return Status::Ok();
}

}  // namespace kvreg
