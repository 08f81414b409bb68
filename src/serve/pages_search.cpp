// Sök: full-text search over every imported page (kvreg search), newest import first, with
// the matching words highlighted in a snippet. GET /sok?q=, /api/search?q=&limit=.
#include <algorithm>

#include "html.h"
#include "participation_cache.h"

namespace kvreg::serve {
namespace {

// The snippet escaped, its [bracketed] matches as <mark>.
std::string Snippet(const std::string& snippet) {
  std::string html = Html(snippet);
  std::string out;
  for (char c : html) {
    if (c == '[') {
      out += "<mark>";
    } else if (c == ']') {
      out += "</mark>";
    } else {
      out += c;
    }
  }
  return out;
}

void SearchPage(ServeContext& context, const httplib::Request& req, httplib::Response& res,
                bool json) {
  const std::string query = Field(req, "q");
  const int limit = std::clamp(IntField(req, "limit").value_or(50), 1, 1000);
  std::vector<SearchHit> hits;
  if (!query.empty()) {
    std::optional<ServeContext::Reader> reg;
    Status s = context.Read(&reg);
    if (s.ok()) s = (*reg)->Search(query, limit, &hits);
    if (!s.ok()) return SendError(context, req, res, 400, s.message());
  }
  if (json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const SearchHit& h : hits) {
      out.push_back(
          {{"file", h.file},
           {"page", h.page},
           {"snippet", h.snippet},
           {"board", h.board ? nlohmann::ordered_json(*h.board) : nullptr},
           {"award_year", h.award_year ? nlohmann::ordered_json(*h.award_year) : nullptr}});
    }
    return SendJson(res, out);
  }
  std::string body =
      "<form method=\"get\" action=\"/sok\" role=\"search\" class=\"filters\"><label>"
      "Ord som ska finnas på sidan <input type=\"search\" name=\"q\" value=\"" +
      Html(query) + "\" autofocus size=\"40\"></label> <button>Sök</button></form>";
  if (!query.empty()) {
    body += "<p>" + std::to_string(hits.size()) + (hits.size() == 1 ? " sida" : " sidor") +
            " med <q>" + Html(query) + "</q>" +
            (static_cast<int>(hits.size()) == limit ? ", de senast importerade" : "") +
            ".</p><ol class=\"hits\">";
    const auto documents = context.participations->Documents();
    for (const SearchHit& h : hits) {
      const auto id = documents->Id(h.file);
      const std::string where = BaseName(h.file) + " s. " + std::to_string(h.page);
      body += "<li><p>" +
              (id ? "<a href=\"/dokument/" + std::to_string(*id) + "#sida-" +
                        std::to_string(h.page) + "\">" + Html(where) + "</a>"
                  : Html(where)) +
              (h.board ? " · " + Html(*h.board) : "") +
              (h.award_year ? " · " + std::to_string(*h.award_year) : "") +
              "</p><p class=\"snippet\">" + Snippet(h.snippet) + "</p></li>";
    }
    body += "</ol>";
  }
  SendHtml(res, Page(context, req, "/sok", "Sök", body));
}

}  // namespace

void AddSearchRoutes(httplib::Server& server, ServeContext& context) {
  server.Get("/sok", [&context](const httplib::Request& req, httplib::Response& res) {
    SearchPage(context, req, res, false);
  });
  server.Get("/api/search", [&context](const httplib::Request& req, httplib::Response& res) {
    SearchPage(context, req, res, true);
  });
}

}  // namespace kvreg::serve
