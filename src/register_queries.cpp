// Reading participations back with the documents they rest on and their status. A protocol
// that names no unit still counts for a participation when it carries the diary number of a
// document that does (role "linked").
//
// The evidence of all selected participations is read set-wise, in a fixed number of indexed
// statements over JSON lists of ids (json_each), whatever the number of participations:
// their sources; the documents behind them (each once, however many units it names); those
// documents' diary numbers; and the protocols that carry one of those numbers. Assembly is in
// memory. Verify of a year with thousands of participations is therefore a few index scans.
#include <sqlite3.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "kvreg/register.h"
#include "kvreg/unit_key.h"
#include "sqlite_statement.h"

namespace kvreg {
namespace {

struct DocumentFacts {
  EvidenceDocument evidence;  // file, kind, diary number, §, meeting, decision, board
  std::optional<int> award_year;
  std::vector<std::string> diary_numbers;
};

struct Source {
  long long participation_id, document_id;
  int page;
  std::string role;
};

const char* kDocumentColumns =
    "d.id, d.path, d.doc_kind, d.paragraph, d.meeting_date, d.decision IS NOT NULL, d.board, "
    "d.award_year";

void ReadDocument(const Statement& q, std::unordered_map<long long, DocumentFacts>* out) {
  DocumentFacts& f = (*out)[q.Int(0)];
  f.evidence.file = q.TextOr(1);
  f.evidence.doc_kind = q.TextOr(2);
  f.evidence.paragraph = q.Text(3);
  f.evidence.meeting_date = q.Text(4);
  f.evidence.has_decision = q.Int(5) != 0;
  f.evidence.board = q.Text(6);
  if (q.Text(7)) f.award_year = static_cast<int>(q.Int(7));
}

// Sources first by meeting (undated last), then by file.
bool EarlierEvidence(const EvidenceDocument& a, const EvidenceDocument& b) {
  if (a.meeting_date.has_value() != b.meeting_date.has_value()) return a.meeting_date.has_value();
  if (a.meeting_date != b.meeting_date) return a.meeting_date < b.meeting_date;
  return a.file < b.file;
}

}  // namespace

Status Register::Participations(const ParticipationQuery& query,
                                const std::map<int, AwardYearDates>& calendar,
                                std::vector<ParticipationView>* out) {
  out->clear();
  // Fixed clauses chosen by which filters are present (so SQLite can use the indexes); every
  // value is bound.
  std::string sql =
      "SELECT p.id, u.name, p.award_year, p.board, p.class, p.operator, p.department "
      "FROM participations p JOIN units u ON u.id = p.unit_id WHERE 1";
  if (query.year) sql += " AND p.award_year = ?1";
  if (query.board) {
    sql += " AND (lower(p.board) LIKE '%' || lower(?2) || '%' OR p.board LIKE '%' || ?2 || '%')";
  }
  if (query.unit_query) {
    sql += " AND p.unit_id IN (SELECT unit_id FROM unit_aliases WHERE instr(name_key, ?3) > 0)";
  }
  sql += " ORDER BY p.award_year, u.name_key";
  Statement q(db_, sql.c_str());
  if (query.year) q.Bind(1, query.year);
  if (query.board) q.Bind(2, query.board);
  if (query.unit_query) {
    const std::string key = UnitKey(*query.unit_query);
    if (key.empty()) return Status::Ok();
    q.Bind(3, key);
  }
  std::vector<ParticipationView>& views = *out;
  std::unordered_map<long long, size_t> index_of;
  nlohmann::json ids = nlohmann::json::array();
  while (q.Step()) {
    ParticipationView view;
    view.unit = q.TextOr(1);
    view.year = static_cast<int>(q.Int(2));
    view.board = q.Text(3);
    view.competition_class = q.Text(4);
    view.operator_name = q.Text(5);
    view.department = q.Text(6);
    index_of[q.Int(0)] = views.size();
    ids.push_back(q.Int(0));
    views.push_back(std::move(view));
  }
  if (!q.ok()) {
    out->clear();
    return Status::Error("register: " + q.error());
  }
  if (views.empty()) return Status::Ok();

  // 1. The sources of every selected participation.
  std::vector<Source> sources;
  std::set<long long> document_ids;
  Statement s(db_,
              "SELECT ps.participation_id, ps.document_id, ps.page, ps.role FROM json_each(?1) j "
              "JOIN participation_sources ps ON ps.participation_id = j.value");
  s.Bind(1, ids.dump());
  while (s.Step()) {
    sources.push_back({s.Int(0), s.Int(1), static_cast<int>(s.Int(2)), s.TextOr(3)});
    document_ids.insert(s.Int(1));
  }
  if (!s.ok()) return Status::Error("register: " + s.error());
  std::stable_sort(sources.begin(), sources.end(), [](const Source& a, const Source& b) {
    return a.participation_id < b.participation_id;
  });

  // 2. Those documents, each once, with their diary numbers.
  std::unordered_map<long long, DocumentFacts> documents;
  const std::string document_list = nlohmann::json(document_ids).dump();
  Statement d(db_, (std::string("SELECT ") + kDocumentColumns +
                    " FROM json_each(?1) j JOIN documents d ON d.id = j.value")
                       .c_str());
  d.Bind(1, document_list);
  while (d.Step()) ReadDocument(d, &documents);
  if (!d.ok()) return Status::Error("register: " + d.error());
  std::set<std::string> diary_numbers;
  Statement n(db_,
              "SELECT n.document_id, n.diary_number FROM json_each(?1) j "
              "JOIN document_diary_numbers n ON n.document_id = j.value ORDER BY n.position");
  n.Bind(1, document_list);
  while (n.Step()) {
    documents[n.Int(0)].diary_numbers.push_back(n.TextOr(1));
    diary_numbers.insert(n.TextOr(1));
  }
  if (!n.ok()) return Status::Error("register: " + n.error());
  for (auto& [id, facts] : documents) {
    if (!facts.diary_numbers.empty()) facts.evidence.diary_number = facts.diary_numbers.front();
  }

  // 3. Protocols carrying one of those diary numbers; those not yet read (as a source of a
  // selected participation) are read in one more statement.
  std::unordered_map<std::string, std::vector<long long>> protocols_by_number;
  std::set<long long> unread;
  Statement l(db_,
              "SELECT dn.diary_number, d.id FROM json_each(?1) j JOIN document_diary_numbers dn "
              "ON dn.diary_number = j.value JOIN documents d ON d.id = dn.document_id "
              "WHERE d.doc_kind = 'protocol_extract'");
  l.Bind(1, nlohmann::json(diary_numbers).dump());
  while (l.Step()) {
    protocols_by_number[l.TextOr(0)].push_back(l.Int(1));
    if (documents.count(l.Int(1)) == 0) unread.insert(l.Int(1));
  }
  if (!l.ok()) return Status::Error("register: " + l.error());
  Statement p(db_, (std::string("SELECT ") + kDocumentColumns +
                    ", (SELECT diary_number FROM document_diary_numbers f "
                    "WHERE f.document_id = d.id ORDER BY position LIMIT 1) "
                    "FROM json_each(?1) j JOIN documents d ON d.id = j.value")
                       .c_str());
  p.Bind(1, nlohmann::json(unread).dump());
  while (p.Step()) {
    ReadDocument(p, &documents);
    documents[p.Int(0)].evidence.diary_number = p.Text(8);
  }
  if (!p.ok()) return Status::Error("register: " + p.error());

  // Assembly: each participation's sources (the rows come grouped by participation), then
  // its linked protocols.
  for (size_t begin = 0; begin < sources.size();) {
    size_t end = begin;
    while (end < sources.size() && sources[end].participation_id == sources[begin].participation_id)
      ++end;
    ParticipationView& view = views[index_of.at(sources[begin].participation_id)];
    const size_t own_count = view.documents.size();
    for (size_t i = begin; i < end; ++i) {
      EvidenceDocument e = documents.at(sources[i].document_id).evidence;
      e.page = sources[i].page;
      e.role = sources[i].role;
      view.documents.push_back(std::move(e));
    }
    std::sort(view.documents.begin() + static_cast<long>(own_count), view.documents.end(),
              EarlierEvidence);
    auto is_source = [&](long long document_id) {
      for (size_t i = begin; i < end; ++i) {
        if (sources[i].document_id == document_id) return true;
      }
      return false;
    };
    std::vector<long long> linked;
    for (size_t i = begin; i < end; ++i) {
      for (const std::string& number : documents.at(sources[i].document_id).diary_numbers) {
        auto found = protocols_by_number.find(number);
        if (found == protocols_by_number.end()) continue;
        for (long long protocol : found->second) {
          if (is_source(protocol) ||
              std::find(linked.begin(), linked.end(), protocol) != linked.end()) {
            continue;
          }
          const DocumentFacts& facts = documents.at(protocol);
          if (facts.award_year && *facts.award_year != view.year) continue;
          linked.push_back(protocol);
          EvidenceDocument e = facts.evidence;
          e.page = 1;
          e.role = "linked";
          view.documents.push_back(std::move(e));
        }
      }
    }
    begin = end;
  }

  std::map<int, ReportDeadline> deadlines;
  for (ParticipationView& view : views) {
    if (deadlines.count(view.year) == 0) {
      // The earliest report deadline of the year stated in a document of that award year
      // (index document_dates_by_role: a range of dates, stopping at the first match).
      Statement deadline(db_,
                         "SELECT dd.date FROM document_dates dd "
                         "JOIN documents d ON d.id = dd.document_id "
                         "WHERE dd.role = 'report_deadline' AND dd.date >= ?1 AND dd.date < ?2 "
                         "AND d.award_year = ?3 ORDER BY dd.date LIMIT 1");
      deadline.Bind(1, std::to_string(view.year) + "-01-01");
      deadline.Bind(2, std::to_string(view.year + 1) + "-01-01");
      deadline.Bind(3, static_cast<long long>(view.year));
      ReportDeadline found;
      if (deadline.Step() && deadline.Text(0)) {
        found.date = deadline.Text(0);
        found.origin = "stated in the year's documents";
      }
      if (!deadline.ok()) return Status::Error("register: " + deadline.error());
      if (!found.date) {
        auto it = calendar.find(view.year);
        if (it != calendar.end() && !it->second.report_deadline.empty()) {
          found.date = it->second.report_deadline;
          found.origin = "from the award-year table";
        }
      }
      deadlines[view.year] = found;
    }
    view.verdict = DecideStatus(view.documents, deadlines[view.year], view.board);
  }
  return Status::Ok();
}

}  // namespace kvreg
