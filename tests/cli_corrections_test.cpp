// The clerk's side of the register end to end (issue 14): the review queue, corrections, the
// audit log and undo from the command line, and bad input changing nothing. The batch is a
// .txt tjänsteutlåtande that names two units plainly, one of which the clerk says is wrong
// (the "invented" one); the clerk's expected list names another the documents miss.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace kvreg {
namespace {

using nlohmann::json;
using testing::JsonLines;
using testing::Quote;
using testing::RunKvreg;
using testing::TempDir;

const char* kDocument =
    "Tjänsteutlåtande\nFarsta stadsdelsförvaltning\nDnr FAR 2024/88\n\n"
    "Till Farsta stadsdelsnämnd\n\nAnmälan av deltagande i Kvalitetsutmärkelsen 2024\n\n"
    "Förvaltningens förslag till beslut\n"
    "Nämnden noterar anmälan och lägger ärendet till handlingarna.\n\n"
    "Ärendet\nFöljande enheter deltar i Kvalitetsutmärkelsen 2024:\n"
    "- Förskolan Ekorren\n- Förskolan Gläntan\n\n"
    "Protokollsutdraget ska vara stadsledningskontoret tillhanda senast den 28 juni 2024.\n";

const char* kExpected =
    "year,board,unit\n2024,Farsta stadsdelsnämnd,Förskolan Ekorren\n"
    "2024,Farsta stadsdelsnämnd,Hemtjänsten Backen\n";

class ClerkWorkflow : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directory(dir_.Path("in"));
    std::ofstream(dir_.Path("in/farsta-tu.txt")) << kDocument;
    std::ofstream(dir_.Path("expected.csv")) << kExpected;
    db_ = " --db " + Quote(dir_.Path("r.sqlite"));
    ASSERT_EQ(RunKvreg("import" + db_ + " " + Quote(dir_.Path("in"))).exit_code, 0);
    // The fixture's precondition: the document's two units are in the register.
    std::set<std::string> units;
    for (const json& row : JsonLines(RunKvreg("verify --json" + db_).output)) {
      units.insert(row["unit"].get<std::string>());
    }
    ASSERT_EQ(units, (std::set<std::string>{"Förskolan Ekorren", "Förskolan Gläntan"}));
  }
  // Runs a command that must succeed, and returns its JSON lines (none without --json).
  std::vector<json> Ok(const std::string& arguments) {
    const std::string err = dir_.Path("stderr");
    const auto r = RunKvreg(arguments + db_, err);
    std::ifstream in(err);
    const std::string message((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(r.exit_code, 0) << arguments << "\n" << message;
    if (arguments.find("--json") == std::string::npos) return {};  // text, for a person
    return JsonLines(r.output);
  }
  // Verify against the expected list, as "unit|status" rows.
  std::set<std::string> Verified() {
    std::set<std::string> rows;
    for (const json& row : Ok("verify --json --expected " + Quote(dir_.Path("expected.csv")))) {
      rows.insert(row["unit"].get<std::string>() + "|" + row["status"].get<std::string>());
    }
    return rows;
  }
  TempDir dir_;
  std::string db_;
};

TEST_F(ClerkWorkflow, CorrectionsHoldAndTheLogKeepsEveryChange) {
  // The queue shows the unit the documents miss and the one the list does not expect.
  const auto queue = Ok("review --json --expected " + Quote(dir_.Path("expected.csv")));
  std::map<std::string, std::string> kinds;  // unit -> kind
  for (const json& item : queue) {
    for (const char* key : {"id", "kind", "year", "board", "unit", "file", "page", "text"}) {
      EXPECT_TRUE(item.contains(key)) << key;
    }
    if (item["unit"].is_string()) kinds[item["unit"]] = item["kind"];
  }
  EXPECT_EQ(kinds["Hemtjänsten Backen"], "expected_missing");
  EXPECT_EQ(kinds["Förskolan Gläntan"], "not_expected");

  const std::string by = " --by anna.k";
  Ok("participation add --json 2024 'farsta stadsdelsnämnd' 'Hemtjänsten Backen' --new-unit "
     "--class Äldreomsorg --note 'missed by the extractor'" +
     by);
  Ok("participation remove --json 2024 'Farsta stadsdelsnämnd' 'Förskolan Gläntan' "
     "--note 'does not take part, says its head'" +
     by);
  const auto reported =
      Ok("participation report --json 2024 'Farsta stadsdelsnämnd' 'Förskolan Ekorren' --date "
         "2024-06-20 --channel e-mail --note 'extract sent by e-mail'" +
         by);
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_EQ(reported[0]["participation"]["status"], "reported");
  EXPECT_EQ(reported[0]["participation"]["corrected"], true);
  EXPECT_NE(reported[0]["participation"]["reason"].get<std::string>().find(
                "reported by e-mail 2024-06-20, corrected by anna.k"),
            std::string::npos);

  const std::set<std::string> expected = {"Förskolan Ekorren|reported",
                                          "Hemtjänsten Backen|not_reported"};
  EXPECT_EQ(Verified(), expected);
  EXPECT_TRUE(Ok("review --json").empty()) << "the corrections settle both items";

  // Re-extraction and a re-import change nothing of it.
  Ok("reextract");
  Ok("import " + Quote(dir_.Path("in")));
  EXPECT_EQ(Verified(), expected);

  // Undo of the removal brings the invented unit back.
  Ok("units set 'Förskolan Ekorren' --class förskola --note 'the unit says so'" + by);
  const auto undone = Ok("undo --json 2 --note 'it does take part after all'" + by);
  ASSERT_EQ(undone.size(), 1u);
  EXPECT_EQ(undone[0]["undoes"], 2);
  EXPECT_EQ(Verified(), (std::set<std::string>{"Förskolan Ekorren|reported",
                                               "Förskolan Gläntan|awaiting_decision",
                                               "Hemtjänsten Backen|not_reported"}));

  const auto log = Ok("log --json");
  ASSERT_EQ(log.size(), 5u);
  const std::vector<std::string> actions = {"participation_add", "participation_remove",
                                            "participation_report", "unit_set", "undo"};
  for (size_t i = 0; i < log.size(); ++i) {
    EXPECT_EQ(log[i]["action"], actions[i]);
    EXPECT_EQ(log[i]["by"], "anna.k");
    EXPECT_FALSE(log[i]["at"].get<std::string>().empty());
    EXPECT_FALSE(log[i]["note"].get<std::string>().empty());
    EXPECT_TRUE(log[i].contains("before") && log[i].contains("after"));
  }
  EXPECT_EQ(log[1]["undone_by"], 5);
  EXPECT_EQ(Ok("log --json --unit 'Förskolan Gläntan'").size(), 2u);
}

TEST_F(ClerkWorkflow, BadInputSaysWhyAndChangesNothing) {
  const std::string before = RunKvreg("verify --json" + db_).output;
  const std::string err = dir_.Path("stderr");
  auto fails = [&](const std::string& arguments, const std::string& message) {
    const auto r = RunKvreg(arguments + db_, err);
    EXPECT_EQ(r.exit_code, 2) << arguments;
    std::ifstream in(err);
    const std::string said((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(said.find(message), std::string::npos) << arguments << "\n" << said;
  };
  fails("participation remove 2024 'Farsta stadsdelsnämnd' 'Förskolan Ingen' --note x",
        "no unit in the register is called \"Förskolan Ingen\"");
  fails("participation add 2024 'Farsta stadsdelsnämnd' 'Förskolan Ingen' --note x", "--new-unit");
  fails("participation remove 2024 'Ingen nämnd' 'Förskolan Gläntan' --note x",
        "unknown board \"Ingen nämnd\"");
  fails("participation remove 1850 'Farsta stadsdelsnämnd' 'Förskolan Gläntan' --note x",
        "unknown award year 1850");
  fails("participation remove 2024 'Farsta stadsdelsnämnd' 'Förskolan Gläntan'",
        "a correction needs a reason");
  fails(
      "participation report 2024 'Farsta stadsdelsnämnd' 'Förskolan Ekorren' --note x "
      "--date 2024-02-30",
      "not a date: \"2024-02-30\"");
  fails(
      "participation report 2024 'Farsta stadsdelsnämnd' 'Förskolan Ekorren' --note x "
      "--date 'i juni'",
      "not a date");
  fails("participation add 2024 'Farsta stadsdelsnämnd' 'Förskolan Ekorren' --note x",
        "already in the register");
  fails("undo 42", "no change 42");
  fails("review done ffffffff", "no item ffffffff");
  fails("units set 'Förskolan Ekorren' --class Skola", "a correction needs a reason");
  EXPECT_EQ(RunKvreg("verify --json" + db_).output, before);
  EXPECT_TRUE(Ok("log --json").empty());
}

TEST_F(ClerkWorkflow, ACheckedItemLeavesTheQueueAndItsUndoBringsItBack) {
  const auto queue = Ok("review --json --expected " + Quote(dir_.Path("expected.csv")));
  ASSERT_FALSE(queue.empty());
  const std::string id = queue[0]["id"];
  EXPECT_EQ(Ok("review --json").size(), queue.size()) << "the expected list is kept";
  const auto done = Ok("review done --json " + id + " --note 'looked at it' --by bo");
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(Ok("review --json").size(), queue.size() - 1);
  Ok("undo " + std::to_string(done[0]["change"].get<int>()) + " --by bo");
  EXPECT_EQ(Ok("review --json").size(), queue.size());
}

TEST_F(ClerkWorkflow, ALaterDocumentContradictingARemovalComesBackToReview) {
  Ok("participation remove 2024 'Farsta stadsdelsnämnd' 'Förskolan Gläntan' --note wrong --by bo");
  EXPECT_TRUE(Ok("review --json").empty());
  std::string later = kDocument;
  later.replace(later.find("FAR 2024/88"), 11, "FAR 2024/99");
  std::ofstream(dir_.Path("in/farsta-tu-2.txt")) << later;
  Ok("import " + Quote(dir_.Path("in")));
  const auto queue = Ok("review --json");
  ASSERT_EQ(queue.size(), 1u);
  EXPECT_EQ(queue[0]["kind"], "correction_contradicted");
  EXPECT_EQ(queue[0]["unit"], "Förskolan Gläntan");
  EXPECT_NE(queue[0]["file"].get<std::string>().find("farsta-tu-2.txt"), std::string::npos);
}

TEST_F(ClerkWorkflow, AnAddedParticipationALaterDocumentNamesIsConfirmed) {
  Ok("participation add 2024 'Farsta stadsdelsnämnd' 'Förskolan Backen' --new-unit --note m");
  std::string later = kDocument;
  later.replace(later.find("FAR 2024/88"), 11, "FAR 2024/99");
  const std::string glantan = "Förskolan Gläntan";
  later.replace(later.find(glantan), glantan.size(), "Förskolan Backen");
  std::ofstream(dir_.Path("in/farsta-tu-2.txt")) << later;
  Ok("import " + Quote(dir_.Path("in")));
  const auto history = Ok("history --json Backen");
  ASSERT_EQ(history.size(), 1u);
  for (const json& row : history) {
    EXPECT_EQ(row["documents_agree"], true);
    EXPECT_EQ(row["corrected"], true);
    EXPECT_EQ(row["status"], "awaiting_decision");
  }
  Ok("verify --json");  // keeps working with the later document
}

}  // namespace
}  // namespace kvreg
