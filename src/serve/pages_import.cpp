// Importera: PDFs uploaded from the browser (a file picker or drag and drop, many at once),
// checked for count and size, then imported as kvreg import imports them, with each file's
// outcome shown as it ends. GET /importera[?jobb=N], POST /api/import, GET /api/import/N,
// GET /api/imports.
#include "html.h"
#include "import_jobs.h"

namespace kvreg::serve {
namespace {

const char* OutcomeLabel(const std::string& status) {
  if (status == "imported") return "importerad";
  if (status == "unchanged") return "redan i registret";
  if (status == "failed") return "misslyckades";
  if (status == "skipped") return "hoppades över";
  return "väntar";
}

std::string JobTable(const nlohmann::ordered_json& job) {
  std::string html = "<table class=\"import\" data-job=\"" + std::to_string(job["job"].get<int>()) +
                     "\" data-state=\"" + Html(job["state"].get<std::string>()) +
                     "\"><caption>Import " + std::to_string(job["job"].get<int>()) + ": " +
                     Html(job["state"].get<std::string>() == "done" ? "klar" : "pågår") +
                     "</caption><thead><tr><th scope=\"col\">Fil</th><th scope=\"col\">Utfall</th>"
                     "<th scope=\"col\">Skäl</th></tr></thead><tbody>";
  for (const auto& f : job["files"]) {
    const std::string status = f["status"].get<std::string>();
    html += "<tr class=\"outcome " + Html(status) + "\"><td>" + Html(f["file"].get<std::string>()) +
            "</td><td>" + OutcomeLabel(status) + "</td><td>" +
            Html(f["error"].is_string() ? f["error"].get<std::string>() : "") + "</td></tr>";
  }
  return html + "</tbody></table>";
}

void ImportPage(ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  std::string body;
  if (context.options.read_only) {
    body = "<p>Registret är öppnat endast för läsning; import är avstängd.</p>";
  } else {
    body =
        "<form id=\"upload\" method=\"post\" action=\"/api/import\" "
        "enctype=\"multipart/form-data\">" +
        ChangeFormFields(context, "/importera") +
        "<div class=\"dropzone\" id=\"dropzone\"><p>Dra PDF-filer hit, eller</p><label>välj "
        "filer <input type=\"file\" name=\"filer\" id=\"filer\" multiple "
        "accept=\".pdf,application/pdf,.txt\" required></label></div><p class=\"muted\">Högst " +
        std::to_string(context.options.max_upload_files) + " filer, " +
        std::to_string(context.options.max_upload_bytes >> 20) +
        " MB per fil. Filer som redan finns i registret blir <em>redan i registret</em>.</p>"
        "<button>Importera</button></form><div id=\"progress\" aria-live=\"polite\">";
    nlohmann::ordered_json job;
    if (auto id = IntField(req, "jobb"); id && context.imports->Describe(*id, &job)) {
      body += JobTable(job);
    }
    body += "</div>";
  }
  const nlohmann::ordered_json all = context.imports->DescribeAll();
  if (!all.empty()) {
    body += "<h2>Tidigare importer</h2><ul>";
    for (const auto& job : all) {
      const int id = job["job"].get<int>();
      body += "<li><a href=\"/importera?jobb=" + std::to_string(id) + "\">Import " +
              std::to_string(id) + "</a>: " + std::to_string(job["files"].size()) + " filer, " +
              Html(job["state"].get<std::string>()) + "</li>";
    }
    body += "</ul>";
  }
  SendHtml(res, Page(context, req, "/importera", "Importera", body));
}

void Upload(ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  if (!AllowChange(context, req, res)) return;
  std::vector<UploadedFile> files;
  const auto range = req.files.equal_range("filer");
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second.filename.empty() && it->second.content.empty()) continue;
    if (it->second.content.size() > context.options.max_upload_bytes) {
      return ChangeFailed(context, req, res,
                          SafeFileName(it->second.filename) + ": större än " +
                              std::to_string(context.options.max_upload_bytes >> 20) + " MB",
                          413);
    }
    files.push_back({it->second.filename, &it->second.content});
  }
  if (files.empty()) return ChangeFailed(context, req, res, "inga filer valda");
  if (static_cast<int>(files.size()) > context.options.max_upload_files) {
    return ChangeFailed(
        context, req, res,
        "högst " + std::to_string(context.options.max_upload_files) + " filer åt gången", 413);
  }
  int id = 0;
  if (Status s = context.imports->Submit(files, &id); !s.ok()) {
    return ChangeFailed(context, req, res, s.message(), 500);
  }
  if (!Field(req, "tillbaka").empty())
    return res.set_redirect("/importera?jobb=" + std::to_string(id), 303);
  nlohmann::ordered_json job;
  context.imports->Describe(id, &job);
  SendJson(res, job, 202);
}

}  // namespace

void AddImportRoutes(httplib::Server& server, ServeContext& context) {
  server.Get("/importera", [&context](const httplib::Request& req, httplib::Response& res) {
    ImportPage(context, req, res);
  });
  server.Post("/api/import", [&context](const httplib::Request& req, httplib::Response& res) {
    Upload(context, req, res);
  });
  server.Get(R"(/api/import/(\d{1,9}))",
             [&context](const httplib::Request& req, httplib::Response& res) {
               nlohmann::ordered_json job;
               if (!context.imports->Describe(std::stoi(req.matches[1]), &job)) {
                 return SendError(context, req, res, 404, "no such import");
               }
               SendJson(res, job);
             });
  server.Get("/api/imports", [&context](const httplib::Request&, httplib::Response& res) {
    SendJson(res, context.imports->DescribeAll());
  });
}

}  // namespace kvreg::serve
