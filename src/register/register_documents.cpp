// Writing documents to the register. Each document is one IMMEDIATE transaction (a savepoint
// inside a batch): its rows, pages, units, participations and sources all land together or
// not at all.
#include <sqlite3.h>

#include <ctime>

#include "kvreg/record_json.h"
#include "kvreg/register.h"
#include "kvreg/unit_key.h"
#include "register_corrections.h"
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

}  // namespace

Status Register::HasDocument(const std::string& sha256, bool* found) {
  // A document imported before the register kept page text counts as missing, so that
  // importing its file again stores the text (AddDocument) for search and re-extraction.
  Statement q(*cache_,
              "SELECT 1 FROM documents d WHERE sha256 = ? AND "
              "EXISTS (SELECT 1 FROM document_pages p WHERE p.document_id = d.id)");
  q.Bind(1, sha256);
  *found = q.Step();
  if (!q.ok()) return q.Failure("register: ");
  return Status::Ok();
}

Status Register::AddDocument(const Record& record) { return AddDocument(record, nullptr); }

Status Register::AddDocument(const Record& record, const std::vector<StoredPage>* pages) {
  if (in_batch_ && unindexed_.pages >= kIndexChunkPages) {
    Status indexed = IndexNewPages();
    if (!indexed.ok()) return indexed.WithContext("register: ");
  }
  // Inside a batch the document is a savepoint: released, or rolled back alone.
  const char* rollback = in_batch_ ? "ROLLBACK TO document; RELEASE document" : "ROLLBACK";
  const char* commit = in_batch_ ? "RELEASE document" : "COMMIT";
  Status began = Exec(in_batch_ ? "SAVEPOINT document" : "BEGIN IMMEDIATE");
  if (!began.ok()) return began.WithContext("register: ");
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
  if (!began.ok()) return began.WithContext("register: ");
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
    if (!board.Run()) return board.Failure("cannot add the board: ");
  }
  for (size_t i = 0; i < record.diary_numbers.size(); ++i) {
    Statement dnr(*cache_, "INSERT INTO document_diary_numbers VALUES (?,?,?)");
    dnr.Bind(1, document_id).Bind(2, static_cast<long long>(i)).Bind(3, record.diary_numbers[i]);
    if (!dnr.Run()) return dnr.Failure("cannot add a diary number: ");
  }
  for (const DatedStatement& d : record.dates) {
    Statement date(*cache_, "INSERT INTO document_dates VALUES (?,?,?,?,?)");
    date.Bind(1, document_id).Bind(2, d.role).Bind(3, d.date);
    date.Bind(4, static_cast<long long>(d.year_inferred))
        .Bind(5, static_cast<long long>(d.source.page));
    if (!date.Run()) return date.Failure("cannot add a date: ");
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
    if (!part.Step()) return part.Failure("");
    const long long participation_id = part.Int(0);
    part.Run();
    Statement source(*cache_, "INSERT OR IGNORE INTO participation_sources VALUES (?,?,?,?)");
    source.Bind(1, participation_id).Bind(2, document_id).Bind(3, static_cast<long long>(page));
    source.Bind(4, role);
    if (!source.Run()) return source.Failure("");
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
    if (!insert.Run()) return insert.Failure("cannot add page text: ");
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
  if (!log.Run()) return log.Failure("register: cannot write the import log: ");
  return Status::Ok();
}

}  // namespace kvreg
