// Dokument: the documents of the register, and one document's extracted fields beside its
// text, each value highlighted where it was read, with a link to the PDF itself (served from
// the path the register keeps; no path from a request is ever opened). GET /dokument,
// /dokument/ID, /dokument/ID/pdf, /api/documents, /api/documents/ID.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "document_marks.h"
#include "document_text_json.h"
#include "html.h"
#include "output.h"
#include "participation_cache.h"

namespace kvreg::serve {
namespace {

constexpr size_t kDocumentsPerPage = 100;

const char* KindLabel(const std::string& kind) {
  static const std::pair<const char*, const char*> labels[] = {
      {"protocol_extract", "protokollsutdrag"}, {"protocol", "protokoll"},
      {"official_report", "tjänsteutlåtande"},  {"notification", "anmälan"},
      {"agenda_item", "föredragningslista"},    {"other", "annat"}};
  for (const auto& [key, label] : labels) {
    if (kind == key) return label;
  }
  return nullptr;
}

std::string Kind(const std::string& kind) {
  const char* label = KindLabel(kind);
  return label ? label : kind;
}

void DocumentsPage(ServeContext& context, const httplib::Request& req, httplib::Response& res,
                   bool json) {
  std::shared_ptr<const DocumentIndex> index;
  if (Status s = context.participations->Documents(&index); !s.ok()) {
    return SendError(context, req, res, 500, s.message());
  }
  const std::vector<DocumentEntry>* documents = &index->entries;
  if (json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const DocumentEntry& d : *documents) {
      out.push_back(
          {{"id", d.id},
           {"file", d.path},
           {"doc_kind", d.doc_kind},
           {"board", d.board ? nlohmann::ordered_json(*d.board) : nullptr},
           {"award_year", d.award_year ? nlohmann::ordered_json(*d.award_year) : nullptr},
           {"meeting_date", d.meeting_date ? nlohmann::ordered_json(*d.meeting_date) : nullptr}});
    }
    return SendJson(res, out);
  }
  const size_t page = static_cast<size_t>(std::max(1, IntField(req, "sida").value_or(1)));
  std::string body =
      "<p>" + std::to_string(documents->size()) +
      " dokument, senast importerade först.</p><table><thead><tr><th "
      "scope=\"col\">Fil</th><th scope=\"col\">Slag</th><th scope=\"col\">Nämnd</th>"
      "<th scope=\"col\">År</th><th scope=\"col\">Sammanträde</th></tr></thead><tbody>";
  const size_t first = (page - 1) * kDocumentsPerPage;
  for (size_t i = first; i < documents->size() && i < first + kDocumentsPerPage; ++i) {
    const DocumentEntry& d = (*documents)[documents->size() - 1 - i];
    body += "<tr><td><a href=\"/dokument/" + std::to_string(d.id) + "\">" + Html(BaseName(d.path)) +
            "</a></td><td>" + Html(Kind(d.doc_kind)) + "</td><td>" + Html(d.board.value_or("–")) +
            "</td><td>" + (d.award_year ? std::to_string(*d.award_year) : "–") + "</td><td>" +
            Html(d.meeting_date.value_or("–")) + "</td></tr>";
  }
  body += "</tbody></table>";
  if (first + kDocumentsPerPage < documents->size()) {
    body += "<p><a href=\"/dokument?sida=" + std::to_string(page + 1) + "\">Äldre dokument</a></p>";
  }
  SendHtml(res, Page(context, req, "/dokument", "Dokument", body));
}

std::string FieldsTable(const nlohmann::json& record, const std::vector<ReadValue>& values) {
  std::string html = "<table class=\"fields\"><tbody>";
  auto row = [&html](const std::string& label, const nlohmann::json& value) {
    std::string text = value.is_string() ? value.get<std::string>()
                       : value.is_null() ? "–"
                                         : value.dump();
    html += "<tr><th scope=\"row\">" + Html(label) + "</th><td>" + Html(text) + "</td></tr>";
  };
  const std::pair<const char*, const char*> scalars[] = {
      {"doc_kind", "slag"},       {"board", "nämnd"},           {"administration", "förvaltning"},
      {"paragraph", "paragraf"},  {"award_year", "tävlingsår"}, {"meeting_date", "sammanträde"},
      {"document_date", "datum"}, {"decision", "beslut"},       {"proposal", "förslag"}};
  for (const auto& [key, label] : scalars) {
    if (!record.contains(key)) continue;
    const bool kind = std::string(key) == "doc_kind" && record[key].is_string();
    row(label, kind ? nlohmann::json(Kind(record[key].get<std::string>())) : record[key]);
  }
  html += "</tbody></table><h2>Lästa värden</h2><ul class=\"values\">";
  for (const ReadValue& v : values) {
    html += "<li class=\"" + v.css + "\"><span class=\"field\">" + Html(v.field) + "</span> ";
    html += v.found ? "<a href=\"#" + v.id + "\">" + Html(v.value) + "</a>"
                    : Html(v.value) + " <span class=\"muted\">(inte funnen i texten)</span>";
    if (v.page > 0) html += " <span class=\"muted\">s. " + std::to_string(v.page) + "</span>";
    html += "</li>";
  }
  for (const nlohmann::json& w : record.value("warnings", nlohmann::json::array())) {
    if (w.is_string())
      html += "<li class=\"warning\">Varning: " + Html(w.get<std::string>()) + "</li>";
  }
  return html + "</ul>";
}

// The document of the route's id and its pages' text, or false after answering.
bool LoadDocument(ServeContext& context, const httplib::Request& req, httplib::Response& res,
                  StoredDocument* doc, DocumentText* text) {
  std::optional<ServeContext::Reader> reg;
  Status s = context.Read(&reg);
  if (s.ok()) s = (*reg)->LoadDocument(std::stoll(req.matches[1]), doc);
  if (s.ok()) s = LoadPages(doc->pages, text);
  if (!s.ok()) SendError(context, req, res, 404, "inget sådant dokument");
  return s.ok();
}

void DocumentPage(ServeContext& context, const httplib::Request& req, httplib::Response& res,
                  bool json) {
  StoredDocument doc;
  DocumentText text;
  if (!LoadDocument(context, req, res, &doc, &text)) return;
  const nlohmann::json record = nlohmann::json::parse(doc.record_json, nullptr, false);
  if (json) {
    nlohmann::ordered_json pages = nlohmann::ordered_json::array();
    for (const PageText& p : text.pages) {
      std::string text;
      for (const TextLine& line : p.lines) text += line.text + "\n";
      pages.push_back({{"page", p.number}, {"ocr", p.ocr}, {"text", text}});
    }
    return SendJson(res,
                    {{"id", std::stoll(req.matches[1])},
                     {"file", doc.file},
                     {"sha256", doc.sha256},
                     {"record", nlohmann::ordered_json::parse(doc.record_json, nullptr, false)},
                     {"pages", pages}});
  }
  std::vector<ReadValue> values = ValuesOf(record.is_object() ? record : nlohmann::json::object());
  const std::string pages = doc.has_text ? MarkPages(text, &values)
                                         : "<p>Registret har ingen text för detta dokument; "
                                           "importera filen igen.</p>";
  std::string body = "<p class=\"file\">" + Html(doc.file) + " · <a href=\"/dokument/" +
                     std::string(req.matches[1]) +
                     "/pdf\">Öppna PDF</a></p><div class=\"document\">"
                     "<aside class=\"extracted\"><h2>Uppgifter</h2>" +
                     FieldsTable(record, values) + "</aside><div class=\"text\"><h2>Text</h2>" +
                     pages + "</div></div>";
  SendHtml(res, Page(context, req, "/dokument", BaseName(doc.file), body));
}

void DocumentFile(ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  StoredDocument doc;
  DocumentText text;
  if (!LoadDocument(context, req, res, &doc, &text)) return;
  std::error_code error;
  if (!std::filesystem::is_regular_file(doc.file, error)) {
    return SendError(context, req, res, 404, "filen finns inte längre: " + doc.file);
  }
  std::ifstream in(doc.file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const bool pdf = bytes.str().rfind("%PDF", 0) == 0;
  res.set_header("Content-Disposition", "inline");
  res.set_content(bytes.str(), pdf ? "application/pdf" : "text/plain; charset=utf-8");
}

}  // namespace

void AddDocumentRoutes(httplib::Server& server, ServeContext& context) {
  server.Get("/dokument", [&context](const httplib::Request& req, httplib::Response& res) {
    DocumentsPage(context, req, res, false);
  });
  server.Get("/api/documents", [&context](const httplib::Request& req, httplib::Response& res) {
    DocumentsPage(context, req, res, true);
  });
  server.Get(R"(/dokument/(\d{1,15}))",
             [&context](const httplib::Request& req, httplib::Response& res) {
               DocumentPage(context, req, res, false);
             });
  server.Get(R"(/api/documents/(\d{1,15}))",
             [&context](const httplib::Request& req, httplib::Response& res) {
               DocumentPage(context, req, res, true);
             });
  server.Get(R"(/dokument/(\d{1,15})/pdf)",
             [&context](const httplib::Request& req, httplib::Response& res) {
               DocumentFile(context, req, res);
             });
}

}  // namespace kvreg::serve
