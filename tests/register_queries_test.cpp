// Reading participations back: the evidence of a participation does not depend on which other
// participations the same query selects.
#include <gtest/gtest.h>

#include "kvreg/register.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::TempDir;

Record Document(const std::string& sha, const std::string& kind, const std::string& unit) {
  Record r;
  r.file = sha + ".pdf";
  r.sha256 = sha;
  r.pages = 1;
  r.doc_kind = kind;
  r.board = "Bromma stadsdelsnämnd";
  r.award_year = 2024;
  r.diary_numbers = {"BRO 2024/172"};
  r.meeting_date = kind == "protocol_extract" ? "2024-05-23" : "2024-04-25";
  if (kind == "protocol_extract") r.decision = "Nämnden noterar anmälan.";
  UnitMention u;
  u.name = unit;
  u.source.page = 1;
  r.units = {u};
  return r;
}

TEST(RegisterQueries, AProtocolNamingAnotherUnitStillLinksBySameDiaryNumber) {
  TempDir dir;
  std::unique_ptr<Register> reg;
  ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &reg).ok());
  // A tjänsteutlåtande names Förskolan A; the protocol of the same matter names only B.
  ASSERT_TRUE(reg->AddDocument(Document("tu", "official_report", "Förskolan A")).ok());
  ASSERT_TRUE(reg->AddDocument(Document("p", "protocol_extract", "Förskolan B")).ok());
  auto status_of_a = [&](const ParticipationQuery& query) {
    std::vector<ParticipationView> views;
    EXPECT_TRUE(reg->Participations(query, {}, &views).ok());
    for (const auto& v : views) {
      if (v.unit == "Förskolan A") return StatusName(v.verdict.status);
    }
    return std::string("missing");
  };
  ParticipationQuery only_a;
  only_a.unit_query = "Förskolan A";
  ParticipationQuery whole_year;
  whole_year.year = 2024;
  EXPECT_EQ(status_of_a(only_a), "reported");
  EXPECT_EQ(status_of_a(whole_year), "reported");
}

}  // namespace
}  // namespace kvreg
