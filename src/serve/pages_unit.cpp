// Enheter and Enhet: the units and their spellings (kvreg units), and one unit's history
// across years and spellings (kvreg history), its other spellings, the changes made to it, and the
// forms to rename it, merge another spelling into it, set its class or correct a
// participation. GET /enheter, /enhet?namn=, /api/units?q=, /api/unit?name=.
#include "html.h"
#include "kvreg/award_calendar.h"
#include "kvreg/unit_key.h"
#include "output.h"
#include "views.h"

namespace kvreg::serve {
namespace {

constexpr size_t kUnitsShown = 500;

// The unit `name` and its participations, oldest first; *unit stays empty when unknown.
Status LoadUnit(ServeContext& context, Register& reg, const std::string& name,
                std::optional<UnitSummary>* unit, std::vector<ParticipationView>* history) {
  Status s = reg.FindUnit(name, unit);
  if (!s.ok() || !*unit) return s;
  ParticipationQuery query;
  query.unit_query = (*unit)->name;
  std::vector<ParticipationView> views;
  s = reg.Participations(query, AwardCalendarOf(*context.patterns), &views);
  for (ParticipationView& v : views) {
    if (UnitKey(v.unit) == UnitKey((*unit)->name)) history->push_back(std::move(v));
  }
  return s;
}

std::string UnitForms(const ServeContext& context, const UnitSummary& unit) {
  if (context.options.read_only) return "";
  const std::string back = "/enhet?namn=" + UrlEncode(unit.name);
  const std::string unit_field = ChangeFormFields(context, back) +
                                 "<input type=\"hidden\" name=\"unit\" value=\"" + Html(unit.name) +
                                 "\">";
  std::string classes = "<select name=\"class\" required>";
  for (const ClassEntry& c : context.patterns->classes()) {
    classes += "<option>" + Html(c.name) + "</option>";
  }
  return "<section class=\"forms\"><h2>Ändra</h2>"
         "<form method=\"post\" action=\"/api/units/rename\"><fieldset><legend>Byt namn</legend>" +
         unit_field + "<label>Nytt namn <input name=\"new_name\" required></label> " +
         AuthorInputs(false) +
         "<button>Byt namn</button></fieldset></form>"
         "<form method=\"post\" action=\"/api/units/merge\"><fieldset><legend>Sammanfoga en annan "
         "stavning hit</legend>" +
         ChangeFormFields(context, back) + "<input type=\"hidden\" name=\"into\" value=\"" +
         Html(unit.name) + "\"><label>Annan enhet <input name=\"from\" required></label> " +
         AuthorInputs(false) +
         "<button>Sammanfoga</button></fieldset></form>"
         "<form method=\"post\" action=\"/api/units/set\"><fieldset><legend>Sätt klass för alla "
         "år</legend>" +
         unit_field + "<label>Klass " + classes + "</select></label> " + AuthorInputs(true) +
         "<button>Sätt klass</button></fieldset></form></section>";
}

void UnitPage(ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  std::optional<ServeContext::Reader> reg;
  if (Status s = context.Read(&reg); !s.ok()) return SendError(context, req, res, 500, s.message());
  std::optional<UnitSummary> unit;
  std::vector<ParticipationView> history;
  if (Status s = LoadUnit(context, **reg, Field(req, "namn"), &unit, &history); !s.ok()) {
    return SendError(context, req, res, 500, s.message());
  }
  if (!unit) return SendError(context, req, res, 404, "ingen enhet heter " + Field(req, "namn"));
  std::string body = "<p>";
  if (unit->name_chosen_by_clerk) body += "Namnet är valt av en handläggare. ";
  body += unit->spellings.empty() ? "Inga andra stavningar." : "Skrivs också: ";
  for (size_t i = 0; i < unit->spellings.size(); ++i) {
    body += (i ? "; " : "") + ("<q class=\"alias\">" + Html(unit->spellings[i]) + "</q>");
  }
  body += "</p><h2>Deltaganden</h2>";
  std::vector<const ParticipationView*> rows;
  for (const ParticipationView& v : history) rows.push_back(&v);
  body += rows.empty() ? "<p>Inga deltaganden.</p>"
                       : ParticipationTable(*context.participations->Documents(), rows, 0,
                                            static_cast<int>(rows.size()), true);
  const std::string back = "/enhet?namn=" + UrlEncode(unit->name);
  body += CorrectionForms(context, *context.patterns, {std::nullopt, std::nullopt, unit->name},
                          back, "Rätta ett deltagande");
  body += UnitForms(context, *unit);
  std::vector<AuditEntry> log;
  if ((*reg)->AuditLog(unit->name, &log).ok())
    body += "<h2>Ändringar</h2>" + AuditTable(context, log, back);
  SendHtml(res, Page(context, req, "/enheter", unit->name, body));
}

void UnitsPage(ServeContext& context, const httplib::Request& req, httplib::Response& res,
               bool json) {
  std::optional<ServeContext::Reader> reg;
  if (Status s = context.Read(&reg); !s.ok()) return SendError(context, req, res, 500, s.message());
  const std::string query = Field(req, "q");
  std::vector<UnitSummary> units;
  if (Status s = (*reg)->Units(query, &units); !s.ok()) {
    return SendError(context, req, res, 500, s.message());
  }
  if (json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const UnitSummary& u : units) out.push_back(UnitToJson(u));
    return SendJson(res, out);
  }
  std::string body =
      "<form method=\"get\" action=\"/enheter\" class=\"filters\" role=\"search\">"
      "<label>Namn eller del av namn <input name=\"q\" value=\"" +
      Html(query) + "\" autofocus></label> <button>Sök enhet</button></form><p>" +
      std::to_string(units.size()) + " enheter" +
      (units.size() > kUnitsShown ? ", de första " + std::to_string(kUnitsShown) + " visas" : "") +
      ".</p><table><thead><tr><th scope=\"col\">Enhet</th><th "
      "scope=\"col\">Deltaganden</th><th scope=\"col\">Andra stavningar</th></tr>"
      "</thead><tbody>";
  for (size_t i = 0; i < units.size() && i < kUnitsShown; ++i) {
    const UnitSummary& u = units[i];
    std::string spellings;
    for (const std::string& a : u.spellings) spellings += (spellings.empty() ? "" : "; ") + a;
    body += "<tr><td><a href=\"/enhet?namn=" + Html(UrlEncode(u.name)) + "\">" + Html(u.name) +
            "</a></td><td class=\"num\">" + std::to_string(u.participations) + "</td><td>" +
            Html(spellings) + "</td></tr>";
  }
  SendHtml(res, Page(context, req, "/enheter", "Enheter", body + "</tbody></table>"));
}

void UnitJson(ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  std::optional<ServeContext::Reader> reg;
  if (Status s = context.Read(&reg); !s.ok()) return SendError(context, req, res, 500, s.message());
  std::optional<UnitSummary> unit;
  std::vector<ParticipationView> history;
  if (Status s = LoadUnit(context, **reg, Field(req, "name"), &unit, &history); !s.ok()) {
    return SendError(context, req, res, 500, s.message());
  }
  if (!unit) return SendError(context, req, res, 404, "no unit " + Field(req, "name"));
  nlohmann::ordered_json out = {{"unit", UnitToJson(*unit)}};
  out["history"] = nlohmann::ordered_json::array();
  for (const ParticipationView& v : history)
    out["history"].push_back(cli::ParticipationToJson(v, true));
  SendJson(res, out);
}

}  // namespace

void AddUnitRoutes(httplib::Server& server, ServeContext& context) {
  server.Get("/enheter", [&context](const httplib::Request& req, httplib::Response& res) {
    UnitsPage(context, req, res, false);
  });
  server.Get("/api/units", [&context](const httplib::Request& req, httplib::Response& res) {
    UnitsPage(context, req, res, true);
  });
  server.Get("/enhet", [&context](const httplib::Request& req, httplib::Response& res) {
    UnitPage(context, req, res);
  });
  server.Get("/api/unit", [&context](const httplib::Request& req, httplib::Response& res) {
    UnitJson(context, req, res);
  });
}

}  // namespace kvreg::serve
