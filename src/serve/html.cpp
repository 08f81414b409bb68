// The page frame, escaping and the request/answer helpers of kvreg serve (html.h).
#include "html.h"

#include <array>
#include <cstdio>
#include <utility>

#include "output.h"

namespace kvreg::serve {
namespace {

// The navigation: path, label.
const std::array<std::pair<const char*, const char*>, 8> kNavigation = {{
    {"/oversikt", "Översikt"},
    {"/enheter", "Enheter"},
    {"/dokument", "Dokument"},
    {"/granska", "Granska"},
    {"/importera", "Importera"},
    {"/sok", "Sök"},
    {"/exportera", "Exportera"},
    {"/logg", "Logg"},
}};

bool IsApi(const httplib::Request& req) { return req.path.rfind("/api/", 0) == 0; }

// A path on this server to come back to after a form: "/…" but never "//host…".
std::optional<std::string> BackPath(const httplib::Request& req) {
  std::string back = Field(req, "tillbaka");
  if (back.empty() || back[0] != '/' || (back.size() > 1 && (back[1] == '/' || back[1] == '\\'))) {
    return std::nullopt;
  }
  for (char c : back) {
    if (static_cast<unsigned char>(c) < 0x20) return std::nullopt;
  }
  return back;
}

std::string WithMessage(const std::string& back, const std::string& key, const std::string& text) {
  std::string base = back;
  // A message of an earlier change is replaced, not repeated.
  for (const char* old : {"?ok=", "&ok=", "?fel=", "&fel="}) {
    if (auto at = base.find(old); at != std::string::npos) base.resize(at);
  }
  return base + (base.find('?') == std::string::npos ? "?" : "&") + key + "=" + UrlEncode(text);
}

}  // namespace

std::string Html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string UrlEncode(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      out += hex;
    }
  }
  return out;
}

std::string Page(const ServeContext& context, const httplib::Request& req,
                 const std::string& active, const std::string& title, const std::string& body) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<meta name=\"csrf\" content=\"" +
      Html(context.csrf_token) +
      "\">"
      "<title>" +
      Html(title) +
      " – Kvalitetsutmärkelsen</title>"
      "<link rel=\"stylesheet\" href=\"/static/style.css\">"
      "<script src=\"/static/app.js\" defer></script></head><body>"
      "<a class=\"skip\" href=\"#main\">Till innehållet</a><header><div class=\"brand\">"
      "Kvalitetsutmärkelsen <span>registret</span></div><nav aria-label=\"Sidor\"><ul>";
  for (const auto& [path, label] : kNavigation) {
    const bool current = active == path;
    html += std::string("<li><a href=\"") + path + "\"" +
            (current ? " aria-current=\"page\"" : "") + ">" + label + "</a></li>";
  }
  html += "</ul></nav>";
  if (context.options.read_only) html += "<p class=\"readonly\">Endast läsning</p>";
  html += "</header><main id=\"main\">";
  if (std::string ok = Field(req, "ok"); !ok.empty()) {
    html += "<p class=\"message ok\" role=\"status\">" + Html(ok) + "</p>";
  }
  if (std::string error = Field(req, "fel"); !error.empty()) {
    html += "<p class=\"message error\" role=\"alert\">" + Html(error) + "</p>";
  }
  html += "<h1>" + Html(title) + "</h1>" + body + "</main></body></html>\n";
  return html;
}

void SendHtml(httplib::Response& res, const std::string& html, int status) {
  res.status = status;
  res.set_content(html, "text/html; charset=utf-8");
}

void SendJson(httplib::Response& res, const nlohmann::ordered_json& json, int status) {
  res.status = status;
  res.set_content(cli::JsonText(json), "application/json; charset=utf-8");
}

void SendError(const ServeContext& context, const httplib::Request& req, httplib::Response& res,
               int status, const std::string& message) {
  if (IsApi(req)) {
    SendJson(res, {{"error", message}}, status);
    return;
  }
  SendHtml(res,
           Page(context, req, "", "Något gick fel",
                "<p class=\"message error\">" + Html(message) + "</p>"),
           status);
}

std::string StatusCssClass(ParticipationStatus status) { return StatusName(status); }

std::string StatusBadge(ParticipationStatus status, bool corrected) {
  return "<span class=\"status " + StatusCssClass(status) + "\">" + Html(cli::StatusLabel(status)) +
         "</span>" + (corrected ? " <span class=\"corrected\">(rättad)</span>" : "");
}

std::string Field(const httplib::Request& req, const std::string& name) {
  if (req.has_param(name.c_str())) return req.get_param_value(name.c_str());
  if (req.has_file(name.c_str())) return req.get_file_value(name.c_str()).content;
  return "";
}

std::optional<int> IntField(const httplib::Request& req, const std::string& name) {
  const std::string text = Field(req, name);
  if (text.empty() || text.size() > 9) return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return std::stoi(text);
}

std::string ChangeFormFields(const ServeContext& context, const std::string& back) {
  return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html(context.csrf_token) +
         "\"><input type=\"hidden\" name=\"tillbaka\" value=\"" + Html(back) + "\">";
}

bool AllowChange(const ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  if (context.options.read_only) {
    SendError(context, req, res, 403, "registret är öppnat endast för läsning (--read-only)");
    return false;
  }
  // A client that names itself with the access token (Authorization: Bearer) is no browser
  // tricked into posting: browsers never add that header on their own.
  const std::string auth = req.get_header_value("Authorization");
  if (!context.access_token.empty() && auth == "Bearer " + context.access_token) return true;
  std::string token = req.get_header_value("X-CSRF-Token");
  if (token.empty()) token = Field(req, "csrf");
  if (token.empty() || token != context.csrf_token) {
    SendError(context, req, res, 403, "formuläret saknar giltig CSRF-token; ladda om sidan");
    return false;
  }
  return true;
}

void ChangeDone(const httplib::Request& req, httplib::Response& res,
                const nlohmann::ordered_json& json, const std::string& message) {
  if (auto back = BackPath(req)) {
    res.set_redirect(WithMessage(*back, "ok", message), 303);
    return;
  }
  SendJson(res, json);
}

void ChangeFailed(const ServeContext& context, const httplib::Request& req, httplib::Response& res,
                  const std::string& message, int status) {
  if (auto back = BackPath(req)) {
    res.set_redirect(WithMessage(*back, "fel", message), 303);
    return;
  }
  SendError(context, req, res, status, message);
}

std::string BaseName(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace kvreg::serve
