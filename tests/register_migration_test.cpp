// A register written by the first schema (v1) is upgraded in place: its documents,
// participations and units are kept, spellings that the new keys recognise as one unit
// become one, and the new tables (aliases, pages, search) work.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "kvreg/award_calendar.h"
#include "kvreg/import.h"
#include "kvreg/register.h"
#include "register_schema.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::RealPatterns;
using testing::SourcePath;
using testing::TempDir;

void Exec(sqlite3* db, const std::string& sql) {
  char* error = nullptr;
  ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
      << (error ? error : "") << "\n"
      << sql;
}

// A v1 register as kvreg 0.1 wrote it: the genitive and the nominative of one unit were two
// units (v1 keys only folded case), with one participation each.
void WriteVersionOne(const std::string& path) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  Exec(db, "BEGIN");
  Exec(db, RegisterMigrations().at(0));
  Exec(db,
       "INSERT INTO documents VALUES (1, 'aaa', 'hv-2022-p62.pdf', 1, 'protocol_extract', "
       "'Hässelby-Vällingby stadsdelsnämnd', NULL, '§ 62', 2022, '2022-06-16', NULL, "
       "'Nämnden noterar anmälan.', NULL, '{}', '2024-01-01T00:00:00Z');"
       "INSERT INTO documents VALUES (2, 'bbb', 'hv-2023-tu.pdf', 1, 'official_report', "
       "'Hässelby-Vällingby stadsdelsnämnd', NULL, NULL, 2023, '2023-05-25', NULL, NULL, "
       "'Nämnden noterar anmälan.', '{}', '2024-01-01T00:00:00Z');"
       "INSERT INTO document_diary_numbers VALUES (1, 0, 'HV 2022/211');"
       "INSERT INTO document_dates VALUES (1, 'report_deadline', '2022-06-30', 0, 1);"
       "INSERT INTO units VALUES (1, 'Hemtjänsten Vällingbys', 'hemtjänsten vällingbys');"
       "INSERT INTO units VALUES (2, 'Hemtjänsten Vällingby', 'hemtjänsten vällingby');"
       "INSERT INTO participations VALUES (1, 1, 2022, 'Hässelby-Vällingby stadsdelsnämnd', "
       "'Äldreomsorg', NULL, NULL);"
       "INSERT INTO participations VALUES (2, 2, 2023, 'Hässelby-Vällingby stadsdelsnämnd', "
       "NULL, NULL, NULL);"
       "INSERT INTO participation_sources VALUES (1, 1, 1, 'decided');"
       "INSERT INTO participation_sources VALUES (2, 2, 1, 'proposed');"
       "INSERT INTO import_log VALUES (1, '2024-01-01T00:00:00Z', 'hv-2022-p62.pdf', 'aaa', "
       "'imported', NULL);");
  Exec(db, "PRAGMA user_version = 1");
  Exec(db, "COMMIT");
  sqlite3_close(db);
}

int UserVersion(const std::string& path) {
  return std::stoi(testing::Query(path, "PRAGMA user_version").at(0));
}

TEST(RegisterMigration, UpgradesAVersionOneRegisterInPlace) {
  TempDir dir;
  const std::string path = dir.Path("v1.sqlite");
  WriteVersionOne(path);
  ASSERT_EQ(UserVersion(path), 1);

  std::unique_ptr<Register> reg;
  Status opened = Register::Open(path, &reg);
  ASSERT_TRUE(opened.ok()) << opened.message();
  EXPECT_EQ(UserVersion(path), static_cast<int>(RegisterMigrations().size()));

  // The two spellings are one unit now, with both years and their statuses.
  std::vector<UnitSummary> units;
  ASSERT_TRUE(reg->Units("Vällingby", &units).ok());
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].participations, 2);
  EXPECT_EQ(units[0].name, "Hemtjänsten Vällingby") << "the nominative, not the genitive";
  ParticipationQuery query;
  query.unit_query = "Hemtjänsten Vällingby";
  std::vector<ParticipationView> views;
  ASSERT_TRUE(reg->Participations(query, AwardCalendarOf(RealPatterns()), &views).ok());
  ASSERT_EQ(views.size(), 2u);
  EXPECT_EQ(views[0].year, 2022);
  EXPECT_EQ(StatusName(views[0].verdict.status), "reported");
  EXPECT_EQ(views[0].competition_class, "Äldreomsorg");
  EXPECT_EQ(StatusName(views[1].verdict.status), "awaiting_decision");

  // A v1 document has no stored text: re-extraction cannot read it, search does not find it.
  StoredDocument stored;
  ASSERT_TRUE(reg->LoadDocument(1, &stored).ok());
  EXPECT_FALSE(stored.has_text);

  // The upgraded register takes new documents, with their pages, and searches them.
  ImportOptions options;
  ImportSummary summary;
  ASSERT_TRUE(ImportPaths(
                  *reg, RealPatterns(), {SourcePath("corpus/hasselby-vallingby-2021-p14.pdf")},
                  options, [](const FileResult&) {}, &summary)
                  .ok());
  EXPECT_EQ(summary.imported, 1);
  std::vector<SearchHit> hits;
  ASSERT_TRUE(reg->Search("Hemtjänsten Vällingby", 10, &hits).ok());
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].file.find("hasselby-vallingby-2021-p14.pdf"), std::string::npos);
  ASSERT_TRUE(reg->Units("Vällingby", &units).ok());
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].participations, 4);  // 2019 (mentioned), 2021, 2022, 2023

  // Opening again migrates nothing more.
  reg.reset();
  ASSERT_TRUE(Register::Open(path, &reg).ok());
  ASSERT_TRUE(reg->Units("Vällingby", &units).ok());
  EXPECT_EQ(units.size(), 1u);
}

// All missing migrations are one transaction: a step that fails (here the last one that makes a
// table, finding a table of its own already there) leaves the register at the version it had,
// not between.
TEST(RegisterMigration, AFailingStepLeavesTheRegisterAtItsOldVersion) {
  TempDir dir;
  const std::string path = dir.Path("v1.sqlite");
  WriteVersionOne(path);
  std::string last;
  for (const char* migration : RegisterMigrations()) {
    if (std::string(migration).find("CREATE TABLE ") != std::string::npos) last = migration;
  }
  const size_t table = last.find("CREATE TABLE ");
  ASSERT_NE(table, std::string::npos);
  const std::string name = last.substr(table + 13, last.find(' ', table + 13) - table - 13);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  Exec(db, "CREATE TABLE " + name + " (x)");
  sqlite3_close(db);

  std::unique_ptr<Register> reg;
  Status opened = Register::Open(path, &reg);
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.message().find("from version 1"), std::string::npos) << opened.message();
  EXPECT_NE(opened.message().find(name), std::string::npos) << opened.message();
  EXPECT_EQ(UserVersion(path), 1);
  EXPECT_TRUE(
      testing::Query(path, "SELECT name FROM sqlite_master WHERE name = 'register_meta'").empty())
      << "the steps before the failing one were rolled back too";
}

TEST(RegisterMigration, RefusesARegisterFromANewerKvreg) {
  TempDir dir;
  const std::string path = dir.Path("future.sqlite");
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  Exec(db, "PRAGMA user_version = 99");
  sqlite3_close(db);
  std::unique_ptr<Register> reg;
  Status opened = Register::Open(path, &reg);
  EXPECT_FALSE(opened.ok());
  EXPECT_NE(opened.message().find("newer kvreg"), std::string::npos) << opened.message();
}

}  // namespace
}  // namespace kvreg
