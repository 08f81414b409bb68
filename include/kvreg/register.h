// Register: the SQLite register of documents, units and participations (schema and its
// invariants in src/register/register_schema.cpp). A document is written whole in one transaction
// or not at all. Units are found through their spellings (unit_spellings, keyed by UnitKey), so a
// clerk's merges and renames hold for later imports and re-extractions. One Register object
// per thread; several processes may open the same file.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kvreg/corrections.h"
#include "kvreg/participation_status.h"
#include "kvreg/record.h"
#include "kvreg/status.h"
#include "kvreg/stored_page.h"

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
  // What of this participation rests on a clerk's word rather than a document (corrections.h);
  // empty when nothing does. The verdict's reason says it too.
  std::vector<CorrectionNote> corrections;
  // Whether documents agree with the clerk's correction: true (they say the same), false (they
  // say otherwise: the review queue shows it), nullopt (no document speaks to it).
  std::optional<bool> documents_agree;
};

struct ParticipationQuery {
  std::optional<int> year;
  std::optional<std::string> board;       // case-insensitive part of the board name
  std::optional<std::string> unit_query;  // a part of any spelling of the unit (UnitKey)
  bool include_removed = false;  // also the participations a clerk removed (the review queue)
};

// A participation a clerk removed, as the review queue needs it: the removal and the
// documents imported after it that name the participation all the same (they contradict it).
struct RemovedParticipation {
  long long change = 0;  // the audit log row of the removal
  std::string unit;
  int year = 0;
  std::optional<std::string> board;
  struct LaterDocument {
    std::string file, sha256;
    int page = 0;
  };
  std::vector<LaterDocument> later_documents;
};

// A document as the review queue reads it: its record as extraction wrote it and the text of
// its first page.
struct ReviewDocument {
  std::string file, sha256;
  std::string record_json;
  std::string first_page_text;
};

// The latest attempt to import a path, when it failed and no later attempt succeeded.
struct FailedImport {
  std::string path, at, reason;
  std::optional<std::string> sha256;
};

// The expected list kept in the register (the last one given to kvreg review).
struct StoredExpectedRow {
  int year = 0;
  std::string board, unit, origin;
  int line = 0;
};

// A unit with every spelling it has been seen or named under.
struct UnitSummary {
  std::string name;
  bool name_chosen_by_clerk = false;
  std::vector<std::string>
      spellings;  // the other spellings, in the order first seen (JSON: aliases)
  int participations = 0;
};

// A page whose text matches a search.
struct SearchHit {
  std::string file;
  int page = 0;
  std::string snippet;  // the matching words in [brackets]
  std::optional<std::string> board;
  std::optional<int> award_year;
};

// A document as stored, for extraction to run again without the file.
// A document as lists show it: what it is, whose, and of which award year.
struct DocumentListing {
  long long id = 0;
  std::string path, doc_kind;
  std::optional<std::string> board, meeting_date;
  std::optional<int> award_year;
};

struct StoredDocument {
  std::string sha256;
  std::string file;
  bool has_text = false;          // false for documents imported before the register kept page text
  std::vector<StoredPage> pages;  // in page order; their lines as JSON (text stage: LoadPages)
  std::string record_json;        // what extraction read last time
};

// The award-year table (patterns/award_years.tsv) as the register needs it: the report
// deadline ("yyyy-mm-dd") of each award year, for the years whose documents state none.
struct AwardCalendar {
  std::map<int, std::string> report_deadlines;
};

class Register {
 public:
  // Opens (creating and migrating when needed) the register at `path`.
  static Status Open(const std::string& path, std::unique_ptr<Register>* out);
  // Opens an existing register for queries only (PRAGMA query_only): creates nothing, and
  // says "there is no register at PATH" when the file is missing. A register of an older
  // schema or older key rules is opened as Open does, to be upgraded in place: the one write.
  static Status OpenForReading(const std::string& path, std::unique_ptr<Register>* out);
  ~Register();
  Register(const Register&) = delete;
  Register& operator=(const Register&) = delete;

  // Sets *found when a document with this content hash is in the register with its page text
  // (one imported before the register kept text counts as missing, so a re-import adds it).
  Status HasDocument(const std::string& sha256, bool* found);

  // Adds a document and the participations it names, in one transaction (a savepoint inside
  // an open batch); with `pages`, its pages too (for search and re-extraction).
  Status AddDocument(const Record& record);
  Status AddDocument(const Record& record, const std::vector<StoredPage>* pages);

  // Replaces what was read from the document with `record.sha256` by `record` (after the
  // patterns changed): its fields, dates, diary numbers and the participations it supports.
  // Participations left without any document are removed; units, merges and names stay.
  Status ReplaceDocument(const Record& record);

  // Opens a batch: the writes up to CommitBatch() share one transaction, for bulk import. Each
  // document is still whole or absent. Other writers wait until the batch is committed.
  Status BeginBatch();
  // Commits the open batch; nothing to do when none is open.
  Status CommitBatch();
  // Sets this connection up for a long bulk write (import). Memory stays small and flat: a
  // 2 MiB page cache and no memory-mapped reads, whose pages would count against the process
  // more and more as the register grows. Each document's savepoint journal (the pages it
  // changes, ~100 KB) is kept in memory, not in a temporary file: two writes per page changed.
  // Queries keep the larger defaults of Open. It also waits up to ten minutes for another
  // writer's lock (another import), not the ten seconds of Open.
  Status PrepareForBulkWrite();

  // Notes an import attempt in the import log (outcome imported/unchanged/failed/skipped).
  Status LogImport(const std::string& path, const std::string& sha256, const std::string& outcome,
                   const std::string& reason);

  // Participations matching `query`, oldest year first, then by unit; each with its status.
  // Report deadlines come from the year's documents, else from `calendar`. The clerk's
  // corrections hold (corrections.h): a removed participation is left out (unless
  // query.include_removed), an added one is in, and each view marks what rests on them.
  Status Participations(const ParticipationQuery& query, const AwardCalendar& calendar,
                        std::vector<ParticipationView>* out);

  // The unit a spelling belongs to (exact up to UnitKey), or nullopt.
  Status FindUnit(const std::string& name, std::optional<UnitSummary>* out);
  // Units any of whose spellings contains `query` (UnitKey); all units when it is empty.
  Status Units(const std::string& query, std::vector<UnitSummary>* out);
  // The clerk says `from` and `into` are one unit: everything of `from` moves to `into`,
  // participations of the same year become one, and so do their corrections. Persists: later
  // documents that spell it either way land on `into`. Written to the audit log.
  Status MergeUnits(const std::string& from, const std::string& into,
                    const ChangeAuthor& author = {});
  // The clerk names a unit; the name is kept whatever later documents write. Audited.
  Status RenameUnit(const std::string& unit, const std::string& new_name,
                    const ChangeAuthor& author = {});

  // The clerk's corrections (src/register/register_corrections.cpp). Each checks its input (a known
  // unit, unless new_unit for an add; a note), writes the correction and its audit log row in
  // one transaction, and sets *change to the row's id. `c.board` must already be canonical
  // and `c.year` plausible (correction_input.h checks both).
  // Add: the participation took part (with c.board, c.competition_class, c.document).
  Status AddParticipation(const ParticipationCorrection& c, const ChangeAuthor& author,
                          long long* change);
  // Remove: the extractor's finding is wrong; it stays in the register, overruled.
  Status RemoveParticipation(const ParticipationCorrection& c, const ChangeAuthor& author,
                             long long* change);
  // Report: reported to its board outside the documents, on c.report_date.
  Status ReportParticipation(const ParticipationCorrection& c, const ChangeAuthor& author,
                             long long* change);
  // Sets a unit's class, department or operator for every participation of it.
  Status SetUnitField(const std::string& unit, UnitField field, const std::string& value,
                      const ChangeAuthor& author, long long* change);
  // The award years documents and participations of the register name.
  Status KnownAwardYears(std::set<int>* out);

  // The audit trail (src/register/register_audit.cpp): every change a person made, oldest first;
  // with `unit`, only those about that unit (any of its spellings, before or after merges).
  Status AuditLog(const std::optional<std::string>& unit, std::vector<AuditEntry>* out);
  // Reverts change `change` by adding its inverse (history is never deleted); *undo_change is
  // the new row. A merge, an undo and a change already undone cannot be undone.
  Status Undo(long long change, const ChangeAuthor& author, long long* undo_change);

  // The review queue's facts (src/register/register_review.cpp).
  Status ReviewDocuments(std::vector<ReviewDocument>* out);
  Status FailedImports(std::vector<FailedImport>* out);
  Status RemovedParticipations(std::vector<RemovedParticipation>* out);
  // Items a clerk marked checked (and not undone), by id.
  Status ReviewedItems(std::set<std::string>* out);
  // Marks a review item checked; `item_json` describes it for the audit log.
  Status MarkReviewed(const std::string& item_id, const std::string& item_json,
                      const ChangeAuthor& author, long long* change);
  // The expected list kept for the review queue: replaced, and read back.
  Status StoreExpectedList(const std::vector<StoredExpectedRow>& rows);
  Status ExpectedList(std::vector<StoredExpectedRow>* out);

  // Pages holding every word of `query` (each word searched as written, punctuation and
  // all), the most recently imported first (FTS5 returns those without ranking every match).
  Status Search(const std::string& query, int limit, std::vector<SearchHit>* out);

  // The ids of all documents, in import order, and one stored document by id.
  Status DocumentIds(std::vector<long long>* out);
  Status LoadDocument(long long id, StoredDocument* out);
  // Every document as lists show it, in import order.
  Status Documents(std::vector<DocumentListing>* out);
  // A number that changes when another connection commits to the register (SQLite's
  // data_version): a reader's cache is stale when it differs from the one it was built at.
  Status DataVersion(long long* out);

 private:
  explicit Register(sqlite3* db);
  Status Exec(const char* sql);
  Status Migrate(const std::string& path);
  // Within a transaction: the facts of a document (dates, diary numbers, participations).
  Status WriteFacts(long long document_id, const Record& record);
  // Pages are indexed for search many at a time (IndexNewPages): FTS5 writes out what it holds
  // at every savepoint, so indexing each page as it came would write a tiny index segment per
  // page and spend the import merging them. A transaction's pages are indexed before it
  // commits, and within a batch also between documents, a chunk at a time, so that no commit
  // makes the import wait long.
  Status WritePages(long long document_id, const std::vector<StoredPage>& pages);
  // Within a transaction and outside a document's savepoint: indexes the pages written since
  // the last call.
  Status IndexNewPages();
  // Within a transaction: the unit a spelling belongs to, created when new.
  Status ResolveUnitId(const std::string& name, long long* unit_id);
  Status AddAbbreviationAlias(const std::string& name, long long unit_id);
  Status MergeUnitIds(long long from, long long into);
  // Within a transaction: recomputes every key after UnitKey's rules changed.
  Status RekeyUnits();
  Status LoadUnit(long long unit_id, UnitSummary* out);
  // Runs `body` in one IMMEDIATE transaction, rolled back when it fails.
  template <typename Body>
  Status InTransaction(Body body);
  // Within a transaction: writes one audit log row (register_audit.cpp).
  struct AuditRow;
  Status WriteAudit(const AuditRow& row, long long* id);
  // Within a transaction: the correction kinds' shared part (register_corrections.cpp).
  struct CorrectionTarget;
  Status FindCorrectionTarget(const ParticipationCorrection& c, bool create_unit,
                              CorrectionTarget* out);
  Status WriteCorrection(const std::string& kind, const CorrectionTarget& target,
                         const ParticipationCorrection& c, long long audit_id);
  // Within a transaction: the inverse of one change (register_audit.cpp).
  Status Revert(const AuditEntry& entry, long long undo_id);
  // chosen_by_clerk: the name holds whatever later documents write (SQL:
  // units.name_chosen_by_clerk).
  Status RenameUnitId(long long unit_id, const std::string& new_name, bool chosen_by_clerk);
  sqlite3* db_;
  std::unique_ptr<StatementCache> cache_;  // statements of the write path
  bool in_batch_ = false;
  // The pages written in the open transaction and not yet indexed (IndexNewPages).
  struct UnindexedPages {
    // The id of the first, or 0 when none. Page ids only grow within a transaction (the
    // largest id + 1), so every page with this id or a larger one is new.
    long long first = 0;
    int pages = 0;  // about how many: rolled-back documents' pages still count
  } unindexed_;
};

}  // namespace kvreg
