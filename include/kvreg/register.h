// Register: the SQLite register of documents, units and participations (schema and its
// invariants in src/register_schema.sql). A document is written whole in one transaction or
// not at all. One Register object per thread; several processes may open the same file.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kvreg/participation_status.h"
#include "kvreg/patterns.h"
#include "kvreg/record.h"
#include "kvreg/status.h"

struct sqlite3;

namespace kvreg {

class StatementCache;

// One participation (unit, award year) with its status and the documents it rests on.
struct ParticipationView {
  std::string unit;
  int year = 0;
  std::optional<std::string> board;
  std::optional<std::string> competition_class;
  std::optional<std::string> operator_name;
  std::optional<std::string> department;
  StatusVerdict verdict;
  std::vector<EvidenceDocument> documents;
};

struct ParticipationQuery {
  std::optional<int> year;
  std::optional<std::string> board;       // case-insensitive part of the board name
  std::optional<std::string> unit_query;  // UnitNameMatches
};

class Register {
 public:
  // Opens (creating and migrating when needed) the register at `path`.
  static Status Open(const std::string& path, std::unique_ptr<Register>* out);
  ~Register();
  Register(const Register&) = delete;
  Register& operator=(const Register&) = delete;

  // Sets *found when a document with this content hash is in the register.
  Status HasDocument(const std::string& sha256, bool* found);

  // Adds a document and the participations it names, in one transaction (a savepoint inside
  // an open batch).
  Status AddDocument(const Record& record);

  // Opens a batch: the writes up to CommitBatch() share one transaction, for bulk import. Each
  // document is still whole or absent. Other writers wait until the batch is committed.
  Status BeginBatch();
  // Commits the open batch; nothing to do when none is open.
  Status CommitBatch();

  // Notes an import attempt in the import log (outcome imported/unchanged/failed/skipped).
  Status LogImport(const std::string& path, const std::string& sha256, const std::string& outcome,
                   const std::string& reason);

  // Participations matching `query`, oldest year first, then by unit; each with its status.
  // Report deadlines come from the year's documents, else from `calendar`.
  Status Participations(const ParticipationQuery& query,
                        const std::map<int, AwardYearDates>& calendar,
                        std::vector<ParticipationView>* out);

 private:
  explicit Register(sqlite3* db);
  Status Exec(const char* sql);
  sqlite3* db_;
  std::unique_ptr<StatementCache> cache_;  // statements of the write path
  bool in_batch_ = false;
};

}  // namespace kvreg
