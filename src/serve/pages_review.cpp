// Granska: the review queue (kvreg review), most important first, each item with the file,
// page and text it rests on and the forms that settle it (a correction, or "granskad").
// Logg: the audit trail (kvreg log) with undo. GET /granska, /api/review, /logg, /api/log;
// POST /api/review/done.
#include "html.h"
#include "kvreg/correction_input.h"
#include "output.h"
#include "views.h"

namespace kvreg::serve {
namespace {

const char* KindLabel(const std::string& kind) {
  static const std::pair<const char*, const char*> labels[] = {
      {"import_failed", "import misslyckades"}, {"correction_contradicted", "rättelse motsägs"},
      {"expected_missing", "förväntad saknas"}, {"no_units", "inga enheter"},
      {"not_expected", "inte förväntad"},       {"board_differs", "annan nämnd"},
      {"low_certainty", "osäker läsning"},      {"reported_late", "anmäld för sent"}};
  for (const auto& [key, label] : labels) {
    if (kind == key) return label;
  }
  return "granska";
}

// The queue for the request's ?ar= and ?namnd=, or false after answering.
bool Queue(ServeContext& context, const httplib::Request& req, httplib::Response& res,
           Register& reg, std::vector<ReviewItem>* items) {
  ReviewOptions options;
  options.year = IntField(req, "ar");
  Status s = Status::Ok();
  if (std::string board = Field(req, "namnd"); !board.empty()) {
    std::string canonical;
    s = ResolveBoardName(*context.patterns, board, &canonical);
    options.board = canonical;
  }
  if (s.ok()) s = BuildReviewQueue(reg, *context.patterns, options, items);
  if (!s.ok()) SendError(context, req, res, s.ok() ? 500 : 400, s.message());
  return s.ok();
}

std::string ItemHtml(ServeContext& context, const ReviewItem& item) {
  std::string html = "<article class=\"item " + Html(item.kind) + "\" id=\"punkt-" + Html(item.id) +
                     "\"><h2><span class=\"kind\">" + KindLabel(item.kind) + "</span> ";
  // An expected row's unit may be one the register has never seen: no link then.
  const bool from_list = item.kind == "expected_missing";
  if (item.unit && from_list) html += Html(*item.unit) + " ";
  if (item.unit && !from_list) {
    html +=
        "<a href=\"/enhet?namn=" + Html(UrlEncode(*item.unit)) + "\">" + Html(*item.unit) + "</a> ";
  }
  if (item.year) html += std::to_string(*item.year) + " ";
  if (item.board) html += "<span class=\"muted\">" + Html(*item.board) + "</span>";
  html += "</h2><p>" + Html(item.message) + "</p><p class=\"source\">";
  const auto id = context.participations->Documents()->Id(item.file);
  const std::string where =
      BaseName(item.file) +
      (item.page > 0 ? (from_list ? " rad " : " s. ") + std::to_string(item.page) : "");
  html += id ? "<a href=\"/dokument/" + std::to_string(*id) + "\">" + Html(where) + "</a>"
             : Html(where);
  if (!item.text.empty()) html += ": <q>" + Html(item.text) + "</q>";
  html += "</p><p class=\"muted\">id " + Html(item.id) + "</p>";
  if (!context.options.read_only) {
    html += "<form method=\"post\" action=\"/api/review/done\" class=\"inline\">" +
            ChangeFormFields(context, "/granska") + "<input type=\"hidden\" name=\"id\" value=\"" +
            Html(item.id) + "\">" + AuthorInputs(false) +
            "<button>Markera granskad</button></form>";
    html +=
        CorrectionForms(context, *context.patterns, {item.year, item.board, item.unit}, "/granska");
  }
  return html + "</article>";
}

void ReviewPage(ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  std::optional<ServeContext::Reader> reg;
  if (Status s = context.Read(&reg); !s.ok()) return SendError(context, req, res, 500, s.message());
  std::vector<ReviewItem> items;
  if (!Queue(context, req, res, **reg, &items)) return;
  std::string body = "<p>" + std::to_string(items.size()) +
                     " punkter att granska, viktigast först. En rättelse eller <em>Markera "
                     "granskad</em> tar bort en punkt ur kön.</p>";
  body += CorrectionForms(context, *context.patterns, {}, "/granska",
                          "Lägg till, ta bort eller anmäl ett deltagande");
  for (const ReviewItem& item : items) body += ItemHtml(context, item);
  SendHtml(res, Page(context, req, "/granska", "Granska", body));
}

void ReviewDone(ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  if (!AllowChange(context, req, res)) return;
  const std::string id = Field(req, "id");
  long long change = 0;
  Status done = context.Write([&](Register& reg) {
    std::vector<ReviewItem> items;
    Status s = BuildReviewQueue(reg, *context.patterns, {}, &items);
    if (!s.ok()) return s;
    for (const ReviewItem& item : items) {
      if (item.id == id) {
        return reg.MarkReviewed(item.id, cli::JsonText(ReviewItemToJson(item)), AuthorFrom(req),
                                &change);
      }
    }
    return Status::Error("no item " + id + " in the review queue");
  });
  if (!done.ok()) return ChangeFailed(context, req, res, done.message());
  ChangeDone(req, res, {{"change", change}, {"action", "review_done"}},
             "Punkt " + id + " markerad granskad (ändring " + std::to_string(change) + ")");
}

void LogPage(ServeContext& context, const httplib::Request& req, httplib::Response& res,
             bool json) {
  std::optional<ServeContext::Reader> reg;
  if (Status s = context.Read(&reg); !s.ok()) return SendError(context, req, res, 500, s.message());
  std::vector<AuditEntry> entries;
  const std::string unit = Field(req, json ? "unit" : "enhet");
  Status s =
      (*reg)->AuditLog(unit.empty() ? std::nullopt : std::optional<std::string>(unit), &entries);
  if (!s.ok()) return SendError(context, req, res, 500, s.message());
  if (json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const AuditEntry& e : entries) out.push_back(AuditEntryToJson(e));
    return SendJson(res, out);
  }
  std::string body =
      "<form method=\"get\" action=\"/logg\" class=\"filters\"><label>Enhet <input "
      "name=\"enhet\" value=\"" +
      Html(unit) +
      "\"></label> <button>Visa</button></form>"
      "<p>Varje ändring en person gjort, nyast först. <em>Ångra</em> lägger till "
      "motsatt ändring; inget raderas.</p>";
  body += AuditTable(context, entries, "/logg");
  SendHtml(res, Page(context, req, "/logg", "Logg", body));
}

}  // namespace

void AddReviewRoutes(httplib::Server& server, ServeContext& context) {
  server.Get("/granska", [&context](const httplib::Request& req, httplib::Response& res) {
    ReviewPage(context, req, res);
  });
  server.Get("/api/review", [&context](const httplib::Request& req, httplib::Response& res) {
    std::optional<ServeContext::Reader> reg;
    if (Status s = context.Read(&reg); !s.ok())
      return SendError(context, req, res, 500, s.message());
    std::vector<ReviewItem> items;
    if (!Queue(context, req, res, **reg, &items)) return;
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const ReviewItem& item : items) out.push_back(ReviewItemToJson(item));
    SendJson(res, out);
  });
  server.Post("/api/review/done", [&context](const httplib::Request& req, httplib::Response& res) {
    ReviewDone(context, req, res);
  });
  AddChangeRoutes(server, context);
}

void AddLogRoutes(httplib::Server& server, ServeContext& context) {
  server.Get("/logg", [&context](const httplib::Request& req, httplib::Response& res) {
    LogPage(context, req, res, false);
  });
  server.Get("/api/log", [&context](const httplib::Request& req, httplib::Response& res) {
    LogPage(context, req, res, true);
  });
}

}  // namespace kvreg::serve
