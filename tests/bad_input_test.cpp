// Every kind of bad input named in issue 5, through `kvreg import` end to end: each gets its
// own one-line reason (or is imported, where Poppler can read it), and the batch goes on.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "document_text_json.h"
#include "kvreg/document_text.h"
#include "minimal_pdf.h"
#include "test_support.h"

namespace kvreg {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::MinimalPdf;
using testing::PageContent;
using testing::Quote;
using testing::RunKvreg;
using testing::SourcePath;
using testing::TempDir;

const char kGoodPdf[] = "corpus/skarpnack-2022-p45.pdf";

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The import's JSON lines: one per file (keyed by file name), and the summary.
struct ImportRun {
  int exit_code = -1;
  std::map<std::string, json> files;  // by file name (not path)
  json summary;
};

ImportRun Import(const TempDir& dir, const std::string& paths, const std::string& extra = "") {
  const auto r = RunKvreg("import --json --jobs 2 " + extra + " --db " +
                          Quote(dir.Path("r.sqlite")) + " " + paths);
  ImportRun run;
  run.exit_code = r.exit_code;
  std::istringstream in(r.output);
  std::string line;
  while (std::getline(in, line)) {
    const json j = json::parse(line);
    if (j.contains("summary")) {
      run.summary = j["summary"];
    } else {
      run.files[fs::path(j["file"].get<std::string>()).filename().string()] = j;
    }
  }
  return run;
}

// Imports one file alone and returns its line.
json ImportOne(const TempDir& dir, const std::string& file, int expected_exit = 1) {
  const ImportRun run = Import(dir, Quote(file));
  EXPECT_EQ(run.exit_code, expected_exit);
  EXPECT_EQ(run.files.size(), 1u);
  return run.files.empty() ? json() : run.files.begin()->second;
}

void ExpectFailed(const json& line, const std::string& reason) {
  EXPECT_EQ(line["status"], "failed") << line.dump();
  EXPECT_EQ(line["error"], reason) << line.dump();
}

// The units `kvreg extract` finds in a file, as JSON.
json UnitsOf(const std::string& file) {
  const auto r = RunKvreg("extract --json " + Quote(file));
  return json::parse(r.output)["units"];
}

TEST(BadInput, EmptyFile) {
  TempDir dir;
  WriteFile(dir.Path("tomt.pdf"), "");
  ExpectFailed(ImportOne(dir, dir.Path("tomt.pdf")), "empty file");
}

TEST(BadInput, RenamedWordFileIsNotAPdf) {
  TempDir dir;
  WriteFile(dir.Path("beslut.pdf"),
            std::string("PK\x03\x04\x14\0\x06\0", 8) + "[Content_Types].xml");
  ExpectFailed(ImportOne(dir, dir.Path("beslut.pdf")),
               "not a PDF: a zip container (a Word or OpenDocument file?)");
}

TEST(BadInput, TruncatedPdf) {
  TempDir dir;
  const std::string whole = ReadFile(SourcePath(kGoodPdf));
  WriteFile(dir.Path("halv.pdf"), whole.substr(0, whole.size() / 2));
  ExpectFailed(ImportOne(dir, dir.Path("halv.pdf")),
               "truncated PDF: the file ends before the PDF's end marker (%%EOF)");
}

TEST(BadInput, UserPasswordSaysEncrypted) {
  TempDir dir;
  ExpectFailed(ImportOne(dir, SourcePath("tests/fixtures/encrypted-user-password.pdf")),
               "encrypted: the PDF needs a user password to open");
}

TEST(BadInput, OwnerPasswordOnlyIsExtracted) {
  TempDir dir;
  const std::string file = SourcePath("tests/fixtures/owner-password-only.pdf");
  EXPECT_EQ(ImportOne(dir, file, 0)["status"], "imported");
  const json units = UnitsOf(file);
  EXPECT_FALSE(units.empty());
  EXPECT_EQ(units, UnitsOf(SourcePath(kGoodPdf)));
}

TEST(BadInput, DamagedCrossReferenceTableIsRepairedAndImported) {
  TempDir dir;
  const std::string file = SourcePath("tests/fixtures/damaged-xref.pdf");
  EXPECT_EQ(ImportOne(dir, file, 0)["status"], "imported");
  EXPECT_EQ(UnitsOf(file), UnitsOf(SourcePath(kGoodPdf)));
}

// Pages that are only an image (here a grey square, no words in it): OCR reads them and
// finds nothing; without OCR the reason says there is no text layer.
TEST(BadInput, ScannedImageWithoutTextLayer) {
  TempDir dir;
  WriteFile(dir.Path("skannad.pdf"), MinimalPdf(2, PageContent::kImageOnly));
  ExpectFailed(ImportOne(dir, dir.Path("skannad.pdf")), "no text: OCR found none on any page");
  TempDir other;
  const ImportRun run = Import(other, Quote(dir.Path("skannad.pdf")), "--no-ocr");
  EXPECT_EQ(run.exit_code, 1);
  ASSERT_EQ(run.files.size(), 1u);
  ExpectFailed(run.files.begin()->second, "no text layer: the PDF holds only images (a scan?)");
}

TEST(BadInput, ThousandsOfPagesStopAtThePageLimit) {
  TempDir dir;
  WriteFile(dir.Path("tjock.pdf"), MinimalPdf(3000, PageContent::kText));
  ExpectFailed(ImportOne(dir, dir.Path("tjock.pdf")), "too many pages: 3000 (limit 2000)");
}

TEST(BadInput, FileNameWithSpacesParagraphSignAndSwedishLetters) {
  TempDir dir;
  const std::string file = dir.Path("Protokoll § 23 Bromma åäö ÅÄÖ.pdf");
  fs::copy(SourcePath(kGoodPdf), file);
  const json line = ImportOne(dir, file, 0);
  EXPECT_EQ(line["status"], "imported");
  EXPECT_EQ(line["file"], file);
}

// A Latin-1 file name (from an old zip or share) is not UTF-8: it used to make the JSON
// writer throw, killing the worker and the importer.
TEST(BadInput, FileNameThatIsNotUtf8) {
  TempDir dir;
  fs::create_directory(dir.Path("in"));
  fs::copy(SourcePath(kGoodPdf), dir.Path("in/r\xE4pport.pdf"));
  const ImportRun run = Import(dir, Quote(dir.Path("in")));
  EXPECT_EQ(run.exit_code, 0);
  ASSERT_EQ(run.files.size(), 1u);
  EXPECT_EQ(run.files.begin()->first, "r\xEF\xBF\xBDpport.pdf");  // U+FFFD for the byte
  EXPECT_EQ(run.files.begin()->second["status"], "imported");
  const auto history =
      RunKvreg("history --json --db " + Quote(dir.Path("r.sqlite")) + " " + Quote("Solrosen"));
  EXPECT_EQ(history.exit_code, 0);
  EXPECT_NE(history.output.find("r\xEF\xBF\xBDpport.pdf"), std::string::npos) << history.output;
}

// Text a clerk types is bound as a parameter, never spliced into SQL.
TEST(BadInput, QueryTextIsDataNotSql) {
  TempDir dir;
  const std::string db = Quote(dir.Path("r.sqlite"));
  ASSERT_EQ(RunKvreg("import --db " + db + " " + Quote(SourcePath(kGoodPdf))).exit_code, 0);
  const std::string hostile = Quote("x%' OR 1=1); DROP TABLE documents; --");
  EXPECT_EQ(RunKvreg("verify --json --db " + db + " --board " + hostile).output, "");
  EXPECT_EQ(RunKvreg("history --json --db " + db + " " + hostile).output, "");
  const auto r = RunKvreg("verify --json --db " + db);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("skarpnack-2022-p45.pdf"), std::string::npos);
}

TEST(BadInput, UnreadableFile) {
  TempDir dir;
  fs::create_directory(dir.Path("in"));
  const std::string file = dir.Path("in/låst.pdf");
  fs::copy(SourcePath(kGoodPdf), file);
  chmod(file.c_str(), 0);
  std::string command = "import --json --db " + Quote(dir.Path("r.sqlite")) + " " + Quote(file);
  std::string prefix;
  if (geteuid() == 0) {
    // Root reads any file: import as nobody, who may write the register folder but not read
    // the file.
    chmod(dir.Path().c_str(), 0777);
    prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  }
  const std::string full = prefix + "'" + KVREG_BINARY + "' " + command + " 2>/dev/null";
  FILE* pipe = popen(full.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
  const int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 1) << output;
  const json line = json::parse(output.substr(0, output.find('\n')));
  ExpectFailed(line, "cannot read file: Permission denied");
}

TEST(BadInput, FolderWithASymlinkLoopFinishesTheBatch) {
  TempDir dir;
  fs::create_directories(dir.Path("in/sub"));
  fs::copy(SourcePath(kGoodPdf), dir.Path("in/sub/a.pdf"));
  fs::create_directory_symlink("..", dir.Path("in/sub/upp"));  // in/sub/upp/sub/upp/...
  fs::create_symlink("b.pdf", dir.Path("in/a-link.pdf"));      // a-link -> b -> a-link
  fs::create_symlink("a-link.pdf", dir.Path("in/b.pdf"));
  const ImportRun run = Import(dir, Quote(dir.Path("in")));
  EXPECT_EQ(run.exit_code, 1);
  ASSERT_EQ(run.files.size(), 4u);
  EXPECT_EQ(run.files.at("a.pdf")["status"], "imported");
  EXPECT_EQ(run.files.at("upp")["status"], "skipped");
  EXPECT_EQ(run.files.at("upp")["error"],
            "link to a folder: not followed, so a link loop cannot trap the walk");
  ExpectFailed(run.files.at("a-link.pdf"), "symbolic link loop: the link never ends");
  ExpectFailed(run.files.at("b.pdf"), "symbolic link loop: the link never ends");

  // Named on the command line, the same links: the loop is said, the folder link followed.
  const ImportRun direct =
      Import(dir, Quote(dir.Path("in/a-link.pdf")) + " " + Quote(dir.Path("in/sub/upp")));
  ExpectFailed(direct.files.at("a-link.pdf"), "symbolic link loop: the link never ends");
  EXPECT_EQ(direct.files.at("a.pdf")["status"], "unchanged");
}

TEST(BadInput, IdenticalContentUnderTwoNamesIsImportedOnce) {
  TempDir dir;
  fs::create_directory(dir.Path("in"));
  fs::copy(SourcePath(kGoodPdf), dir.Path("in/original.pdf"));
  fs::copy(SourcePath(kGoodPdf), dir.Path("in/kopia av original.pdf"));
  const ImportRun run = Import(dir, Quote(dir.Path("in")));
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.summary, json({{"imported", 1}, {"unchanged", 1}, {"failed", 0}, {"skipped", 0}}));
  EXPECT_EQ(run.files.at("original.pdf")["sha256"],
            run.files.at("kopia av original.pdf")["sha256"]);
}

// The limits hold in the reader itself, whatever the caller asks for.
// What Poppler reads, or why it cannot, is the same whether the file was read into memory
// first (small files) or streamed from disk (files over max_bytes_read_whole).
TEST(BadInput, ReadFromMemoryOrStreamedAlike) {
  TempDir dir;
  const std::string whole = ReadFile(SourcePath(kGoodPdf));
  WriteFile(dir.Path("halv.pdf"), whole.substr(0, whole.size() / 2));
  WriteFile(dir.Path("tom.pdf"), "");
  for (const std::string& file :
       {SourcePath(kGoodPdf), SourcePath("corpus/socialnamnden-2017-tu.pdf"),
        SourcePath("tests/fixtures/damaged-xref.pdf"),
        SourcePath("tests/fixtures/owner-password-only.pdf"),
        SourcePath("tests/fixtures/encrypted-user-password.pdf"), dir.Path("halv.pdf"),
        dir.Path("tom.pdf")}) {
    TextLimits in_memory, streamed;
    streamed.max_bytes_read_whole = 0;
    DocumentText a, b;
    const Status read_a = ReadDocumentText(file, in_memory, &a);
    const Status read_b = ReadDocumentText(file, streamed, &b);
    EXPECT_EQ(read_a.message(), read_b.message()) << file;
    ASSERT_EQ(a.pages.size(), b.pages.size()) << file;
    for (size_t i = 0; i < a.pages.size(); ++i) {
      EXPECT_EQ(PageToJson(a.pages[i]), PageToJson(b.pages[i])) << file << " page " << i + 1;
    }
    if (file == SourcePath(kGoodPdf)) {
      EXPECT_FALSE(a.pages.empty());
    }
  }
}

TEST(BadInput, ReaderLimitsOnPagesAndTextBytes) {
  TempDir dir;
  WriteFile(dir.Path("tio.pdf"), MinimalPdf(10, PageContent::kText, "Kvalitetsutmarkelsen 2024"));
  DocumentText text;
  TextLimits limits;
  limits.max_pages = 9;
  EXPECT_EQ(ReadDocumentText(dir.Path("tio.pdf"), limits, &text).message(),
            "too many pages: 10 (limit 9)");
  limits.max_pages = 10;
  limits.max_text_bytes = 200;
  EXPECT_EQ(ReadDocumentText(dir.Path("tio.pdf"), limits, &text).message(),
            "too much text: over 200 bytes");
  limits.max_text_bytes = 10000;
  EXPECT_TRUE(ReadDocumentText(dir.Path("tio.pdf"), limits, &text).ok());
  EXPECT_EQ(text.pages.size(), 10u);

  WriteFile(dir.Path("lång.txt"), std::string(20000, 'a'));
  EXPECT_EQ(ReadDocumentText(dir.Path("lång.txt"), limits, &text).message(),
            "too much text: over 10000 bytes");
}

}  // namespace
}  // namespace kvreg
