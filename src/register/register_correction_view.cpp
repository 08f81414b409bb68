// Reading the clerk's corrections back into the participations verify, report, history and
// export show: the corrections that hold for each participation, and what they change in the
// view (board, class, department, operator, status), each marked so that no one takes a
// clerk's word for a document's.
#include <sqlite3.h>

#include "kvreg/participation_status.h"
#include "register_corrections.h"
#include "sqlite_statement.h"

namespace kvreg {
namespace {

// "added by anna.k 2023-07-02", the shared tail of every correction's summary.
std::string ByWhom(const ActiveCorrection& c) { return "by " + c.by + " " + DayOf(c.at); }

CorrectionNote NoteOf(const ActiveCorrection& c, const std::string& kind,
                      const std::string& summary) {
  return {c.change, kind, c.by, c.at, c.note, summary};
}

// The unit's fields a clerk set: they replace what documents say.
void ApplyUnitFields(const ParticipationCorrections& corrections, bool class_from_add,
                     ParticipationView* view) {
  for (const ActiveCorrection& c : corrections.unit_fields) {
    const std::string field = c.kind.substr(5);  // class, department, operator
    std::optional<std::string>* target = field == "class"        ? &view->competition_class
                                         : field == "department" ? &view->department
                                                                 : &view->operator_name;
    if (field == "class" && class_from_add) continue;
    *target = c.value;
    view->corrections.push_back(
        NoteOf(c, field, field + " set to " + c.value.value_or("") + ", corrected " + ByWhom(c)));
  }
}

// The status of a participation a clerk added: the documents' when they say something,
// else "not reported", with the clerk's word in the reason either way.
void ApplyAdd(const ActiveCorrection& add, ParticipationView* view) {
  std::string summary = "added " + ByWhom(add);
  if (add.document_id) summary += ", resting on a document the clerk named";
  view->corrections.push_back(NoteOf(add, "added", summary));
  bool found_by_extraction = false;
  for (const EvidenceDocument& d : view->documents) {
    if (!d.named_by_clerk) found_by_extraction = true;
  }
  const std::string note = add.note.empty() ? "" : " (" + add.note + ")";
  if (view->documents.empty()) {
    view->verdict = {ParticipationStatus::kNotReported,
                     summary + note + "; no document about it is in the register"};
    return;
  }
  view->verdict.reason += "; " + summary + note;
  if (found_by_extraction) {
    view->documents_agree = true;
    view->verdict.reason += "; a document names it too";
  }
}

}  // namespace

Status LoadParticipationCorrections(sqlite3* db, const std::string& participation_ids,
                                    std::unordered_map<long long, ParticipationCorrections>* out) {
  out->clear();
  Statement q(db,
              "SELECT p.id, c.id, c.audit_id, c.kind, c.board, c.class, c.value, c.report_date, "
              "c.channel, c.document_id, c.documents_seen, a.by, a.at, coalesce(a.note, '') "
              "FROM json_each(?1) j JOIN participations p ON p.id = j.value "
              "JOIN corrections c ON c.unit_id = p.unit_id "
              "AND (c.award_year = p.award_year OR c.award_year IS NULL) "
              "JOIN audit_log a ON a.id = c.audit_id WHERE c.revoked_by IS NULL ORDER BY c.id");
  q.Bind(1, participation_ids);
  while (q.Step()) {
    ActiveCorrection c;
    c.id = q.Int(1);
    c.change = q.Int(2);
    c.kind = q.TextOr(3);
    c.board = q.Text(4);
    c.competition_class = q.Text(5);
    c.value = q.Text(6);
    c.report_date = q.Text(7);
    c.channel = q.Text(8);
    if (q.Text(9)) c.document_id = q.Int(9);
    c.documents_seen = q.Int(10);
    c.by = q.TextOr(11);
    c.at = q.TextOr(12);
    c.note = q.TextOr(13);
    ParticipationCorrections& mine = (*out)[q.Int(0)];
    if (c.kind == "add" || c.kind == "remove") {
      mine.presence = c;
    } else if (c.kind == "report") {
      mine.report = c;
    } else {
      for (auto it = mine.unit_fields.begin(); it != mine.unit_fields.end(); ++it) {
        if (it->kind == c.kind) {
          mine.unit_fields.erase(it);
          break;
        }
      }
      mine.unit_fields.push_back(c);
    }
  }
  return q.ok() ? Status::Ok() : q.Failure("register: ");
}

void ApplyCorrections(const ParticipationCorrections& corrections, const ReportDeadline& deadline,
                      ParticipationView* view) {
  const ActiveCorrection* add = corrections.presence && corrections.presence->kind == "add"
                                    ? &*corrections.presence
                                    : nullptr;
  if (add && add->board) view->board = add->board;
  if (add && add->competition_class) {
    view->competition_class = add->competition_class;
    view->corrections.push_back(
        NoteOf(*add, "class", "class " + *add->competition_class + ", corrected " + ByWhom(*add)));
  }
  ApplyUnitFields(corrections, add && add->competition_class, view);
  view->verdict = DecideStatus(view->documents, deadline, view->board);
  if (corrections.presence && corrections.presence->kind == "remove") {
    const ActiveCorrection& removal = *corrections.presence;
    view->corrections.push_back(NoteOf(removal, "removed", "removed " + ByWhom(removal)));
    view->verdict.reason = "removed " + ByWhom(removal) + " (" + removal.note +
                           "); the documents say: " + view->verdict.reason;
  }
  if (add) ApplyAdd(*add, view);
  if (corrections.report) {
    const ActiveCorrection& r = *corrections.report;
    ReportOutsideDocuments report{r.report_date.value_or(""), r.channel.value_or(""), r.by,
                                  DayOf(r.at), r.note};
    std::optional<bool> agree;
    const StatusVerdict from_documents = view->verdict;
    view->verdict = DecideReportedStatus(report, deadline, from_documents, &agree);
    if (add && !view->corrections.empty()) {
      view->verdict.reason += "; added " + ByWhom(*add);
    }
    if (agree) view->documents_agree = agree;
    view->corrections.push_back(NoteOf(r, "reported", ReportSummary(report)));
  }
}

}  // namespace kvreg
