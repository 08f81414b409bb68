// The stored pages of the register's documents: full-text search over them (FTS5, diacritics
// kept, so "får" and "far" stay apart) and reading a document back for re-extraction.
#include <sqlite3.h>

#include "kvreg/register.h"
#include "sqlite_statement.h"

namespace kvreg {
namespace {

// The clerk's words as an FTS5 query: each word a quoted string, so punctuation in "BRO
// 2024/172" or "Dnr:" is searched for, not parsed; all words must occur.
std::string FtsQuery(const std::string& text) {
  std::string query, word;
  auto flush = [&] {
    if (word.empty()) return;
    std::string quoted = "\"";
    for (char c : word) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    query += (query.empty() ? "" : " ") + quoted + "\"";
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return query;
}

}  // namespace

Status Register::Search(const std::string& text, int limit, std::vector<SearchHit>* out) {
  out->clear();
  const std::string query = FtsQuery(text);
  if (query.empty()) return Status::InvalidInput("nothing to search for");
  Statement q(db_,
              "SELECT d.path, p.page, snippet(page_search, 0, '[', ']', '…', 12), d.board, "
              "d.award_year FROM page_search JOIN document_pages p ON p.id = page_search.rowid "
              "JOIN documents d ON d.id = p.document_id WHERE page_search MATCH ? "
              "ORDER BY page_search.rowid DESC LIMIT ?");
  q.Bind(1, query).Bind(2, static_cast<long long>(limit));
  while (q.Step()) {
    SearchHit hit;
    hit.file = q.TextOr(0);
    hit.page = static_cast<int>(q.Int(1));
    hit.snippet = q.TextOr(2);
    hit.board = q.Text(3);
    if (q.Text(4)) hit.award_year = static_cast<int>(q.Int(4));
    out->push_back(std::move(hit));
  }
  if (!q.ok()) return q.Failure("register: search: ");
  return Status::Ok();
}

Status Register::DocumentIds(std::vector<long long>* out) {
  out->clear();
  Statement q(db_, "SELECT id FROM documents ORDER BY id");
  while (q.Step()) out->push_back(q.Int(0));
  return q.ok() ? Status::Ok() : q.Failure("register: ");
}

Status Register::Documents(std::vector<DocumentListing>* out) {
  out->clear();
  Statement rows(db_,
                 "SELECT id, path, doc_kind, board, award_year, meeting_date FROM documents "
                 "ORDER BY id");
  while (rows.Step()) {
    DocumentListing d;
    d.id = rows.Int(0);
    d.path = rows.TextOr(1);
    d.doc_kind = rows.TextOr(2);
    d.board = rows.Text(3);
    if (rows.Text(4)) d.award_year = static_cast<int>(rows.Int(4));
    d.meeting_date = rows.Text(5);
    out->push_back(std::move(d));
  }
  return rows.ok() ? Status::Ok() : rows.Failure("register: ");
}

Status Register::DataVersion(long long* out) {
  Statement version(db_, "PRAGMA data_version");
  if (!version.Step()) return version.Failure("register: ");
  *out = version.Int(0);
  return Status::Ok();
}

Status Register::LoadDocument(long long id, StoredDocument* out) {
  *out = StoredDocument();
  Statement doc(db_, "SELECT sha256, path, record_json FROM documents WHERE id = ?");
  doc.Bind(1, id);
  if (!doc.Step()) return Status::NotFound("register: no document " + std::to_string(id));
  out->sha256 = doc.TextOr(0);
  out->file = doc.TextOr(1);
  out->record_json = doc.TextOr(2);
  Statement pages(db_,
                  "SELECT page, text, lines_json FROM document_pages WHERE document_id = ? "
                  "ORDER BY page");
  pages.Bind(1, id);
  while (pages.Step()) {
    StoredPage page;
    page.number = static_cast<int>(pages.Int(0));
    page.text = pages.TextOr(1);
    page.lines_json = pages.TextOr(2);
    out->pages.push_back(std::move(page));
  }
  if (!pages.ok()) return pages.Failure("register: ");
  out->has_text = !out->pages.empty();
  return Status::Ok();
}

}  // namespace kvreg
