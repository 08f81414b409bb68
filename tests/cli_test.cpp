// The command line end to end: exit codes, JSON shapes, import twice, bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "test_support.h"

namespace kvreg {
namespace {

using nlohmann::json;
using testing::JsonLines;
using testing::Quote;
using testing::RunKvreg;
using testing::SourcePath;
using testing::TempDir;
using testing::TopCorpusArguments;

TEST(Cli, ExtractJsonHasTheContractKeys) {
  const auto r = RunKvreg("extract --json " + Quote(SourcePath("corpus/bromma-2024-p23.pdf")));
  ASSERT_EQ(r.exit_code, 0);
  const auto lines = JsonLines(r.output);
  ASSERT_EQ(lines.size(), 1u);
  for (const char* key :
       {"file", "sha256", "pages", "error", "doc_kind", "board", "administration", "diary_numbers",
        "paragraph", "award_year", "meeting_date", "document_date", "units", "dates", "decision",
        "proposal", "prior_participation", "warnings"}) {
    EXPECT_TRUE(lines[0].contains(key)) << key;
  }
}

TEST(Cli, ExtractGoesOnAfterABadFileAndExitsOne) {
  TempDir dir;
  std::ofstream(dir.Path("broken.pdf")) << "%PDF-1.4\nthis is not a PDF body";
  const auto r = RunKvreg("extract --json " + Quote(dir.Path("broken.pdf")) + " " +
                          Quote(SourcePath("corpus/bromma-2023-tu.pdf")));
  EXPECT_EQ(r.exit_code, 1);
  const auto lines = JsonLines(r.output);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[0]["error"].is_string());
  EXPECT_TRUE(lines[0]["units"].empty());
  EXPECT_TRUE(lines[1]["error"].is_null());
}

TEST(Cli, ImportTwiceReportsEverythingUnchanged) {
  TempDir dir;
  const std::string db = Quote(dir.Path("r.sqlite"));
  const auto first = RunKvreg("import --json --jobs 2 --db " + db + " " + TopCorpusArguments());
  ASSERT_EQ(first.exit_code, 0) << first.output;
  auto lines = JsonLines(first.output);
  ASSERT_FALSE(lines.empty());
  const json summary = lines.back()["summary"];
  EXPECT_GE(summary["imported"].get<int>(), 15);
  EXPECT_EQ(summary["failed"].get<int>(), 0);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    for (const char* key : {"file", "status", "error", "sha256"})
      EXPECT_TRUE(lines[i].contains(key));
  }

  const auto second = RunKvreg("import --db " + db + " " + TopCorpusArguments());
  EXPECT_EQ(second.exit_code, 0);
  EXPECT_NE(second.output.find("imported 0 new, " + std::to_string(summary["imported"].get<int>()) +
                               " unchanged, 0 failed"),
            std::string::npos)
      << second.output;
}

TEST(Cli, ImportCountsAFailureAndACopyAndGoesOn) {
  TempDir dir;
  std::filesystem::create_directory(dir.Path("in"));
  std::ofstream(dir.Path("in/empty.pdf")).close();
  std::ofstream(dir.Path("in/notes.docx")) << "PK";
  std::filesystem::copy(SourcePath("corpus/skarpnack-2022-p45.pdf"), dir.Path("in/a.pdf"));
  std::filesystem::copy(SourcePath("corpus/skarpnack-2022-p45.pdf"), dir.Path("in/copy of a.pdf"));
  const auto r = RunKvreg("import --json --jobs 1 --db " + Quote(dir.Path("r.sqlite")) + " " +
                          Quote(dir.Path("in")));
  EXPECT_EQ(r.exit_code, 1);
  const auto lines = JsonLines(r.output);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines.back()["summary"],
            json({{"imported", 1}, {"unchanged", 1}, {"failed", 1}, {"skipped", 1}}));
  for (const auto& line : lines) {
    if (line.contains("status") && line["status"] == "failed") {
      EXPECT_EQ(line["error"], "empty file");
    }
  }
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(RunKvreg("import").exit_code, 2);
  EXPECT_EQ(RunKvreg("no-such-command").exit_code, 2);
  EXPECT_EQ(RunKvreg("--patterns /nonexistent extract x.pdf").exit_code, 2);
}

TEST(Cli, HistoryAndVerifyGiveStatusesWithDocuments) {
  TempDir dir;
  const std::string db = Quote(dir.Path("r.sqlite"));
  ASSERT_EQ(RunKvreg("import --db " + db + " " + TopCorpusArguments()).exit_code, 0);

  const auto history = RunKvreg("history --json --db " + db + " 'Hemtjänsten Vällingbys'");
  ASSERT_EQ(history.exit_code, 0);
  const auto entries = JsonLines(history.output);
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[0]["year"], 2019);
  EXPECT_EQ(entries[2]["status"], "reported_late");
  for (const char* key : {"unit", "year", "board", "class", "status", "documents"}) {
    EXPECT_TRUE(entries[1].contains(key)) << key;
  }
  const json& doc = entries[1]["documents"][0];
  for (const char* key : {"file", "page", "diary_number", "paragraph", "meeting_date"}) {
    EXPECT_TRUE(doc.contains(key)) << key;
  }

  const auto verify =
      RunKvreg("verify --json --year 2024 --board Hässelby --db " + db + " --expected " +
               Quote(SourcePath("corpus/expected-participations.csv")));
  ASSERT_EQ(verify.exit_code, 0);
  const auto rows = JsonLines(verify.output);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["unit"], "Hemtjänsten Vällingby");
  EXPECT_EQ(rows[0]["status"], "not_reported");
  EXPECT_TRUE(rows[0]["reason"].get<std::string>().find("expected list") != std::string::npos);
}

TEST(Cli, WorksFromAnyFolder) {
  TempDir dir;
  const std::string command = "cd " + Quote(dir.Path()) + " && '" + std::string(KVREG_BINARY) +
                              "' extract --json " +
                              Quote(SourcePath("corpus/bromma-2024-p23.pdf")) + " >/dev/null 2>&1";
  EXPECT_EQ(std::system(command.c_str()), 0);
}

}  // namespace
}  // namespace kvreg
