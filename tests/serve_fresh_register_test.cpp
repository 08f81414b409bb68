// kvreg serve over HTTP (issue 16), each test with a server of its own on a fresh register: two
// imports at once, upload limits, and the access token another address needs. Runs the kvreg
// binary (tier e2e).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <future>

#include "serve_support.h"
#include "test_support.h"

namespace kvreg {
namespace {

using namespace kvreg::testing;

TEST(ServeFreshRegister, TwoImportsAtOnceBothComplete) {
  TempDir dir;
  ServeProcess server({"--db", dir.Path("r.sqlite"), "--jobs", "1"});
  ASSERT_GT(server.port(), 0);
  const auto files = TopCorpusPdfs();
  auto post = [&](size_t i) {
    auto res = server.Client().Post(
        "/api/import", Upload(server.Csrf(), {{std::filesystem::path(files[i]).filename(),
                                               ReadWholeFile(files[i])}}));
    return res ? nlohmann::json::parse(res->body)["job"].get<int>() : -1;
  };
  auto first = std::async(std::launch::async, post, 1);
  auto second = std::async(std::launch::async, post, 3);
  const int a = first.get(), b = second.get();
  ASSERT_GT(a, 0);
  ASSERT_GT(b, 0);
  EXPECT_EQ(server.WaitForImport(a)["files"][0]["status"], "imported");
  EXPECT_EQ(server.WaitForImport(b)["files"][0]["status"], "imported");
  auto documents = nlohmann::json::parse(server.Client().Get("/api/documents")->body);
  EXPECT_EQ(documents.size(), 2u);
}

TEST(ServeFreshRegister, AnOversizeUploadIsRefused) {
  TempDir dir;
  ServeProcess server(
      {"--db", dir.Path("r.sqlite"), "--max-upload-mb", "1", "--max-upload-files", "2"});
  auto client = server.Client();
  std::string big = "%PDF-1.4\n" + std::string(2u << 20, 'x');
  EXPECT_EQ(client.Post("/api/import", Upload(server.Csrf(), {{"stor.pdf", big}}))->status, 413);
  EXPECT_EQ(client
                .Post("/api/import",
                      Upload(server.Csrf(), {{"a.pdf", "x"}, {"b.pdf", "x"}, {"c.pdf", "x"}}))
                ->status,
            413);
  EXPECT_TRUE(nlohmann::json::parse(client.Get("/api/imports")->body).empty());
}

TEST(ServeFreshRegister, AnotherAddressNeedsTheAccessToken) {
  TempDir dir;
  ServeProcess refused({"--db", dir.Path("r.sqlite"), "--listen", "0.0.0.0"});
  EXPECT_EQ(refused.WaitExit(), 2);
  std::ofstream(dir.Path("token")) << "a-long-enough-secret-token\n";
  ServeProcess server(
      {"--db", dir.Path("r.sqlite"), "--listen", "0.0.0.0", "--token-file", dir.Path("token")});
  ASSERT_GT(server.port(), 0);
  auto client = server.Client();
  EXPECT_EQ(client.Get("/api/overview")->status, 401);
  EXPECT_EQ(client.Get("/oversikt")->status, 303);
  EXPECT_EQ(
      client.Get("/api/overview", {{"Authorization", "Bearer wrong-token-wrong-token"}})->status,
      401);
  EXPECT_EQ(
      client.Get("/api/overview", {{"Authorization", "Bearer a-long-enough-secret-token"}})->status,
      200);
  // With the access token an API client needs no CSRF token.
  const httplib::Headers bearer = {{"Authorization", "Bearer a-long-enough-secret-token"}};
  auto undo = client.Post("/api/undo", bearer, httplib::Params{{"id", "999"}});
  EXPECT_EQ(undo->status, 400) << undo->body;  // got past the CSRF check: no change 999
  auto login = client.Post("/logga-in", httplib::Params{{"nyckel", "a-long-enough-secret-token"}});
  ASSERT_EQ(login->status, 303);
  EXPECT_NE(login->get_header_value("Set-Cookie").find("HttpOnly"), std::string::npos);
}

}  // namespace
}  // namespace kvreg
