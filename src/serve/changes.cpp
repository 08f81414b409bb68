// Every change a clerk makes through kvreg serve, each a POST under /api/ with the CSRF
// token, made on the one writer connection and written to the audit log in the clerk's name:
// participation add|remove|report, review done, undo, units merge|rename|set. Input is
// checked as the commands check it (correction_input.h); a form is sent back to its page with
// the outcome, an API client gets JSON.
#include "html.h"
#include "kvreg/correction_input.h"
#include "views.h"

namespace kvreg::serve {
namespace {

std::string Input(const char* name, const char* label, const std::string& value,
                  const char* extra = "") {
  return std::string("<label>") + label + " <input name=\"" + name + "\" value=\"" + Html(value) +
         "\" " + extra + "></label> ";
}

std::string ClassSelect(const PatternSet& patterns) {
  std::string html = "<label>Klass <select name=\"class\"><option value=\"\">–</option>";
  for (const ClassEntry& c : patterns.classes()) {
    html += "<option>" + Html(c.name) + "</option>";
  }
  return html + "</select></label> ";
}

// The correction `action` from a request's fields, checked; or false after answering.
bool ReadCorrection(ServeContext& context, const httplib::Request& req, httplib::Response& res,
                    Register& reg, const std::string& action, ParticipationCorrection* c) {
  const auto year = IntField(req, "year");
  c->unit = Field(req, "unit");
  if (!year || c->unit.empty()) {
    ChangeFailed(context, req, res, "år och enhet behövs");
    return false;
  }
  c->year = *year;
  c->new_unit = Field(req, "new_unit") == "1";
  c->report_date = Field(req, "date");
  c->channel = Field(req, "channel");
  Status s = CheckAwardYear(*context.patterns, reg, c->year);
  if (s.ok()) s = ResolveBoardName(*context.patterns, Field(req, "board"), &c->board);
  if (s.ok() && !Field(req, "class").empty()) {
    c->competition_class = context.patterns->ClassIn(Field(req, "class"));
    if (c->competition_class->empty()) s = Status::Error("unknown class " + Field(req, "class"));
  }
  if (s.ok() && action == "report") s = CheckIsoDate(c->report_date);
  if (!s.ok()) ChangeFailed(context, req, res, s.message());
  return s.ok();
}

void Correct(ServeContext& context, const httplib::Request& req, httplib::Response& res,
             const std::string& action) {
  if (!AllowChange(context, req, res)) return;
  const ChangeAuthor author = AuthorFrom(req);
  if (author.note.empty()) return ChangeFailed(context, req, res, "skriv varför (note)");
  long long change = 0;
  bool answered = false;
  Status done = context.Write([&](Register& reg) {
    ParticipationCorrection c;
    if (!ReadCorrection(context, req, res, reg, action, &c)) {
      answered = true;
      return Status::Ok();
    }
    if (action == "add") return reg.AddParticipation(c, author, &change);
    if (action == "remove") return reg.RemoveParticipation(c, author, &change);
    return reg.ReportParticipation(c, author, &change);
  });
  if (answered) return;
  if (!done.ok()) return ChangeFailed(context, req, res, done.message());
  ChangeDone(req, res, {{"change", change}, {"action", "participation_" + action}},
             "Ändring " + std::to_string(change) + " sparad");
}

// A change of the register by `body` (on the writer), answered with its change id.
template <typename Body>
void Change(ServeContext& context, const httplib::Request& req, httplib::Response& res,
            const std::string& action, Body body) {
  if (!AllowChange(context, req, res)) return;
  long long change = 0;
  Status done = context.Write([&](Register& reg) { return body(reg, &change); });
  if (!done.ok()) return ChangeFailed(context, req, res, done.message());
  ChangeDone(req, res, {{"change", change}, {"action", action}},
             "Ändring " + (change ? std::to_string(change) + " " : "") + "sparad");
}

// The change id of the newest audit row (merge and rename do not return theirs).
Status LastChange(Register& reg, long long* change) {
  std::vector<AuditEntry> entries;
  Status s = reg.AuditLog(std::nullopt, &entries);
  if (s.ok() && !entries.empty()) *change = entries.back().id;
  return s;
}

void AddUnitChangeRoutes(httplib::Server& server, ServeContext& context) {
  server.Post("/api/units/merge", [&context](const httplib::Request& req, httplib::Response& res) {
    Change(context, req, res, "merge", [&](Register& reg, long long* change) {
      Status s = reg.MergeUnits(Field(req, "from"), Field(req, "into"), AuthorFrom(req));
      return s.ok() ? LastChange(reg, change) : s;
    });
  });
  server.Post("/api/units/rename", [&context](const httplib::Request& req, httplib::Response& res) {
    Change(context, req, res, "rename", [&](Register& reg, long long* change) {
      Status s = reg.RenameUnit(Field(req, "unit"), Field(req, "new_name"), AuthorFrom(req));
      return s.ok() ? LastChange(reg, change) : s;
    });
  });
  server.Post("/api/units/set", [&context](const httplib::Request& req, httplib::Response& res) {
    Change(context, req, res, "unit_set", [&](Register& reg, long long* change) {
      std::string value = context.patterns->ClassIn(Field(req, "class"));
      if (value.empty()) return Status::Error("unknown class \"" + Field(req, "class") + "\"");
      return reg.SetUnitField(Field(req, "unit"), UnitField::kClass, value, AuthorFrom(req),
                              change);
    });
  });
}

}  // namespace

std::string CorrectionForms(const ServeContext& context, const PatternSet& patterns,
                            const CorrectionTarget& t, const std::string& back,
                            const std::string& summary) {
  if (context.options.read_only) return "";
  const std::string year = t.year ? std::to_string(*t.year) : "";
  const std::string fields =
      ChangeFormFields(context, back) +
      Input("year", "År", year, "required inputmode=\"numeric\" size=\"5\"") +
      Input("board", "Nämnd", t.board.value_or(""), "required") +
      Input("unit", "Enhet", t.unit.value_or(""), "required");
  return "<details class=\"corrections\"><summary>" + Html(summary) +
         "</summary>"
         "<form method=\"post\" action=\"/api/participation/add\"><fieldset><legend>Lägg till "
         "deltagande</legend>" +
         fields + ClassSelect(patterns) +
         "<label><input type=\"checkbox\" name=\"new_unit\" value=\"1\"> ny enhet</label> " +
         AuthorInputs(true) +
         "<button>Lägg till</button></fieldset></form>"
         "<form method=\"post\" action=\"/api/participation/report\"><fieldset><legend>Anmäld "
         "utanför dokumenten</legend>" +
         fields + Input("date", "Datum", "", "type=\"date\" required") +
         Input("channel", "Hur", "e-post") + AuthorInputs(true) +
         "<button>Registrera anmälan</button></fieldset></form>"
         "<form method=\"post\" action=\"/api/participation/remove\"><fieldset><legend>Ta bort "
         "deltagande</legend>" +
         fields + AuthorInputs(true) +
         "<button class=\"danger\">Ta bort</button></fieldset></form></details>";
}

void AddChangeRoutes(httplib::Server& server, ServeContext& context) {
  server.Post(R"(/api/participation/(add|remove|report))",
              [&context](const httplib::Request& req, httplib::Response& res) {
                Correct(context, req, res, req.matches[1]);
              });
  server.Post("/api/undo", [&context](const httplib::Request& req, httplib::Response& res) {
    Change(context, req, res, "undo", [&](Register& reg, long long* change) {
      const auto id = IntField(req, "id");
      if (!id) return Status::Error("vilken ändring? (id)");
      return reg.Undo(*id, AuthorFrom(req), change);
    });
  });
  AddUnitChangeRoutes(server, context);
}

}  // namespace kvreg::serve
