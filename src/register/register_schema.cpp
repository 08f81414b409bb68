// The register's schema.
//
// documents               one row per distinct content (sha256): what extraction read from it.
//                         The whole record is kept as JSON too, so nothing read is lost.
// document_diary_numbers  the diary numbers of a document, in order (position).
// document_dates          its dated statements with their roles (report deadlines live here).
// units                   one row per unit, identified by name_key (ICU case-folded NFC name).
// participations          one row per (unit, award year): the participation the status is
//                         about, with the board, class, operator and department last read.
// participation_sources   the documents a participation rests on, with the page and the role
//                         the document plays: decided (a protocol with a decision), proposed
//                         (a tjänsteutlåtande), notified (an anmälan or agenda item) or
//                         mentioned (a remark such as "deltog också år 2022").
// import_log              every file ever tried, with its outcome and reason.
//
// Added by migration 2:
// register_meta           settings of the register file (unit_key_version: the UnitKey rules
//                         its keys were made with; a register re-keys itself when they change).
// boards                  every board named by a document or a participation.
// units.name_locked       1 when a clerk chose the name (kvreg units rename): never replaced.
// unit_aliases            every spelling ever seen of a unit, by its key (UnitKey), and the unit
//                         it belongs to; a clerk's merge moves the spellings of one unit to
//                         another. Names are resolved to units only through this table, so
//                         merges and renames hold for every later import and re-extraction.
// document_pages          the text of each page as read (lines with geometry and OCR flags as
//                         JSON, so extraction can run again without the PDF, and plain text for
//                         search).
// page_search             FTS5 index over document_pages.text; unicode61 with diacritics kept
//                         (å, ä, ö are letters of their own), kept in step by triggers.
//
// Migration 3:
// document_pages_indexed  dropped: the writer indexes a transaction's new pages in one statement
//                         before it commits (Register::IndexNewPages), since FTS5 writes out its
//                         pending index at every savepoint, i.e. at every page the trigger added.
//                         Deletions still go through the trigger document_pages_unindexed.
//
// Migration 4 (issue 14: the clerk has the last word):
// audit_log               every change a person made to the register (merge, rename, correction,
//                         units set, review done, undo): who, when, what, why, and the values
//                         before and after as JSON. Append-only: triggers refuse UPDATE and
//                         DELETE; an undo is a new row (undoes = the row it reverts).
// corrections             the clerk's word on a participation (unit, award year): 'add' (it took
//                         part, though no document says so, or with another board or class),
//                         'remove' (the extractor's finding is wrong: kept, but overruled) and
//                         'report' (reported to the board outside the documents, on report_date);
//                         and of a unit (award_year NULL): 'unit_class', 'unit_department',
//                         'unit_operator' (kvreg units set: value wins over what documents say,
//                         for every participation of the unit).
//                         The latest active add/remove decides whether the participation shows,
//                         the latest active one of another kind holds; revoked_by is set when an
//                         undo reverts it. documents_seen is the largest document id when it was
//                         made: documents above it came later, and may confirm or contradict it.
// review_checks           review queue items a clerk marked checked (kvreg review done).
// expected_participations the clerk's last expected list given to kvreg review.
//
// Migration 5: unit_aliases renamed unit_spellings, units.name_locked renamed
// units.name_chosen_by_clerk (the glossary's words, docs/glossary.md).
//
// Invariants: one participation per unit and year (UNIQUE); every participation has at least
// one source or an active 'add' correction, since participations are only written together
// with the source that names them, in the same transaction as their document, or by a clerk's
// add; a document is written whole or not at all. Corrections refer to units, not to
// participation rows, so a merge moves them (MergeUnitIds) and a re-extraction leaves them.
// Since migration 2: every unit has an alias for its own name_key; an alias key belongs to
// exactly one unit; a re-extraction that leaves a participation without sources removes it.
// Since migration 3: every committed page is in page_search; no page is deleted in the
// transaction that wrote it (FTS5's 'delete' of a page it never indexed corrupts the index).
#include "register_schema.h"

namespace kvreg {
namespace {

// Migration 1: documents, their diary numbers and dates, units, participations and their
// sources, the import log.
const char* const kDocumentsMigration = R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  pages INTEGER NOT NULL,
  doc_kind TEXT NOT NULL,
  board TEXT,
  administration TEXT,
  paragraph TEXT,
  award_year INTEGER,
  meeting_date TEXT,
  document_date TEXT,
  decision TEXT,
  proposal TEXT,
  record_json TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;
CREATE TABLE document_diary_numbers (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  diary_number TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
) STRICT;
CREATE INDEX document_diary_numbers_by_number ON document_diary_numbers(diary_number);
CREATE TABLE document_dates (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  date TEXT NOT NULL,
  year_inferred INTEGER NOT NULL,
  page INTEGER NOT NULL
) STRICT;
CREATE INDEX document_dates_by_document ON document_dates(document_id);
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE
) STRICT;
CREATE TABLE participations (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  award_year INTEGER NOT NULL,
  board TEXT,
  class TEXT,
  operator TEXT,
  department TEXT,
  UNIQUE (unit_id, award_year)
) STRICT;
CREATE INDEX participations_by_year ON participations(award_year);
CREATE TABLE participation_sources (
  participation_id INTEGER NOT NULL REFERENCES participations(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('decided', 'proposed', 'notified', 'mentioned')),
  PRIMARY KEY (participation_id, document_id, role)
) STRICT;
CREATE INDEX participation_sources_by_document ON participation_sources(document_id);
CREATE TABLE import_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'unchanged', 'failed', 'skipped')),
  reason TEXT
) STRICT;
)sql";

// Migration 2: unit spellings (unit_aliases) and the clerk's names, boards, stored pages and
// their full-text index.
const char* const kSpellingsAndPagesMigration = R"sql(
CREATE TABLE register_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
CREATE TABLE boards (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
) STRICT;
INSERT OR IGNORE INTO boards (name)
  SELECT board FROM documents WHERE board IS NOT NULL
  UNION SELECT board FROM participations WHERE board IS NOT NULL;
ALTER TABLE units ADD COLUMN name_locked INTEGER NOT NULL DEFAULT 0;
CREATE TABLE unit_aliases (
  name_key TEXT PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('seen', 'abbreviation', 'merged', 'renamed'))
) STRICT;
CREATE INDEX unit_aliases_by_unit ON unit_aliases(unit_id);
INSERT INTO unit_aliases (name_key, unit_id, name, origin)
  SELECT name_key, id, name, 'seen' FROM units;
CREATE TABLE document_pages (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page INTEGER NOT NULL,
  text TEXT NOT NULL,
  lines_json TEXT NOT NULL,
  UNIQUE (document_id, page)
) STRICT;
CREATE VIRTUAL TABLE page_search USING fts5(
  text, content = 'document_pages', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 0');
CREATE TRIGGER document_pages_indexed AFTER INSERT ON document_pages BEGIN
  INSERT INTO page_search (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER document_pages_unindexed AFTER DELETE ON document_pages BEGIN
  INSERT INTO page_search (page_search, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE INDEX documents_by_award_year ON documents(award_year);
CREATE INDEX document_dates_by_role ON document_dates(role, date);
CREATE INDEX participations_by_board ON participations(board, award_year);
)sql";

// Migration 3: pages indexed by the writer, not by a trigger.
const char* const kPagesIndexedByWriterMigration = R"sql(
DROP TRIGGER document_pages_indexed;
)sql";

// Migration 4: the clerk's side (corrections, audit log, review).
const char* const kCorrectionsMigration =
    R"sql(
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('merge', 'rename', 'participation_add',
    'participation_remove', 'participation_report', 'unit_set', 'review_done', 'undo')),
  unit_id INTEGER,
  unit TEXT,
  unit_key TEXT,
  award_year INTEGER,
  board TEXT,
  note TEXT,
  before_json TEXT,
  after_json TEXT,
  undoes INTEGER REFERENCES audit_log(id)
) STRICT;
CREATE INDEX audit_log_by_unit ON audit_log(unit_id);
CREATE INDEX audit_log_by_undoes ON audit_log(undoes);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,
  audit_id INTEGER NOT NULL REFERENCES audit_log(id),
  kind TEXT NOT NULL CHECK (kind IN ('add', 'remove', 'report', 'unit_class',
    'unit_department', 'unit_operator')),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  award_year INTEGER CHECK ((award_year IS NULL) = (substr(kind, 1, 5) = 'unit_')),
  value TEXT,
  board TEXT,
  class TEXT,
  document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  report_date TEXT,
  channel TEXT,
  documents_seen INTEGER NOT NULL,
  revoked_by INTEGER REFERENCES audit_log(id)
) STRICT;
CREATE INDEX corrections_by_participation ON corrections(unit_id, award_year);
CREATE TABLE review_checks (
  item_id TEXT NOT NULL,
  audit_id INTEGER NOT NULL REFERENCES audit_log(id),
  revoked_by INTEGER REFERENCES audit_log(id)
) STRICT;
CREATE INDEX review_checks_by_item ON review_checks(item_id);
CREATE TABLE expected_participations (
  position INTEGER PRIMARY KEY,
  award_year INTEGER NOT NULL,
  board TEXT NOT NULL,
  unit TEXT NOT NULL,
  origin TEXT NOT NULL,
  line INTEGER NOT NULL
) STRICT;
)sql";

// Migration 5: the glossary's names in SQL (docs/glossary.md): a unit's spellings and the name a
// clerk chose.
const char* const kGlossaryNamesMigration = R"sql(
ALTER TABLE unit_aliases RENAME TO unit_spellings;
DROP INDEX unit_aliases_by_unit;
CREATE INDEX unit_spellings_by_unit ON unit_spellings(unit_id);
ALTER TABLE units RENAME COLUMN name_locked TO name_chosen_by_clerk;
)sql";

}  // namespace

const std::vector<const char*>& RegisterMigrations() {
  static const std::vector<const char*> migrations = {
      kDocumentsMigration,   kSpellingsAndPagesMigration, kPagesIndexedByWriterMigration,
      kCorrectionsMigration, kGlossaryNamesMigration,
  };
  return migrations;
}

}  // namespace kvreg
