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
#include "register_corrections.h"
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
  bool named_by_clerk;
};

// A selected participation row and what decides whether it shows.
struct SelectedRow {
  long long id;
  bool has_sources;
  ParticipationView view;
};

// What the evidence of a set of participations is assembled from.
struct Evidence {
  std::vector<Source> sources;  // grouped by participation
  std::unordered_map<long long, DocumentFacts> documents;
  std::unordered_map<std::string, std::vector<long long>> protocols_by_number;
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

// The participation rows `query` selects, oldest year first, then by unit.
Status SelectParticipations(sqlite3* db, const ParticipationQuery& query,
                            std::vector<SelectedRow>* out) {
  // Fixed clauses chosen by which filters are present (so SQLite can use the indexes); every
  // value is bound.
  std::string sql =
      "SELECT p.id, u.name, p.award_year, p.board, p.class, p.operator, p.department, "
      "EXISTS (SELECT 1 FROM participation_sources s WHERE s.participation_id = p.id) "
      "FROM participations p JOIN units u ON u.id = p.unit_id WHERE 1";
  if (query.year) sql += " AND p.award_year = ?1";
  if (query.board) {
    sql += " AND (lower(p.board) LIKE '%' || lower(?2) || '%' OR p.board LIKE '%' || ?2 || '%')";
  }
  if (query.unit_query) {
    sql += " AND p.unit_id IN (SELECT unit_id FROM unit_spellings WHERE instr(name_key, ?3) > 0)";
  }
  sql += " ORDER BY p.award_year, u.name_key";
  Statement q(db, sql.c_str());
  if (query.year) q.Bind(1, query.year);
  if (query.board) q.Bind(2, query.board);
  if (query.unit_query) {
    const std::string key = UnitKey(*query.unit_query);
    if (key.empty()) return Status::Ok();
    q.Bind(3, key);
  }
  while (q.Step()) {
    SelectedRow row{q.Int(0), q.Int(7) != 0, {}};
    row.view.unit = q.TextOr(1);
    row.view.year = static_cast<int>(q.Int(2));
    row.view.board = q.Text(3);
    row.view.competition_class = q.Text(4);
    row.view.operator_name = q.Text(5);
    row.view.department = q.Text(6);
    out->push_back(std::move(row));
  }
  return q.ok() ? Status::Ok() : q.Failure("register: ");
}

// The role a document plays for a participation the clerk says it is about.
const char* kClerkDocumentRole =
    "CASE WHEN d.doc_kind = 'protocol_extract' THEN "
    "(CASE WHEN d.decision IS NULL THEN 'notified' ELSE 'decided' END) "
    "WHEN d.doc_kind = 'official_report' THEN 'proposed' ELSE 'notified' END";

// 1. The sources of every selected participation: the documents extraction found it in, and
// the one a clerk's add names (unless extraction found it there too).
Status ReadSources(sqlite3* db, const std::string& ids, Evidence* e, std::set<long long>* docs) {
  const std::string sql =
      "SELECT ps.participation_id, ps.document_id, ps.page, ps.role, 0 FROM json_each(?1) j "
      "JOIN participation_sources ps ON ps.participation_id = j.value UNION ALL "
      "SELECT p.id, d.id, 1, " +
      std::string(kClerkDocumentRole) +
      ", 1 FROM json_each(?1) j JOIN participations p ON p.id = j.value "
      "JOIN corrections c ON c.id = (SELECT max(id) FROM corrections c2 WHERE c2.unit_id = "
      "p.unit_id AND c2.award_year = p.award_year AND c2.kind IN ('add', 'remove') "
      "AND c2.revoked_by IS NULL) JOIN documents d ON d.id = c.document_id WHERE c.kind = 'add' "
      "AND NOT EXISTS (SELECT 1 FROM participation_sources x WHERE x.participation_id = p.id "
      "AND x.document_id = d.id)";
  Statement s(db, sql.c_str());
  s.Bind(1, ids);
  while (s.Step()) {
    e->sources.push_back(
        {s.Int(0), s.Int(1), static_cast<int>(s.Int(2)), s.TextOr(3), s.Int(4) != 0});
    docs->insert(s.Int(1));
  }
  if (!s.ok()) return s.Failure("register: ");
  std::stable_sort(e->sources.begin(), e->sources.end(), [](const Source& a, const Source& b) {
    return a.participation_id < b.participation_id;
  });
  return Status::Ok();
}

// 2. Those documents, each once, with their diary numbers.
Status ReadDocuments(sqlite3* db, const std::set<long long>& document_ids, Evidence* e,
                     std::set<std::string>* diary_numbers) {
  const std::string document_list = nlohmann::json(document_ids).dump();
  Statement d(db, (std::string("SELECT ") + kDocumentColumns +
                   " FROM json_each(?1) j JOIN documents d ON d.id = j.value")
                      .c_str());
  d.Bind(1, document_list);
  while (d.Step()) ReadDocument(d, &e->documents);
  if (!d.ok()) return d.Failure("register: ");
  Statement n(db,
              "SELECT n.document_id, n.diary_number FROM json_each(?1) j "
              "JOIN document_diary_numbers n ON n.document_id = j.value ORDER BY n.position");
  n.Bind(1, document_list);
  while (n.Step()) {
    e->documents[n.Int(0)].diary_numbers.push_back(n.TextOr(1));
    diary_numbers->insert(n.TextOr(1));
  }
  if (!n.ok()) return n.Failure("register: ");
  for (auto& [id, facts] : e->documents) {
    if (!facts.diary_numbers.empty()) facts.evidence.diary_number = facts.diary_numbers.front();
  }
  return Status::Ok();
}

// 3. Protocols carrying one of those diary numbers; those not yet read (as a source of a
// selected participation) are read in one more statement.
Status ReadLinkedProtocols(sqlite3* db, const std::set<std::string>& diary_numbers, Evidence* e) {
  std::set<long long> unread;
  Statement l(db,
              "SELECT dn.diary_number, d.id FROM json_each(?1) j JOIN document_diary_numbers dn "
              "ON dn.diary_number = j.value JOIN documents d ON d.id = dn.document_id "
              "WHERE d.doc_kind = 'protocol_extract'");
  l.Bind(1, nlohmann::json(diary_numbers).dump());
  while (l.Step()) {
    e->protocols_by_number[l.TextOr(0)].push_back(l.Int(1));
    if (e->documents.count(l.Int(1)) == 0) unread.insert(l.Int(1));
  }
  if (!l.ok()) return l.Failure("register: ");
  Statement p(db, (std::string("SELECT ") + kDocumentColumns +
                   ", (SELECT diary_number FROM document_diary_numbers f "
                   "WHERE f.document_id = d.id ORDER BY position LIMIT 1) "
                   "FROM json_each(?1) j JOIN documents d ON d.id = j.value")
                      .c_str());
  p.Bind(1, nlohmann::json(unread).dump());
  while (p.Step()) {
    ReadDocument(p, &e->documents);
    e->documents[p.Int(0)].evidence.diary_number = p.Text(8);
  }
  return p.ok() ? Status::Ok() : p.Failure("register: ");
}

// One participation's documents: its sources [begin, end) by meeting, then the protocols
// linked to them by a diary number.
void AssembleOne(const Evidence& e, size_t begin, size_t end, ParticipationView* view) {
  const std::vector<Source>& sources = e.sources;
  const size_t own_count = view->documents.size();
  for (size_t i = begin; i < end; ++i) {
    EvidenceDocument doc = e.documents.at(sources[i].document_id).evidence;
    doc.page = sources[i].page;
    doc.role = sources[i].role;
    doc.named_by_clerk = sources[i].named_by_clerk;
    view->documents.push_back(std::move(doc));
  }
  std::sort(view->documents.begin() + static_cast<long>(own_count), view->documents.end(),
            EarlierEvidence);
  auto is_source = [&](long long document_id) {
    for (size_t i = begin; i < end; ++i) {
      if (sources[i].document_id == document_id) return true;
    }
    return false;
  };
  std::vector<long long> linked;
  for (size_t i = begin; i < end; ++i) {
    for (const std::string& number : e.documents.at(sources[i].document_id).diary_numbers) {
      auto found = e.protocols_by_number.find(number);
      if (found == e.protocols_by_number.end()) continue;
      for (long long protocol : found->second) {
        if (is_source(protocol) ||
            std::find(linked.begin(), linked.end(), protocol) != linked.end()) {
          continue;
        }
        const DocumentFacts& facts = e.documents.at(protocol);
        if (facts.award_year && *facts.award_year != view->year) continue;
        linked.push_back(protocol);
        EvidenceDocument doc = facts.evidence;
        doc.page = 1;
        doc.role = "linked";
        view->documents.push_back(std::move(doc));
      }
    }
  }
}

// The report deadline of `year`: the earliest stated in a document of that award year (index
// document_dates_by_role: a range of dates, stopping at the first match), else the table's.
Status ReadReportDeadline(sqlite3* db, int year, const AwardCalendar& calendar,
                          ReportDeadline* out) {
  Statement deadline(db,
                     "SELECT dd.date FROM document_dates dd "
                     "JOIN documents d ON d.id = dd.document_id "
                     "WHERE dd.role = 'report_deadline' AND dd.date >= ?1 AND dd.date < ?2 "
                     "AND d.award_year = ?3 ORDER BY dd.date LIMIT 1");
  deadline.Bind(1, std::to_string(year) + "-01-01");
  deadline.Bind(2, std::to_string(year + 1) + "-01-01");
  deadline.Bind(3, static_cast<long long>(year));
  *out = ReportDeadline();
  if (deadline.Step() && deadline.Text(0)) {
    out->date = deadline.Text(0);
    out->origin = "stated in the year's documents";
  }
  if (!deadline.ok()) return deadline.Failure("register: ");
  if (!out->date) {
    auto it = calendar.report_deadlines.find(year);
    if (it != calendar.report_deadlines.end() && !it->second.empty()) {
      out->date = it->second;
      out->origin = "from the award-year table";
    }
  }
  return Status::Ok();
}

}  // namespace

Status Register::Participations(const ParticipationQuery& query, const AwardCalendar& calendar,
                                std::vector<ParticipationView>* out) {
  out->clear();
  std::vector<SelectedRow> rows;
  Status s = SelectParticipations(db_, query, &rows);
  if (!s.ok() || rows.empty()) return s;
  nlohmann::json all_ids = nlohmann::json::array();
  for (const SelectedRow& row : rows) all_ids.push_back(row.id);
  std::unordered_map<long long, ParticipationCorrections> corrections;
  s = LoadParticipationCorrections(db_, all_ids.dump(), &corrections);
  if (!s.ok()) return s;

  // What shows: not removed by a clerk, and resting on a document or on a clerk's add.
  std::vector<ParticipationView>& views = *out;
  std::vector<const ParticipationCorrections*> corrections_of;
  std::unordered_map<long long, size_t> index_of;
  nlohmann::json ids = nlohmann::json::array();
  static const ParticipationCorrections kNone;
  for (SelectedRow& row : rows) {
    auto found = corrections.find(row.id);
    const ParticipationCorrections& c = found == corrections.end() ? kNone : found->second;
    const std::string presence = c.presence ? c.presence->kind : "";
    if (presence == "remove" && !query.include_removed) continue;
    if (presence.empty() && !row.has_sources) continue;
    index_of[row.id] = views.size();
    ids.push_back(row.id);
    views.push_back(std::move(row.view));
    corrections_of.push_back(&c);
  }
  if (views.empty()) return Status::Ok();

  Evidence evidence;
  std::set<long long> document_ids;
  std::set<std::string> diary_numbers;
  s = ReadSources(db_, ids.dump(), &evidence, &document_ids);
  if (s.ok()) s = ReadDocuments(db_, document_ids, &evidence, &diary_numbers);
  if (s.ok()) s = ReadLinkedProtocols(db_, diary_numbers, &evidence);
  if (!s.ok()) {
    out->clear();
    return s;
  }
  // The sources come grouped by participation.
  for (size_t begin = 0, end = 0; begin < evidence.sources.size(); begin = end) {
    const long long id = evidence.sources[begin].participation_id;
    while (end < evidence.sources.size() && evidence.sources[end].participation_id == id) ++end;
    AssembleOne(evidence, begin, end, &views[index_of.at(id)]);
  }

  std::map<int, ReportDeadline> deadlines;
  for (size_t i = 0; i < views.size(); ++i) {
    ParticipationView& view = views[i];
    if (deadlines.count(view.year) == 0) {
      s = ReadReportDeadline(db_, view.year, calendar, &deadlines[view.year]);
      if (!s.ok()) return s;
    }
    ApplyCorrections(*corrections_of[i], deadlines[view.year], &view);
  }
  return Status::Ok();
}

}  // namespace kvreg
