// Översikt: a year's participations by board, with counts per status, each participation's
// status in words and colour and the documents it rests on; filters by board, class and
// status; the clerk's expected list uploaded to check against (kept in the register, as
// kvreg review --expected keeps it). GET /oversikt, GET /api/overview, POST /api/expected.
#include <array>
#include <map>
#include <set>

#include "html.h"
#include "kvreg/expected_list.h"
#include "output.h"
#include "overview_filter.h"
#include "participation_cache.h"
#include "views.h"

namespace kvreg::serve {
namespace {

constexpr int kRowsPerPage = 200;
const std::array<ParticipationStatus, 4> kStatuses = {
    ParticipationStatus::kReported, ParticipationStatus::kReportedLate,
    ParticipationStatus::kAwaitingDecision, ParticipationStatus::kNotReported};

using Counts = std::map<std::string, std::array<int, 4>>;  // board -> per status

Counts CountByBoard(const std::vector<ParticipationView>& views) {
  Counts counts;
  for (const ParticipationView& v : views) {
    counts[v.board.value_or("(okänd nämnd)")][static_cast<size_t>(v.verdict.status)]++;
  }
  return counts;
}

std::string Option(const std::string& value, const std::string& label, const std::string& chosen) {
  return "<option value=\"" + Html(value) + "\"" + (value == chosen ? " selected" : "") + ">" +
         Html(label) + "</option>";
}

std::string FilterForm(const YearView& view, const OverviewFilter& filter) {
  std::set<std::string> boards, classes;
  for (const ParticipationView& v : view.participations) {
    if (v.board) boards.insert(*v.board);
    if (v.competition_class) classes.insert(*v.competition_class);
  }
  std::string html =
      "<form class=\"filters\" method=\"get\" action=\"/oversikt\"><input "
      "type=\"hidden\" name=\"ar\" value=\"" +
      std::to_string(filter.year.value_or(0)) + "\"><label>Nämnd <select name=\"namnd\">" +
      Option("", "alla", filter.board);
  for (const std::string& b : boards) html += Option(b, b, filter.board);
  html += "</select></label> <label>Klass <select name=\"klass\">" +
          Option("", "alla", filter.competition_class);
  for (const std::string& c : classes) html += Option(c, c, filter.competition_class);
  html += "</select></label> <label>Status <select name=\"status\">" +
          Option("", "alla", filter.status);
  for (ParticipationStatus s : kStatuses) {
    html += Option(StatusName(s), cli::StatusLabel(s), filter.status);
  }
  return html + "</select></label> <button>Visa</button></form>";
}

std::string BoardTable(const YearView& view, const OverviewFilter& filter) {
  std::string html =
      "<table class=\"counts\"><caption>Per nämnd</caption><thead><tr><th scope=\"col\">Nämnd</th>";
  for (ParticipationStatus s : kStatuses) {
    html += "<th scope=\"col\">" + StatusBadge(s, false) + "</th>";
  }
  html += "<th scope=\"col\">Totalt</th></tr></thead><tbody>";
  for (const auto& [board, counts] : CountByBoard(view.participations)) {
    OverviewFilter one = filter;
    one.board = board;
    html += "<tr><th scope=\"row\"><a href=\"/oversikt?" + Html(one.QueryString()) + "\">" +
            Html(board) + "</a></th>";
    int total = 0;
    for (int c : counts) {
      html += "<td class=\"num\">" + std::to_string(c) + "</td>";
      total += c;
    }
    html += "<td class=\"num\">" + std::to_string(total) + "</td></tr>";
  }
  return html + "</tbody></table>";
}

std::string Pager(const OverviewFilter& filter, int rows, int page) {
  const int pages = (rows + kRowsPerPage - 1) / kRowsPerPage;
  if (pages <= 1) return "";
  std::string html = "<nav class=\"pager\" aria-label=\"Sidor i tabellen\">";
  for (int p = 1; p <= pages; ++p) {
    html += p == page ? "<strong>" + std::to_string(p) + "</strong> "
                      : "<a href=\"/oversikt?" + Html(filter.QueryString()) +
                            "&amp;sida=" + std::to_string(p) + "\">" + std::to_string(p) + "</a> ";
  }
  return html + "</nav>";
}

std::string ExpectedForm(const ServeContext& context, const YearView& view) {
  std::string html = "<section class=\"expected\"><h2>Förväntad lista</h2><p>";
  html += view.expected_rows > 0
              ? std::to_string(view.expected_rows) + " rader från " +
                    Html(BaseName(view.expected_origin)) +
                    "; förväntade enheter som saknas visas som <em>ej anmäld</em>."
              : "Ingen lista är uppladdad.";
  html += "</p>";
  if (context.options.read_only) return html + "</section>";
  return html + "<form method=\"post\" action=\"/api/expected\" enctype=\"multipart/form-data\">" +
         ChangeFormFields(context, "/oversikt") +
         "<label>Lista (CSV: år;nämnd;enhet) <input type=\"file\" name=\"lista\" "
         "accept=\".csv,.txt,text/csv\" required></label> <button>Ladda upp och jämför</button>"
         "</form></section>";
}

// The year the overview shows: the one asked for, else the newest known.
Status Load(ServeContext& context, OverviewFilter* filter, std::shared_ptr<const YearView>* view) {
  if (!filter->year) {
    std::shared_ptr<const YearView> all;
    Status s = context.participations->Year(std::nullopt, &all);
    if (!s.ok()) return s;
    if (all->years.empty()) {
      *view = all;
      return Status::Ok();
    }
    filter->year = all->years.front();
  }
  return context.participations->Year(filter->year, view);
}

void OverviewPage(ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  OverviewFilter filter = OverviewFilter::FromRequest(req);
  std::shared_ptr<const YearView> view;
  if (Status s = Load(context, &filter, &view); !s.ok()) {
    return SendError(context, req, res, 500, s.message());
  }
  std::string body = "<nav class=\"years\" aria-label=\"År\">";
  for (int y : view->years) {
    body += y == filter.year ? "<strong>" + std::to_string(y) + "</strong> "
                             : "<a href=\"/oversikt?ar=" + std::to_string(y) + "\">" +
                                   std::to_string(y) + "</a> ";
  }
  body += "</nav>";
  if (view->years.empty()) {
    body += "<p>Registret är tomt. <a href=\"/importera\">Importera dokument</a>.</p>";
  }
  const auto rows = Select(view->participations, filter);
  const int page = std::max(1, IntField(req, "sida").value_or(1));
  body += BoardTable(*view, filter) + FilterForm(*view, filter) + "<p class=\"summary\">" +
          std::to_string(rows.size()) + " deltaganden. <a href=\"/export.csv?" +
          Html(filter.QueryString()) + "\">CSV</a> · <a href=\"/export.xlsx?" +
          Html(filter.QueryString()) + "\">Excel (XLSX)</a></p>" +
          ParticipationTable(*context.participations->Documents(), rows, (page - 1) * kRowsPerPage,
                             kRowsPerPage, false) +
          Pager(filter, static_cast<int>(rows.size()), page) + ExpectedForm(context, *view);
  const std::string title = "Översikt " + (filter.year ? std::to_string(*filter.year) : "");
  SendHtml(res, Page(context, req, "/oversikt", title, body));
}

void OverviewJson(ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  OverviewFilter filter = OverviewFilter::FromRequest(req);
  std::shared_ptr<const YearView> view;
  if (Status s = Load(context, &filter, &view); !s.ok()) {
    return SendError(context, req, res, 500, s.message());
  }
  nlohmann::ordered_json boards = nlohmann::ordered_json::array();
  for (const auto& [board, counts] : CountByBoard(view->participations)) {
    nlohmann::ordered_json by_status;
    for (ParticipationStatus s : kStatuses) {
      by_status[StatusName(s)] = counts[static_cast<size_t>(s)];
    }
    boards.push_back({{"board", board}, {"counts", by_status}});
  }
  nlohmann::ordered_json participations = nlohmann::ordered_json::array();
  for (const ParticipationView* v : Select(view->participations, filter)) {
    participations.push_back(cli::ParticipationToJson(*v, true));
  }
  SendJson(res, {{"year", filter.year ? nlohmann::ordered_json(*filter.year) : nullptr},
                 {"years", view->years},
                 {"expected_rows", view->expected_rows},
                 {"boards", boards},
                 {"participations", participations}});
}

void UploadExpected(ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  if (!AllowChange(context, req, res)) return;
  if (!req.has_file("lista")) return ChangeFailed(context, req, res, "ingen lista bifogad");
  const httplib::MultipartFormData& file = req.get_file_value("lista");
  const std::string origin = BaseName(file.filename.empty() ? "lista.csv" : file.filename);
  std::vector<ExpectedParticipation> expected;
  std::string encoding;
  if (Status s = ParseExpectedList(file.content, origin, &expected, &encoding); !s.ok()) {
    return ChangeFailed(context, req, res, s.message());
  }
  std::vector<StoredExpectedRow> rows;
  for (const ExpectedParticipation& e : expected)
    rows.push_back({e.year, e.board, e.unit, origin, e.line});
  Status stored = context.Write([&](Register& reg) { return reg.StoreExpectedList(rows); });
  if (!stored.ok()) return ChangeFailed(context, req, res, stored.message(), 500);
  ChangeDone(req, res, {{"rows", rows.size()}, {"encoding", encoding}},
             "Listan lästes: " + std::to_string(rows.size()) + " rader (" + encoding + ")");
}

}  // namespace

void AddOverviewRoutes(httplib::Server& server, ServeContext& context) {
  server.Get("/oversikt", [&context](const httplib::Request& req, httplib::Response& res) {
    OverviewPage(context, req, res);
  });
  server.Get("/api/overview", [&context](const httplib::Request& req, httplib::Response& res) {
    OverviewJson(context, req, res);
  });
  server.Post("/api/expected", [&context](const httplib::Request& req, httplib::Response& res) {
    UploadExpected(context, req, res);
  });
}

}  // namespace kvreg::serve
