// OCR of scanned documents: every scan in corpus/scanned/ extracts to its gold file's diary
// numbers, board, award year and units, with the pages read by OCR named and marked in the
// provenance; the command line's --no-ocr and a missing language give what they promise.
// The scans are made by tools/make_scans.py from corpus documents; their gold files are the
// originals' hand-written ones plus "ocr_pages".
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kvreg/extract.h"
#include "kvreg/record_json.h"
#include "test_support.h"

namespace kvreg {
namespace {

using nlohmann::json;
using testing::Quote;
using testing::RealPatterns;
using testing::RunKvreg;
using testing::SourcePath;
using testing::TempDir;

const char kMixed[] = "corpus/scanned/hasselby-vallingby-2022-tu-mixed.pdf";
const char kScan[] = "corpus/scanned/aldrenamnden-2022-anmalan-scan.pdf";

std::vector<std::string> ScanNames() {
  std::vector<std::string> names;
  const std::string suffix = ".expected.json";
  for (const auto& entry : std::filesystem::directory_iterator(SourcePath("corpus/scanned"))) {
    const std::string file = entry.path().filename().string();
    if (file.size() > suffix.size() &&
        file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0) {
      names.push_back(file.substr(0, file.size() - suffix.size()));
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

json ReadJson(const std::string& path) {
  std::ifstream in(path);
  return json::parse(in);
}

std::vector<std::string> UnitLines(const Record& r) {
  std::vector<std::string> out;
  for (const UnitMention& u : r.units) {
    out.push_back(u.name + " | department=" + u.department.value_or("null") +
                  " | class=" + u.competition_class.value_or("null") + " | operator=" +
                  u.operator_name.value_or("null") + " | page=" + std::to_string(u.source.page));
  }
  return out;
}

class ScannedGold : public ::testing::TestWithParam<std::string> {};

TEST_P(ScannedGold, OcrReadsTheGoldFields) {
  const std::string name = GetParam();
  const json gold_json = ReadJson(SourcePath("corpus/scanned/" + name + ".expected.json"));
  Record gold;
  ASSERT_TRUE(RecordFromJson(gold_json, &gold).ok());
  const Record got =
      ExtractFile(RealPatterns(), SourcePath("corpus/scanned/" + name + ".pdf"), TextLimits());

  ASSERT_EQ(got.error, std::nullopt) << *got.error;
  EXPECT_EQ(got.sha256, gold.sha256) << "sha256";
  EXPECT_EQ(got.pages, gold.pages) << "pages";
  EXPECT_EQ(got.diary_numbers, gold.diary_numbers) << "diary_numbers";
  EXPECT_EQ(got.board, gold.board) << "board";
  EXPECT_EQ(got.award_year, gold.award_year) << "award_year";
  EXPECT_EQ(UnitLines(got), UnitLines(gold)) << "units";
  // Where the OCR of these scans is exact, the rest of the record is too.
  EXPECT_EQ(got.doc_kind, gold.doc_kind) << "doc_kind";
  EXPECT_EQ(got.paragraph, gold.paragraph) << "paragraph";
  EXPECT_EQ(got.meeting_date, gold.meeting_date) << "meeting_date";

  ASSERT_FALSE(gold.ocr_pages.empty()) << "a scan's gold names its OCR'd pages";
  EXPECT_EQ(got.ocr_pages, gold.ocr_pages) << "ocr_pages";
  ASSERT_TRUE(got.ocr_confidence.has_value());
  EXPECT_GT(*got.ocr_confidence, 50);
  EXPECT_LE(*got.ocr_confidence, 100);
  auto ocr_page = [&](int page) {
    return std::find(got.ocr_pages.begin(), got.ocr_pages.end(), page) != got.ocr_pages.end();
  };
  for (const UnitMention& u : got.units) {
    EXPECT_EQ(u.source.ocr_confidence.has_value(), ocr_page(u.source.page)) << u.name;
  }
  for (const DatedStatement& d : got.dates) {
    EXPECT_EQ(d.source.ocr_confidence.has_value(), ocr_page(d.source.page)) << d.text;
  }
}

INSTANTIATE_TEST_SUITE_P(Scans, ScannedGold, ::testing::ValuesIn(ScanNames()), testing::ParamName);

TEST(ScannedCorpus, HasSeveralScansAndAMixedDocument) {
  const auto names = ScanNames();
  EXPECT_GE(names.size(), 4u);
  EXPECT_NE(std::find(names.begin(), names.end(), "hasselby-vallingby-2022-tu-mixed"), names.end());
}

TEST(Ocr, AMixedDocumentKeepsItsTextPageAndReadsTheScannedOne) {
  const Record r = ExtractFile(RealPatterns(), SourcePath(kMixed), TextLimits());
  ASSERT_EQ(r.error, std::nullopt);
  EXPECT_EQ(r.ocr_pages, std::vector<int>{1});
  bool text_page_date = false;
  for (const DatedStatement& d : r.dates) {
    if (d.source.page == 2) {
      text_page_date = true;
      EXPECT_FALSE(d.source.ocr_confidence.has_value()) << d.text;
    }
  }
  EXPECT_TRUE(text_page_date) << "page 2 (text layer) holds dates in the gold";
}

TEST(Ocr, TextDocumentsAreNotOcrd) {
  const Record r =
      ExtractFile(RealPatterns(), SourcePath("corpus/bromma-2024-p23.pdf"), TextLimits());
  EXPECT_TRUE(r.ocr_pages.empty());
  EXPECT_FALSE(r.ocr_confidence.has_value());
  const json j = RecordToJson(r);
  EXPECT_TRUE(j["ocr_pages"].empty());
  EXPECT_FALSE(j["units"][0]["source"].contains("ocr"));
}

TEST(Ocr, NoOcrLeavesAScanUnreadWithTheReason) {
  TextLimits limits;
  limits.ocr.enabled = false;
  const Record r = ExtractFile(RealPatterns(), SourcePath(kScan), limits);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_NE(r.error->find("no text layer"), std::string::npos) << *r.error;
  EXPECT_TRUE(r.units.empty());
}

TEST(Ocr, MissingLanguageDataIsAClearError) {
  TempDir empty;
  TextLimits limits;
  limits.ocr.tessdata = empty.Path();
  const Record r = ExtractFile(RealPatterns(), SourcePath(kScan), limits);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_NE(r.error->find("swe.traineddata"), std::string::npos) << *r.error;
  EXPECT_NE(r.error->find("tesseract-ocr-swe"), std::string::npos) << *r.error;
  EXPECT_NE(r.error->find("--no-ocr"), std::string::npos) << *r.error;
  // A document with a text layer never needs the language data.
  const Record text = ExtractFile(RealPatterns(), SourcePath("corpus/bromma-2024-p23.pdf"), limits);
  EXPECT_EQ(text.error, std::nullopt);
}

TEST(OcrCli, ExtractJsonNamesTheOcrdPagesAndNoOcrTurnsItOff) {
  auto r = RunKvreg("extract --json " + Quote(SourcePath(kMixed)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  json record = json::parse(r.output);
  EXPECT_EQ(record["ocr_pages"], json::array({1}));
  EXPECT_TRUE(record["ocr_confidence"].is_number());
  ASSERT_FALSE(record["units"].empty());
  EXPECT_EQ(record["units"][0]["source"]["ocr"], true);
  EXPECT_TRUE(record["units"][0]["source"]["ocr_confidence"].is_number());

  r = RunKvreg("extract --json --no-ocr " + Quote(SourcePath(kMixed)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  record = json::parse(r.output);
  EXPECT_TRUE(record["ocr_pages"].empty());
  EXPECT_TRUE(record["units"].empty()) << "the unit is named only on the scanned page";

  TempDir dir;
  r = RunKvreg("extract --json --no-ocr " + Quote(SourcePath(kScan)), dir.Path("err"));
  EXPECT_EQ(r.exit_code, 1);
}

TEST(OcrCli, MissingLanguageDataIsReportedOnStderr) {
  TempDir dir;
  const auto r =
      RunKvreg("extract --json --tessdata " + Quote(dir.Path()) + " " + Quote(SourcePath(kScan)),
               dir.Path("err"));
  EXPECT_EQ(r.exit_code, 1);
  std::ifstream err(dir.Path("err"));
  std::stringstream message;
  message << err.rdbuf();
  EXPECT_NE(message.str().find("swe.traineddata"), std::string::npos) << message.str();
}

TEST(OcrCli, AScanImportsInAWorker) {
  TempDir dir;
  const std::string db = Quote(dir.Path("r.sqlite"));
  auto r = RunKvreg("import --json --db " + db + " " + Quote(SourcePath(kScan)));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::istringstream lines(r.output);
  std::string first;
  std::getline(lines, first);
  EXPECT_EQ(json::parse(first)["status"], "imported") << first;

  r = RunKvreg("import --json --no-ocr --db " + Quote(dir.Path("other.sqlite")) + " " +
               Quote(SourcePath(kScan)));
  EXPECT_EQ(r.exit_code, 1);
  std::istringstream failed(r.output);
  std::getline(failed, first);
  EXPECT_EQ(json::parse(first)["status"], "failed") << first;
}

}  // namespace
}  // namespace kvreg
