// The clerk's expected list: both header languages, both separators, BOM, quotes, errors.
#include "kvreg/expected_list.h"

#include <gtest/gtest.h>

namespace kvreg {
namespace {

TEST(ExpectedList, ReadsSwedishSemicolonsWithBom) {
  std::vector<ExpectedParticipation> list;
  ASSERT_TRUE(
      ParseExpectedList("\xEF\xBB\xBFår;nämnd;enhet\r\n2024;Bromma stadsdelsnämnd;Enheten X\r\n",
                        "x.csv", &list)
          .ok());
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].year, 2024);
  EXPECT_EQ(list[0].board, "Bromma stadsdelsnämnd");
  EXPECT_EQ(list[0].unit, "Enheten X");
}

TEST(ExpectedList, ReadsEnglishCommasWithQuotes) {
  std::vector<ExpectedParticipation> list;
  ASSERT_TRUE(ParseExpectedList("unit,year,board\n\"Misa Blackeberg, Misa\",2017,Socialnämnden\n",
                                "x.csv", &list)
                  .ok());
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].unit, "Misa Blackeberg, Misa");
  EXPECT_EQ(list[0].year, 2017);
}

TEST(ExpectedList, SaysWhichLineIsWrong) {
  std::vector<ExpectedParticipation> list;
  const Status s = ParseExpectedList("year,board,unit\n20x4,B,U\n", "x.csv", &list);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("x.csv:2:", 0), 0u) << s.message();
}

TEST(ExpectedList, RejectsAnUnknownHeader) {
  std::vector<ExpectedParticipation> list;
  EXPECT_FALSE(ParseExpectedList("a,b,c\n1,2,3\n", "x.csv", &list).ok());
}

}  // namespace
}  // namespace kvreg
