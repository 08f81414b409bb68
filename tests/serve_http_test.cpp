// kvreg serve over HTTP (issue 16), on one register of the corpus shared by the suite: every
// route's status and JSON shape, the CSRF token, escaping, path traversal, a non-PDF upload and
// --read-only. Runs the kvreg binary (tier e2e); serve_fresh_register_test.cpp starts its own.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "serve_support.h"
#include "test_support.h"

namespace kvreg {
namespace {

using namespace kvreg::testing;

// `text` percent-encoded for a query string.
std::string Encoded(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    char hex[4];
    std::snprintf(hex, sizeof hex, "%%%02X", c);
    out += std::isalnum(c) ? std::string(1, static_cast<char>(c)) : std::string(hex);
  }
  return out;
}

// A register of the corpus (imported once) and a server on it, shared by the suite.
class ServeHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    // One worker: ctest runs each test of the suite on its own, each importing the corpus, beside
    // other tests (ImportRobustness) that race importers against a busy timeout.
    RunKvreg("import --jobs 1 --db " + Quote(dir_->Path("r.sqlite")) + " " + TopCorpusArguments());
    server_ = new ServeProcess({"--db", dir_->Path("r.sqlite")});
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static TempDir* dir_;
  static ServeProcess* server_;
};
TempDir* ServeHttp::dir_ = nullptr;
ServeProcess* ServeHttp::server_ = nullptr;

TEST_F(ServeHttp, PagesAnswer200InSwedish) {
  ASSERT_GT(server_->port(), 0) << server_->first_line();
  auto client = server_->Client();
  for (const char* path :
       {"/oversikt", "/oversikt?ar=2024", "/enheter", "/dokument", "/dokument/1", "/granska",
        "/importera", "/sok?q=Kvalitetsutm%C3%A4rkelsen", "/exportera", "/logg",
        "/static/style.css", "/static/app.js", "/logga-in"}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
  }
  auto root = client.Get("/");
  ASSERT_TRUE(root);
  EXPECT_EQ(root->status, 302);
  auto overview = client.Get("/oversikt?ar=2024");
  EXPECT_NE(overview->body.find("<html lang=\"sv\">"), std::string::npos);
  EXPECT_NE(overview->body.find("Översikt 2024"), std::string::npos);
  EXPECT_EQ(client.Get("/finns-inte")->status, 404);
  EXPECT_EQ(client.Get("/api/finns-inte")->status, 404);
  EXPECT_EQ(client.Get("/dokument/999999")->status, 404);
  EXPECT_EQ(client.Get("/enhet?namn=ingen%20s%C3%A5dan%20enhet")->status, 404);
}

TEST_F(ServeHttp, ApiShapesAreTheCommandsJson) {
  auto client = server_->Client();
  auto overview = nlohmann::json::parse(client.Get("/api/overview?ar=2024")->body);
  EXPECT_EQ(overview["year"], 2024);
  ASSERT_FALSE(overview["participations"].empty());
  ASSERT_FALSE(overview["boards"].empty());
  EXPECT_TRUE(overview["boards"][0]["counts"].contains("reported"));
  // The shape of kvreg verify --json.
  const auto verify =
      JsonLines(RunKvreg("verify --json --year 2024 --db " + Quote(dir_->Path("r.sqlite"))).output);
  ASSERT_FALSE(verify.empty());
  std::vector<std::string> keys, verify_keys;
  for (const auto& [k, v] : overview["participations"][0].items()) keys.push_back(k);
  for (const auto& [k, v] : verify[0].items()) verify_keys.push_back(k);
  EXPECT_EQ(keys, verify_keys);

  EXPECT_EQ(nlohmann::json::parse(client.Get("/api/overview?year=2023")->body)["year"], 2023);
  auto units = nlohmann::json::parse(client.Get("/api/units")->body);
  ASSERT_TRUE(units.is_array() && !units.empty());
  for (const char* key : {"unit", "name_chosen_by_clerk", "aliases", "participations"}) {
    EXPECT_TRUE(units[0].contains(key)) << key;
  }
  const std::string name = units[0]["unit"];
  auto unit = client.Get("/api/unit?name=" + Encoded(name));
  ASSERT_EQ(unit->status, 200);
  auto unit_json = nlohmann::json::parse(unit->body);
  EXPECT_EQ(unit_json["unit"]["unit"], name);
  EXPECT_TRUE(unit_json["history"].is_array());
  EXPECT_EQ(client.Get("/api/unit?name=nobody")->status, 404);

  auto documents = nlohmann::json::parse(client.Get("/api/documents")->body);
  ASSERT_FALSE(documents.empty());
  auto document = nlohmann::json::parse(client.Get("/api/documents/1")->body);
  for (const char* key : {"id", "file", "sha256", "record", "pages"}) {
    EXPECT_TRUE(document.contains(key)) << key;
  }
  EXPECT_EQ(client.Get("/api/documents/999999")->status, 404);
  auto review = nlohmann::json::parse(client.Get("/api/review")->body);
  ASSERT_TRUE(review.is_array());
  if (!review.empty()) {
    EXPECT_TRUE(review[0].contains("message"));
  }
  auto search =
      nlohmann::json::parse(client.Get("/api/search?q=" + Encoded("Kvalitetsutmärkelsen"))->body);
  ASSERT_FALSE(search.empty());
  EXPECT_TRUE(search[0].contains("snippet"));
  EXPECT_TRUE(nlohmann::json::parse(client.Get("/api/log")->body).is_array());
  EXPECT_EQ(nlohmann::json::parse(client.Get("/api/session")->body)["csrf"], server_->Csrf());
  EXPECT_TRUE(nlohmann::json::parse(client.Get("/api/imports")->body).is_array());
  EXPECT_EQ(client.Get("/api/import/12345")->status, 404);
}

TEST_F(ServeHttp, ExportsCsvAndXlsx) {
  auto client = server_->Client();
  auto csv = client.Get("/export.csv?ar=2024");
  ASSERT_EQ(csv->status, 200);
  EXPECT_EQ(csv->body.rfind("\xEF\xBB\xBF\xC3\xA5r;n\xC3\xA4mnd;enhet", 0), 0u);
  auto xlsx = client.Get("/export.xlsx?ar=2024");
  ASSERT_EQ(xlsx->status, 200);
  EXPECT_EQ(xlsx->body.rfind("PK", 0), 0u);  // a zip container
}

TEST_F(ServeHttp, ChangesNeedTheCsrfToken) {
  auto client = server_->Client();
  const httplib::Params correction = {{"year", "2024"},
                                      {"board", "Bromma stadsdelsnämnd"},
                                      {"unit", "Testenheten Csrf"},
                                      {"new_unit", "1"},
                                      {"note", "test"},
                                      {"by", "test"}};
  EXPECT_EQ(client.Post("/api/participation/add", correction)->status, 403);
  httplib::Params wrong = correction;
  wrong.emplace("csrf", "not-the-token");
  EXPECT_EQ(client.Post("/api/participation/add", wrong)->status, 403);
  for (const char* path : {"/api/undo", "/api/review/done", "/api/units/merge", "/api/units/rename",
                           "/api/import", "/api/expected"}) {
    EXPECT_EQ(client.Post(path, httplib::Params{})->status, 403) << path;
  }
  httplib::Params right = correction;
  right.emplace("csrf", server_->Csrf());
  auto res = client.Post("/api/participation/add", right);
  ASSERT_EQ(res->status, 200) << res->body;
  auto json = nlohmann::json::parse(res->body);
  EXPECT_EQ(json["action"], "participation_add");
  EXPECT_GT(json["change"].get<int>(), 0);
  // A form comes back to its page with the outcome.
  right.emplace("tillbaka", "/logg");
  right.erase("unit");
  right.emplace("unit", "Testenheten Csrf 2");
  auto form = client.Post("/api/participation/add", right);
  EXPECT_EQ(form->status, 303);
  EXPECT_EQ(form->get_header_value("Location").rfind("/logg?ok=", 0), 0u);
  // Never to another host.
  right.erase("tillbaka");
  right.emplace("tillbaka", "//evil.example/");
  auto elsewhere = client.Post("/api/participation/add", right);
  EXPECT_EQ(elsewhere->get_header_value("Location").find("evil"), std::string::npos);
}

TEST_F(ServeHttp, EveryCorrectionThroughTheApi) {
  auto client = server_->Client();
  const std::string csrf = server_->Csrf();
  const std::string unit = "Förebyggande verksamhet";
  auto post = [&](const std::string& path, httplib::Params params) {
    params.emplace("csrf", csrf);
    params.emplace("by", "anna.k");
    auto res = client.Post(path, params);
    return std::make_pair(res->status, nlohmann::json::parse(res->body, nullptr, false));
  };
  auto history = [&](const std::string& name) {
    auto res = client.Get("/api/unit?name=" + Encoded(name));
    return res->status == 200 ? nlohmann::json::parse(res->body) : nlohmann::json();
  };
  const httplib::Params which = {
      {"year", "2024"}, {"board", "bromma stadsdelsnämnd"}, {"unit", unit}};
  httplib::Params report = which;
  report.insert({{"date", "2024-05-02"}, {"channel", "e-post"}, {"note", "utdrag per e-post"}});
  auto [status, reported] = post("/api/participation/report", report);
  ASSERT_EQ(status, 200) << reported;
  EXPECT_EQ(history(unit)["history"].back()["corrected"], true);
  auto [undo_status, undone] =
      post("/api/undo", {{"id", std::to_string(reported["change"].get<int>())}});
  EXPECT_EQ(undo_status, 200) << undone;
  EXPECT_EQ(history(unit)["history"].back()["corrected"], false);
  httplib::Params bad = report;
  bad.erase("date");
  bad.emplace("date", "2024-02-30");
  auto [bad_status, bad_json] = post("/api/participation/report", bad);
  EXPECT_EQ(bad_status, 400);
  EXPECT_TRUE(bad_json.contains("error"));

  EXPECT_EQ(
      post("/api/units/rename", {{"unit", unit}, {"new_name", "Förebyggande verksamheten"}}).first,
      200);
  EXPECT_EQ(history("Förebyggande verksamheten")["unit"]["name_chosen_by_clerk"], true);
  EXPECT_EQ(post("/api/units/set", {{"unit", "Förebyggande verksamheten"},
                                    {"class", "Andra verksamheter"},
                                    {"note", "enligt förvaltningen"}})
                .first,
            200);
  httplib::Params add = {{"year", "2023"},
                         {"board", "Bromma stadsdelsnämnd"},
                         {"unit", "Testenhet A"},
                         {"new_unit", "1"},
                         {"note", "saknades"}};
  EXPECT_EQ(post("/api/participation/add", add).first, 200);
  EXPECT_EQ(
      post("/api/units/merge", {{"from", "Testenhet A"}, {"into", "Förebyggande verksamheten"}})
          .first,
      200);
  EXPECT_EQ(history("Testenhet A")["unit"]["unit"], "Förebyggande verksamheten");

  auto queue = nlohmann::json::parse(client.Get("/api/review")->body);
  ASSERT_FALSE(queue.empty());
  const std::string id = queue[0]["id"];
  EXPECT_EQ(post("/api/review/done", {{"id", id}, {"note", "kontrollerad"}}).first, 200);
  EXPECT_EQ(client.Get("/api/review")->body.find("\"" + id + "\""), std::string::npos);
  EXPECT_EQ(post("/api/review/done", {{"id", "00000000"}}).first, 400);

  httplib::MultipartFormDataItems list = {
      {"csrf", csrf, "", ""},
      {"lista", "år;nämnd;enhet\n2024;Bromma stadsdelsnämnd;Enheten Som Saknas\n", "lista.csv",
       "text/csv"}};
  auto stored = client.Post("/api/expected", list);
  ASSERT_EQ(stored->status, 200) << stored->body;
  auto overview =
      nlohmann::json::parse(client.Get("/api/overview?ar=2024&status=not_reported")->body);
  bool missing_shown = false;
  for (const auto& p : overview["participations"])
    missing_shown |= p["unit"] == "Enheten Som Saknas";
  EXPECT_TRUE(missing_shown);
  auto log = nlohmann::json::parse(
      client.Get("/api/log?unit=" + Encoded("Förebyggande verksamheten"))->body);
  EXPECT_GE(log.size(), 4u);
}

TEST_F(ServeHttp, EverythingShownIsEscaped) {
  auto client = server_->Client();
  const std::string evil = "<script>alert(1)</script>";
  const httplib::Params add = {{"year", "2024"},         {"board", "Bromma stadsdelsnämnd"},
                               {"unit", evil},           {"new_unit", "1"},
                               {"note", "<b>why</b>"},   {"by", "<i>me</i>"},
                               {"csrf", server_->Csrf()}};
  ASSERT_EQ(client.Post("/api/participation/add", add)->status, 200);
  for (const std::string& path :
       {"/enhet?namn=" + Encoded(evil), std::string("/oversikt?ar=2024"), std::string("/logg"),
        std::string("/enheter"), "/sok?q=" + Encoded(evil), "/oversikt?ok=" + Encoded(evil)}) {
    auto res = client.Get(path);
    ASSERT_EQ(res->status, 200) << path;
    EXPECT_EQ(res->body.find(evil), std::string::npos) << path;
    EXPECT_EQ(res->body.find("<b>why"), std::string::npos) << path;
  }
  EXPECT_NE(client.Get("/enheter")->body.find("&lt;script&gt;alert(1)&lt;/script&gt;"),
            std::string::npos);
}

TEST_F(ServeHttp, NoPathFromARequestReachesTheFileSystem) {
  auto client = server_->Client();
  for (const char* path : {"/static/../../../../etc/passwd", "/dokument/../../etc/passwd",
                           "/%2e%2e/%2e%2e/etc/passwd", "/dokument/1/pdf/../../../../etc/passwd",
                           "/dokument/..%2f..%2fetc%2fpasswd", "/export.csv/../../etc/passwd"}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << path;
  }
  auto pdf = client.Get("/dokument/1/pdf");
  ASSERT_EQ(pdf->status, 200);
  EXPECT_EQ(pdf->body.rfind("%PDF", 0), 0u);
  // An uploaded file's name is reduced to a base name inside the upload folder.
  const std::string corpus_pdf = ReadWholeFile(TopCorpusPdfs()[1]);
  auto res =
      client.Post("/api/import", Upload(server_->Csrf(), {{"../../../escaped.pdf", corpus_pdf}}));
  ASSERT_EQ(res->status, 202) << res->body;
  auto job = server_->WaitForImport(nlohmann::json::parse(res->body)["job"]);
  EXPECT_EQ(job["files"][0]["file"], "escaped.pdf");
  EXPECT_FALSE(std::filesystem::exists(dir_->Path("escaped.pdf")));
  EXPECT_FALSE(
      std::filesystem::exists(std::filesystem::path(dir_->Path()).parent_path() / "escaped.pdf"));
}

TEST_F(ServeHttp, ANonPdfUploadFailsAsAnImportWould) {
  auto client = server_->Client();
  auto res =
      client.Post("/api/import", Upload(server_->Csrf(), {{"brev.pdf", "hej, detta är ingen PDF"},
                                                          {"anteckningar.docx", "PK\x03\x04"}}));
  ASSERT_EQ(res->status, 202) << res->body;
  auto job = server_->WaitForImport(nlohmann::json::parse(res->body)["job"]);
  ASSERT_EQ(job["files"].size(), 2u);
  EXPECT_EQ(job["files"][0]["status"], "failed");
  EXPECT_EQ(job["files"][0]["error"], "not a PDF: no %PDF header");
  EXPECT_EQ(job["files"][1]["status"], "skipped");
  EXPECT_EQ(client.Post("/api/import", Upload(server_->Csrf(), {}))->status, 400);
}

TEST_F(ServeHttp, ReadOnlyRefusesEveryChange) {
  ServeProcess server({"--db", dir_->Path("r.sqlite"), "--read-only"});
  ASSERT_GT(server.port(), 0);
  EXPECT_NE(server.first_line().find("read-only"), std::string::npos);
  auto client = server.Client();
  const std::string csrf = server.Csrf();
  for (const char* path :
       {"/api/participation/add", "/api/participation/remove", "/api/participation/report",
        "/api/undo", "/api/review/done", "/api/units/merge", "/api/units/rename", "/api/units/set",
        "/api/import", "/api/expected"}) {
    auto res = client.Post(path, httplib::Params{{"csrf", csrf}, {"id", "1"}, {"year", "2024"}});
    EXPECT_EQ(res->status, 403) << path;
  }
  auto page = client.Get("/granska");
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->body.find("method=\"post\""), std::string::npos);
  EXPECT_EQ(client.Get("/oversikt")->status, 200);
  // A read-only server never creates a register.
  TempDir empty;
  ServeProcess none({"--db", empty.Path("none.sqlite"), "--read-only"});
  EXPECT_EQ(none.WaitExit(), 2);
  EXPECT_FALSE(std::filesystem::exists(empty.Path("none.sqlite")));
}

}  // namespace
}  // namespace kvreg
