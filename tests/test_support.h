// Helpers shared by the tests: where the source tree and the kvreg binary are, loading the
// real patterns, temporary folders, running the command line and querying a register.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "kvreg/extract.h"
#include "kvreg/patterns.h"
#include "kvreg/record.h"

namespace kvreg::testing {

// A one-page tjänsteutlåtande of award year 2024 naming one unit, as extraction would record it
// from the file "<sha>.pdf".
inline Record Document(const std::string& sha, const std::string& unit) {
  Record r;
  r.file = sha + ".pdf";
  r.sha256 = sha;
  r.pages = 1;
  r.doc_kind = "official_report";
  r.award_year = 2024;
  UnitMention u;
  u.name = unit;
  u.source.page = 1;
  r.units.push_back(u);
  return r;
}

inline std::string SourcePath(const std::string& relative) {
  return std::string(KVREG_SOURCE_DIR) + "/" + relative;
}

// The files directly in corpus/, sorted: the register scenario. The subfolders (scanned/ for
// OCR, blind/ for the blind evaluation) are left out, so that register tests do not depend on
// them and do not spend their time on OCR.
inline std::vector<std::string> TopCorpusFiles() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(SourcePath("corpus"))) {
    if (entry.is_regular_file()) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The PDFs directly in corpus/, sorted.
inline std::vector<std::string> TopCorpusPdfs() {
  std::vector<std::string> pdfs;
  for (const std::string& f : TopCorpusFiles()) {
    if (f.size() > 4 && f.substr(f.size() - 4) == ".pdf") pdfs.push_back(f);
  }
  return pdfs;
}

// The bytes of the file at `path` ("" when it cannot be read).
inline std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A document name as a test parameter's name: every character but letters and digits made '_'.
inline std::string ParamName(const ::testing::TestParamInfo<std::string>& info) {
  std::string id = info.param;
  std::replace_if(
      id.begin(), id.end(), [](char c) { return !isalnum(static_cast<unsigned char>(c)); }, '_');
  return id;
}

// `s` in single quotes, for a shell command line (the tests' paths hold no single quote).
inline std::string Quote(const std::string& s) {
  std::string quoted = "'";  // built by appending: "'" + s trips GCC 12's -Wrestrict at -O3
  quoted += s;
  quoted += '\'';
  return quoted;
}

// TopCorpusFiles() as shell arguments, each in single quotes.
inline std::string TopCorpusArguments() {
  std::string out;
  for (const std::string& f : TopCorpusFiles()) {
    if (!out.empty()) out += ' ';
    out += Quote(f);
  }
  return out;
}

// Each non-empty line of `output` parsed as JSON (JSON Lines).
inline std::vector<nlohmann::json> JsonLines(const std::string& output) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(output);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

inline const PatternSet& RealPatterns() {
  static std::unique_ptr<PatternSet> patterns = [] {
    std::unique_ptr<PatternSet> p;
    Status s = PatternSet::Load(SourcePath("patterns"), &p);
    if (!s.ok()) ADD_FAILURE() << s.message();
    return p;
  }();
  return *patterns;
}

// The record of a plain text ("\f" separates pages, a blank line blocks).
inline Record ExtractText(const std::string& text) {
  DocumentText doc;
  EXPECT_TRUE(ParsePlainText(text, &doc).ok());
  Record record;
  ExtractFields(RealPatterns(), doc, &record);
  return record;
}

// "role date [inferred] pN" of each dated statement of `r`.
inline std::vector<std::string> DatesOf(const Record& r) {
  std::vector<std::string> out;
  for (const DatedStatement& d : r.dates) {
    out.push_back(d.role + " " + d.date + (d.year_inferred ? " inferred" : "") + " p" +
                  std::to_string(d.source.page));
  }
  return out;
}

// A tjänsteutlåtande about the award whose text is `body`, extracted with the real patterns.
inline Record ExtractReport(const std::string& body) {
  return ExtractText(
      "Stadsdelsförvaltningen\n\nTjänsteutlåtande\n\n2023-04-03\n\nAnmälan om deltagande i "
      "Stockholms stads kvalitetsutmärkelse 2023\n\n" +
      body + "\n");
}

// The department, class and operator of `unit` in `r` as "department | class | operator", or
// "missing" when `r` has no such unit.
inline std::string DetailsOf(const Record& r, const std::string& unit) {
  const UnitMention* u = FindUnit(r, unit);
  if (u == nullptr) return "missing";
  return u->department.value_or("") + " | " + u->competition_class.value_or("") + " | " +
         u->operator_name.value_or("");
}

// The years of the prior participation named for `unit` in `r`, or none.
inline std::vector<int> PriorYears(const Record& r, const std::string& unit) {
  for (const PriorParticipation& p : r.prior_participation) {
    if (p.unit == unit) return p.years;
  }
  return {};
}

// The role of the dated statement on `date` ("2022-05-20") in `r`, or "".
inline std::string RoleOn(const Record& r, const std::string& date) {
  for (const DatedStatement& d : r.dates) {
    if (d.date == date) return d.role;
  }
  return "";
}

// A PDF of the source tree (a path relative to it) extracted with the real patterns.
inline Record ExtractPdf(const std::string& relative) {
  return ExtractFile(RealPatterns(), SourcePath(relative));
}

// A table as the PDF reader gives it (document_text.h), on a text page about the award.
inline Record ExtractWithTable(std::vector<std::vector<std::string>> rows) {
  DocumentText doc;
  EXPECT_TRUE(ParsePlainText("Anmälan om deltagande i Kvalitetsutmärkelsen 2021\n\nFöljande "
                             "enheter deltar enligt tabellen.\n",
                             &doc)
                  .ok());
  TextTable table;
  table.rows = std::move(rows);
  doc.pages[0].tables.push_back(table);
  Record record;
  ExtractFields(RealPatterns(), doc, &record);
  return record;
}

// A fresh empty folder, removed when the object goes.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kvreg-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Path(const std::string& name = "") const {
    return name.empty() ? path_ : path_ + "/" + name;
  }

 private:
  std::string path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout
};

// Runs the kvreg binary with `arguments` (already shell-quoted), stderr to `stderr_file` if
// given, else discarded.
inline CommandResult RunKvreg(const std::string& arguments, const std::string& stderr_file = "") {
  const std::string command = std::string("'") + KVREG_BINARY + "' " + arguments + " 2>" +
                              (stderr_file.empty() ? "/dev/null" : "'" + stderr_file + "'");
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// Runs one SQL statement on the register and returns its rows, columns joined by '|'; a failing
// statement fails the test. Opens it read-write: after a kill the first connection may have to
// recover the write-ahead log.
inline std::vector<std::string> Query(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::vector<std::string> rows;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sqlite3_errmsg(db);
    sqlite3_close(db);
    return rows;
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
  }
  int step = SQLITE_DONE;
  while (stmt != nullptr && (step = sqlite3_step(stmt)) == SQLITE_ROW) {
    std::string row;
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
      const unsigned char* text = sqlite3_column_text(stmt, c);
      if (c > 0) row += '|';
      row += text ? reinterpret_cast<const char*>(text) : "NULL";
    }
    rows.push_back(row);
  }
  if (stmt != nullptr && step != SQLITE_DONE) ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return rows;
}

}  // namespace kvreg::testing
