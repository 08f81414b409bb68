// Opening, migrating and writing the register. Each document is one IMMEDIATE transaction:
// its rows, pages, units, participations and sources all land together or not at all.
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

// Pages indexed at once within a batch (IndexNewPages): about 2 ms of indexing.
constexpr int kIndexChunkPages = 64;

// The role a document plays for the participations it names.
std::string SourceRole(const Record& record) {
  if (record.doc_kind == "protocol_extract") return record.decision ? "decided" : "notified";
  if (record.doc_kind == "official_report") return "proposed";
  return "notified";
}

// The schema version (PRAGMA user_version). The statement is finished before returning: a
// statement left open holds a read snapshot, and a connection holding an old snapshot in WAL
// mode gets "database is locked" at once, without waiting, when it then begins to write.
Status ReadSchemaVersion(sqlite3* db, size_t* version) {
  Statement q(db, "PRAGMA user_version");
  if (!q.Step()) return Status::Error(q.error());
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
    if ((rc & 0xff) != SQLITE_BUSY || attempt == 200) return Status::Error(message);
    sqlite3_sleep(50);
  }
}

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
  return keys.ok() ? Status::Ok() : Status::Error(keys.error());
}

}  // namespace

Status Register::OpenForReading(const std::string& path, std::unique_ptr<Register>* out) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    return Status::Error("there is no register at " + path +
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
    return Status::Error("cannot open the register " + path + ": " + message);
  }
  std::unique_ptr<Register> reg(new Register(db));
  sqlite3_busy_timeout(db, 10000);
  bool up_to_date = false;
  Status checked = IsUpToDate(db, &up_to_date);
  if (!checked.ok()) return Status::Error(path + ": not a kvreg register: " + checked.message());
  if (!up_to_date) {  // upgraded by a connection that may write; queried through it as well
    reg.reset();
    return Open(path, out);
  }
  for (const char* pragma :
       {"PRAGMA query_only=ON", "PRAGMA cache_size=-32768", "PRAGMA mmap_size=268435456"}) {
    Status s = reg->Exec(pragma);
    if (!s.ok()) return Status::Error("cannot open the register " + path + ": " + s.message());
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
    return Status::Error("cannot open the register " + path + ": " + message);
  }
  std::unique_ptr<Register> reg(new Register(db));
  // busy_timeout first, so that what follows waits for other processes instead of failing.
  sqlite3_busy_timeout(db, 10000);
  // A larger page cache and memory-mapped reads: verifying a year touches thousands of rows
  // spread over the file, which through read() calls costs more than the queries themselves.
  for (const char* pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                             "PRAGMA cache_size=-32768", "PRAGMA mmap_size=268435456"}) {
    Status s = reg->Exec(pragma);
    if (!s.ok()) return Status::Error("cannot open the register " + path + ": " + s.message());
  }
  Status wal = SwitchToWal(db);
  if (!wal.ok()) return Status::Error("cannot open the register " + path + ": " + wal.message());
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
  if (!read.ok()) return Status::Error(path + ": not a kvreg register: " + read.message());
  const auto& migrations = RegisterMigrations();
  if (current > migrations.size()) {
    return Status::Error(path + ": the register was written by a newer kvreg (schema " +
                         std::to_string(current) + ")");
  }
  if (current < migrations.size()) {
    Status s = Exec("BEGIN IMMEDIATE");
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
    if (!keys.ok()) return Status::Error(path + ": " + keys.error());
  }
  Status s = Exec("BEGIN IMMEDIATE");
  if (s.ok()) s = RekeyUnits();
  if (s.ok()) {
    Statement set(db_, "INSERT OR REPLACE INTO register_meta VALUES ('unit_key_version', ?)");
    set.Bind(1, wanted);
    if (!set.Run()) s = Status::Error(set.error());
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
  if (!began.ok()) return Status::Error("register: " + began.message());
  in_batch_ = true;
  return Status::Ok();
}

Status Register::PrepareForBulkWrite() {
  // An import waits for another import's batches, however long the machine takes over them
  // (up to ten minutes), instead of failing with "database is locked" after the usual ten
  // seconds: a batch holds the write lock for up to a second and the same importer begins the
  // next at once, so a second importer may get in only when the first has finished.
  sqlite3_busy_timeout(db_, 600000);
  Status s = Exec("PRAGMA cache_size=-2048");
  if (s.ok()) s = Exec("PRAGMA mmap_size=0");
  if (s.ok()) s = Exec("PRAGMA temp_store=MEMORY");
  if (!s.ok()) return Status::Error("register: " + s.message());
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
    return Status::Error("register: cannot commit: " + committed.message());
  }
  return Status::Ok();
}

Status Register::IndexNewPages() {
  if (unindexed_.first == 0) return Status::Ok();
  Statement index(*cache_,
                  "INSERT INTO page_search (rowid, text) "
                  "SELECT id, text FROM document_pages WHERE id >= ?");
  index.Bind(1, unindexed_.first);
  if (!index.Run()) return Status::Error("cannot index the pages for search: " + index.error());
  unindexed_ = {};
  return Status::Ok();
}

Status Register::Exec(const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    return Status::Error(message);
  }
  return Status::Ok();
}

Status Register::HasDocument(const std::string& sha256, bool* found) {
  // A document imported before the register kept page text counts as missing, so that
  // importing its file again stores the text (AddDocument) for search and re-extraction.
  Statement q(*cache_,
              "SELECT 1 FROM documents d WHERE sha256 = ? AND "
              "EXISTS (SELECT 1 FROM document_pages p WHERE p.document_id = d.id)");
  q.Bind(1, sha256);
  *found = q.Step();
  if (!q.ok()) return Status::Error("register: " + q.error());
  return Status::Ok();
}

Status Register::AddDocument(const Record& record) { return AddDocument(record, nullptr); }

Status Register::AddDocument(const Record& record, const std::vector<StoredPage>* pages) {
  if (in_batch_ && unindexed_.pages >= kIndexChunkPages) {
    Status indexed = IndexNewPages();
    if (!indexed.ok()) return Status::Error("register: " + indexed.message());
  }
  // Inside a batch the document is a savepoint: released, or rolled back alone.
  const char* rollback = in_batch_ ? "ROLLBACK TO document; RELEASE document" : "ROLLBACK";
  const char* commit = in_batch_ ? "RELEASE document" : "COMMIT";
  Status began = Exec(in_batch_ ? "SAVEPOINT document" : "BEGIN IMMEDIATE");
  if (!began.ok()) return Status::Error("register: " + began.message());
  auto fail = [&](const std::string& what) {
    const std::string message = "register: " + what;
    Exec(rollback);
    if (!in_batch_) unindexed_ = {};
    return Status::Error(message);
  };
  // Outside a batch, the document's pages are indexed in its own transaction.
  auto finish = [&](Status written) {
    if (written.ok() && !in_batch_) written = IndexNewPages();
    if (!written.ok()) return fail(written.message());
    Status committed = Exec(commit);
    if (!committed.ok()) return fail("cannot commit: " + committed.message());
    return Status::Ok();
  };
  Statement known(*cache_,
                  "SELECT id, EXISTS (SELECT 1 FROM document_pages p WHERE p.document_id = d.id) "
                  "FROM documents d WHERE sha256 = ?");
  known.Bind(1, record.sha256);
  if (known.Step()) {
    // Known content: another importer wrote it first (nothing to add), or it was imported
    // before the register kept page text (keep the text now).
    const bool without_text = known.Int(1) == 0 && pages != nullptr;
    return finish(without_text ? WritePages(known.Int(0), *pages) : Status::Ok());
  }
  if (!known.ok()) return fail(known.error());
  Statement doc(*cache_,
                "INSERT INTO documents (sha256, path, pages, doc_kind, board, administration, "
                "paragraph, award_year, meeting_date, document_date, decision, proposal, "
                "record_json, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  doc.Bind(1, record.sha256).Bind(2, record.file).Bind(3, static_cast<long long>(record.pages));
  doc.Bind(4, record.doc_kind).Bind(5, record.board).Bind(6, record.administration);
  doc.Bind(7, record.paragraph).Bind(8, record.award_year).Bind(9, record.meeting_date);
  doc.Bind(10, record.document_date).Bind(11, record.decision).Bind(12, record.proposal);
  doc.Bind(13, JsonLine(RecordToJson(record))).Bind(14, NowUtcTimestamp());
  if (!doc.Run()) return fail("cannot add the document: " + doc.error());
  const long long document_id = sqlite3_last_insert_rowid(db_);
  Status written = WriteFacts(document_id, record);
  if (written.ok() && pages != nullptr) written = WritePages(document_id, *pages);
  return finish(written);
}

Status Register::ReplaceDocument(const Record& record) {
  Status began = Exec("BEGIN IMMEDIATE");
  if (!began.ok()) return Status::Error("register: " + began.message());
  auto fail = [&](const std::string& what) {
    Exec("ROLLBACK");
    return Status::Error("register: " + what);
  };
  Statement find(db_, "SELECT id FROM documents WHERE sha256 = ?");
  find.Bind(1, record.sha256);
  if (!find.Step()) return fail("no document " + record.sha256 + " to replace");
  const long long document_id = find.Int(0);
  Statement doc(db_,
                "UPDATE documents SET pages = ?, doc_kind = ?, board = ?, administration = ?, "
                "paragraph = ?, award_year = ?, meeting_date = ?, document_date = ?, "
                "decision = ?, proposal = ?, record_json = ? WHERE id = ?");
  doc.Bind(1, static_cast<long long>(record.pages)).Bind(2, record.doc_kind);
  doc.Bind(3, record.board).Bind(4, record.administration).Bind(5, record.paragraph);
  doc.Bind(6, record.award_year).Bind(7, record.meeting_date).Bind(8, record.document_date);
  doc.Bind(9, record.decision).Bind(10, record.proposal);
  doc.Bind(11, JsonLine(RecordToJson(record))).Bind(12, document_id);
  if (!doc.Run()) return fail("cannot update the document: " + doc.error());
  for (const char* sql : {"DELETE FROM document_diary_numbers WHERE document_id = ?",
                          "DELETE FROM document_dates WHERE document_id = ?",
                          "DELETE FROM participation_sources WHERE document_id = ?"}) {
    Statement del(db_, sql);
    del.Bind(1, document_id);
    if (!del.Run()) return fail(del.error());
  }
  Status written = WriteFacts(document_id, record);
  if (!written.ok()) return fail(written.message());
  // Keeps "every participation has a source or a clerk's add": what no document supports
  // any more goes, unless a clerk added it (a correction wins over extraction).
  Status pruned = Exec(
      "DELETE FROM participations WHERE NOT EXISTS "
      "(SELECT 1 FROM participation_sources s WHERE s.participation_id = participations.id) "
      "AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.unit_id = participations.unit_id "
      "AND c.award_year = participations.award_year AND c.kind = 'add' "
      "AND c.revoked_by IS NULL)");
  if (!pruned.ok()) return fail(pruned.message());
  Status committed = Exec("COMMIT");
  if (!committed.ok()) return fail("cannot commit: " + committed.message());
  return Status::Ok();
}

Status Register::WriteFacts(long long document_id, const Record& record) {
  if (record.board) {
    Statement board(*cache_, "INSERT OR IGNORE INTO boards (name) VALUES (?)");
    board.Bind(1, *record.board);
    if (!board.Run()) return Status::Error("cannot add the board: " + board.error());
  }
  for (size_t i = 0; i < record.diary_numbers.size(); ++i) {
    Statement dnr(*cache_, "INSERT INTO document_diary_numbers VALUES (?,?,?)");
    dnr.Bind(1, document_id).Bind(2, static_cast<long long>(i)).Bind(3, record.diary_numbers[i]);
    if (!dnr.Run()) return Status::Error("cannot add a diary number: " + dnr.error());
  }
  for (const DatedStatement& d : record.dates) {
    Statement date(*cache_, "INSERT INTO document_dates VALUES (?,?,?,?,?)");
    date.Bind(1, document_id).Bind(2, d.role).Bind(3, d.date);
    date.Bind(4, static_cast<long long>(d.year_inferred))
        .Bind(5, static_cast<long long>(d.source.page));
    if (!date.Run()) return Status::Error("cannot add a date: " + date.error());
  }

  // Participations: the units this document names for its award year, and the earlier years
  // it mentions.
  auto add_source = [&](const std::string& unit_name, int year, const UnitMention* details,
                        int page, const std::string& role) -> Status {
    long long unit_id = 0;
    Status resolved = ResolveUnitId(unit_name, &unit_id);
    if (!resolved.ok()) return resolved;
    Statement part(*cache_,
                   "INSERT INTO participations (unit_id, award_year, board, class, operator, "
                   "department) VALUES (?,?,?,?,?,?) ON CONFLICT(unit_id, award_year) DO UPDATE "
                   "SET board = coalesce(board, excluded.board), "
                   "class = coalesce(excluded.class, class), "
                   "operator = coalesce(excluded.operator, operator), "
                   "department = coalesce(excluded.department, department) RETURNING id");
    part.Bind(1, unit_id).Bind(2, static_cast<long long>(year)).Bind(3, record.board);
    part.Bind(4, details ? details->competition_class : std::nullopt);
    part.Bind(5, details ? details->operator_name : std::nullopt);
    part.Bind(6, details ? details->department : std::nullopt);
    if (!part.Step()) return Status::Error(part.error());
    const long long participation_id = part.Int(0);
    part.Run();
    Statement source(*cache_, "INSERT OR IGNORE INTO participation_sources VALUES (?,?,?,?)");
    source.Bind(1, participation_id).Bind(2, document_id).Bind(3, static_cast<long long>(page));
    source.Bind(4, role);
    if (!source.Run()) return Status::Error(source.error());
    return Status::Ok();
  };
  if (record.award_year) {
    for (const UnitMention& u : record.units) {
      Status s = add_source(u.name, *record.award_year, &u, u.source.page, SourceRole(record));
      if (!s.ok())
        return Status::Error("cannot add the participation of " + u.name + ": " + s.message());
    }
  }
  for (const PriorParticipation& p : record.prior_participation) {
    for (int year : p.years) {
      if (record.award_year && year == *record.award_year) continue;
      Status s = add_source(p.unit, year, nullptr, 1, "mentioned");
      if (!s.ok()) {
        return Status::Error("cannot add the earlier participation of " + p.unit + ": " +
                             s.message());
      }
    }
  }
  return Status::Ok();
}

Status Register::WritePages(long long document_id, const std::vector<StoredPage>& pages) {
  for (const StoredPage& page : pages) {
    Statement insert(*cache_,
                     "INSERT INTO document_pages (document_id, page, text, lines_json) "
                     "VALUES (?,?,?,?)");
    insert.Bind(1, document_id).Bind(2, static_cast<long long>(page.number));
    insert.Bind(3, page.text).Bind(4, page.lines_json);
    if (!insert.Run()) return Status::Error("cannot add page text: " + insert.error());
    if (unindexed_.first == 0) unindexed_.first = sqlite3_last_insert_rowid(db_);
    ++unindexed_.pages;
  }
  return Status::Ok();
}

Status Register::LogImport(const std::string& path, const std::string& sha256,
                           const std::string& outcome, const std::string& reason) {
  Statement log(*cache_,
                "INSERT INTO import_log (at, path, sha256, outcome, reason) VALUES (?,?,?,?,?)");
  log.Bind(1, NowUtcTimestamp()).Bind(2, path);
  log.Bind(3, sha256.empty() ? std::nullopt : std::optional<std::string>(sha256));
  log.Bind(4, outcome).Bind(5, reason.empty() ? std::nullopt : std::optional<std::string>(reason));
  if (!log.Run()) return Status::Error("register: cannot write the import log: " + log.error());
  return Status::Ok();
}

}  // namespace kvreg
