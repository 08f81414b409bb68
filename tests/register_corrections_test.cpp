// The clerk's corrections in the register as a library (issue 14): they hold across merges,
// renames and re-extraction; the audit log is append-only; undo of a rename restores the name;
// a register of schema 3 upgrades in place to the corrections' schema.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "kvreg/award_calendar.h"
#include "kvreg/register.h"
#include "register_schema.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::Document;
using testing::Query;
using testing::RealPatterns;
using testing::TempDir;

const ChangeAuthor kClerk{"anna.k", "checked with the unit"};

std::unique_ptr<Register> OpenAt(const std::string& path) {
  std::unique_ptr<Register> reg;
  Status s = Register::Open(path, &reg);
  EXPECT_TRUE(s.ok()) << s.message();
  return reg;
}

ParticipationCorrection Of(const std::string& unit) {
  ParticipationCorrection c;
  c.year = 2024;
  c.board = "Farsta stadsdelsnämnd";
  c.unit = unit;
  return c;
}

std::vector<ParticipationView> All(Register& reg) {
  std::vector<ParticipationView> views;
  Status s = reg.Participations({}, AwardCalendarOf(RealPatterns()), &views);
  EXPECT_TRUE(s.ok()) << s.message();
  return views;
}

TEST(RegisterCorrections, HoldAcrossMergesAndRenames) {
  TempDir dir;
  auto reg = OpenAt(dir.Path("r.sqlite"));
  Record doc = Document("aaa", "Förskolan Ekorren");
  doc.board = "Farsta stadsdelsnämnd";
  ASSERT_TRUE(reg->AddDocument(doc).ok());
  Record other = Document("bbb", "Förskolan Ekorrens");  // the same unit, another spelling...
  other.board = "Farsta stadsdelsnämnd";
  other.units[0].name = "Ekorrens förskola";  // ...that UnitKey does not know
  ASSERT_TRUE(reg->AddDocument(other).ok());
  long long change = 0;
  ParticipationCorrection report = Of("Ekorrens förskola");
  report.report_date = "2024-06-01";
  ASSERT_TRUE(reg->ReportParticipation(report, kClerk, &change).ok());
  ASSERT_TRUE(
      reg->SetUnitField("Ekorrens förskola", UnitField::kOperator, "Ekorren AB", kClerk, &change)
          .ok());
  ASSERT_TRUE(reg->MergeUnits("Ekorrens förskola", "Förskolan Ekorren", kClerk).ok());
  ASSERT_TRUE(reg->RenameUnit("Förskolan Ekorren", "Ekorren", kClerk).ok());
  auto views = All(*reg);
  ASSERT_EQ(views.size(), 1u);
  EXPECT_EQ(views[0].unit, "Ekorren");
  EXPECT_EQ(StatusName(views[0].verdict.status), "reported");
  EXPECT_EQ(views[0].operator_name, "Ekorren AB");
  EXPECT_EQ(views[0].corrections.size(), 2u);

  // Undo of the rename gives the unit its name back, as a new row of the log.
  std::vector<AuditEntry> log;
  ASSERT_TRUE(reg->AuditLog(std::nullopt, &log).ok());
  ASSERT_EQ(log.size(), 4u);
  EXPECT_EQ(log[2].action, "merge");
  EXPECT_FALSE(reg->Undo(log[2].id, kClerk, &change).ok()) << "a merge cannot be undone";
  ASSERT_TRUE(reg->Undo(log[3].id, kClerk, &change).ok());
  EXPECT_EQ(All(*reg)[0].unit, "Förskolan Ekorren");
  ASSERT_TRUE(reg->AuditLog(std::string("Ekorrens förskola"), &log).ok());
  EXPECT_EQ(log.size(), 5u) << "every change about the unit, under any of its spellings";
}

// A rename logged before schema 5 says "name_locked" in its before: undo still gives the unit
// back the name and whether a clerk had chosen it.
TEST(RegisterCorrections, UndoOfARenameLoggedBeforeSchemaFive) {
  TempDir dir;
  const std::string path = dir.Path("r.sqlite");
  auto reg = OpenAt(path);
  ASSERT_TRUE(reg->AddDocument(Document("aaa", "Förskolan Ekorren")).ok());
  ASSERT_TRUE(reg->RenameUnit("Förskolan Ekorren", "Ekorren", kClerk).ok());
  Query(path,
        "INSERT INTO audit_log (at, by, action, unit_id, unit, unit_key, before_json, after_json) "
        "SELECT at, by, 'rename', unit_id, 'Ekorren', 'ekorren', "
        "'{\"name\":\"Förskolan Ekorren\",\"name_locked\":true}', after_json FROM audit_log "
        "WHERE action = 'rename'");
  std::vector<AuditEntry> log;
  ASSERT_TRUE(reg->AuditLog(std::nullopt, &log).ok());
  ASSERT_EQ(log.size(), 2u);
  long long change = 0;
  ASSERT_TRUE(reg->Undo(log[1].id, kClerk, &change).ok());
  EXPECT_EQ(Query(path, "SELECT name || '|' || name_chosen_by_clerk FROM units"),
            std::vector<std::string>{"Förskolan Ekorren|1"});
}

TEST(RegisterCorrections, AnAddedParticipationOutlivesReextraction) {
  TempDir dir;
  auto reg = OpenAt(dir.Path("r.sqlite"));
  Record doc = Document("aaa", "Förskolan Ekorren");
  ASSERT_TRUE(reg->AddDocument(doc).ok());
  long long change = 0;
  ParticipationCorrection add = Of("Förskolan Gläntan");
  add.new_unit = true;
  add.document = "aaa";
  ASSERT_TRUE(reg->AddParticipation(add, kClerk, &change).ok());
  // Extraction reads the document again and finds nothing: the clerk's add stays.
  Record empty = doc;
  empty.units.clear();
  ASSERT_TRUE(reg->ReplaceDocument(empty).ok());
  const auto views = All(*reg);
  ASSERT_EQ(views.size(), 1u);
  EXPECT_EQ(views[0].unit, "Förskolan Gläntan");
  EXPECT_EQ(StatusName(views[0].verdict.status), "awaiting_decision");
  ASSERT_EQ(views[0].documents.size(), 1u);
  EXPECT_TRUE(views[0].documents[0].named_by_clerk);
  ASSERT_TRUE(reg->Undo(change, kClerk, &change).ok());
  EXPECT_TRUE(All(*reg).empty());
}

TEST(RegisterCorrections, TheAuditLogIsAppendOnly) {
  TempDir dir;
  const std::string path = dir.Path("r.sqlite");
  auto reg = OpenAt(path);
  ASSERT_TRUE(reg->AddDocument(Document("aaa", "Förskolan Ekorren")).ok());
  long long change = 0;
  ASSERT_TRUE(reg->RemoveParticipation(Of("Förskolan Ekorren"), kClerk, &change).ok());
  reg.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM audit_log", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "UPDATE audit_log SET by = 'x'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  EXPECT_EQ(Query(path, "SELECT by FROM audit_log"), std::vector<std::string>{"anna.k"});
}

// A register of schema 3 (before corrections) with one participation upgrades in place.
TEST(RegisterCorrections, ASchemaThreeRegisterUpgrades) {
  TempDir dir;
  const std::string path = dir.Path("v3.sqlite");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    for (size_t v = 0; v < 3; ++v) {
      ASSERT_EQ(sqlite3_exec(db, RegisterMigrations().at(v), nullptr, nullptr, nullptr), SQLITE_OK);
    }
    const char* data =
        "INSERT INTO documents VALUES (1, 'aaa', 'a.pdf', 1, 'official_report', "
        "'Farsta stadsdelsnämnd', NULL, NULL, 2024, NULL, NULL, NULL, 'Nämnden noterar.', '{}', "
        "'2024-01-01T00:00:00Z');"
        "INSERT INTO units VALUES (1, 'Förskolan Ekorren', 'förskolan ekorren', 0);"
        "INSERT INTO unit_aliases VALUES ('förskolan ekorren', 1, 'Förskolan Ekorren', 'seen');"
        "INSERT INTO participations VALUES (1, 1, 2024, 'Farsta stadsdelsnämnd', NULL, NULL, "
        "NULL);"
        "INSERT INTO participation_sources VALUES (1, 1, 1, 'proposed');"
        "PRAGMA user_version = 3;";
    ASSERT_EQ(sqlite3_exec(db, data, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  auto reg = OpenAt(path);
  ASSERT_TRUE(reg);
  EXPECT_EQ(Query(path, "PRAGMA user_version"),
            std::vector<std::string>{std::to_string(RegisterMigrations().size())});
  // Migration 5 gave the tables the glossary's names, the spelling kept.
  EXPECT_EQ(Query(path, "SELECT name FROM unit_spellings"),
            std::vector<std::string>{"Förskolan Ekorren"});
  EXPECT_EQ(Query(path, "SELECT name_chosen_by_clerk FROM units"), std::vector<std::string>{"0"});
  long long change = 0;
  ParticipationCorrection report = Of("Förskolan Ekorren");
  report.report_date = "2024-06-01";
  ASSERT_TRUE(reg->ReportParticipation(report, kClerk, &change).ok());
  const auto views = All(*reg);
  ASSERT_EQ(views.size(), 1u);
  EXPECT_EQ(StatusName(views[0].verdict.status), "reported");
  EXPECT_EQ(views[0].documents.size(), 1u);
}

}  // namespace
}  // namespace kvreg
