// The pieces every page and API route of kvreg serve is made of: HTML escaping (everything a
// page shows from the register or a request goes through Html()), the page frame with its
// navigation, statuses in words and colour, request fields, and the answer to a change (a
// redirect back to the page for a form, JSON for an API client). Thread-safe.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "kvreg/participation_status.h"
#include "serve.h"

namespace kvreg::serve {

// `text` with & < > " ' escaped: safe in element content and quoted attributes.
std::string Html(std::string_view text);
// `text` percent-encoded for a query string value.
std::string UrlEncode(std::string_view text);

// A whole page: head, navigation (with `active` marked), a message from the last change
// (?ok= / ?fel=), then `body`.
std::string Page(const ServeContext& context, const httplib::Request& req,
                 const std::string& active, const std::string& title, const std::string& body);

void SendHtml(httplib::Response& res, const std::string& html, int status = 200);
void SendJson(httplib::Response& res, const nlohmann::ordered_json& json, int status = 200);
// An error as the route's client reads it: JSON {"error": …} under /api/, a page elsewhere.
void SendError(const ServeContext& context, const httplib::Request& req, httplib::Response& res,
               int status, const std::string& message);

// The status in words and colour: <span class="status reported">anmäld</span>.
std::string StatusBadge(ParticipationStatus status, bool corrected);
std::string StatusCssClass(ParticipationStatus status);

// A request field: query or urlencoded form parameter, else a multipart field.
std::string Field(const httplib::Request& req, const std::string& name);
std::optional<int> IntField(const httplib::Request& req, const std::string& name);

// The hidden fields of every form that changes the register: the CSRF token and where to
// come back to (this page).
std::string ChangeFormFields(const ServeContext& context, const std::string& back);

// Ok to change the register: not --read-only, and the CSRF token is the server's. Otherwise
// sends 403 and returns false.
bool AllowChange(const ServeContext& context, const httplib::Request& req, httplib::Response& res);
// The answer to a change: a form (it named a page to come back to) is redirected there with
// `message`; an API client gets `json`.
void ChangeDone(const httplib::Request& req, httplib::Response& res,
                const nlohmann::ordered_json& json, const std::string& message);
// A change refused (bad input, 400, or a register error): back to the form with the message,
// or JSON.
void ChangeFailed(const ServeContext& context, const httplib::Request& req, httplib::Response& res,
                  const std::string& message, int status = 400);

// The last part of a path ("a/b/c.pdf" -> "c.pdf"), for showing file names.
std::string BaseName(const std::string& path);

}  // namespace kvreg::serve
