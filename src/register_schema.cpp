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
// Invariants: one participation per unit and year (UNIQUE); every participation has at least
// one source, since participations are only written together with the source that names them,
// in the same transaction as their document; a document is written whole or not at all.
#include "register_schema.h"

namespace kvreg {

const std::vector<const char*>& RegisterMigrations() {
  static const std::vector<const char*> migrations = {
      R"sql(
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
)sql",
  };
  return migrations;
}

}  // namespace kvreg
