// The clerk's expected list: both header languages, the three separators, BOM, quotes, errors,
// and the encodings Excel saves in (issue 15).
#include "kvreg/expected_list.h"

#include <gtest/gtest.h>

#include <fstream>

#include "kvreg/register.h"
#include "test_support.h"

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

// A Swedish Excel's "CSV (semikolonavgränsad)": Windows-1252, not UTF-8.
TEST(ExpectedList, ReadsWindows1252AndSaysSo) {
  std::vector<ExpectedParticipation> list;
  std::string encoding;
  const Status s = ParseExpectedList(
      "\xE5r;n\xE4mnd;enhet\r\n2024;H\xE4sselby-V\xE4llingby stadsdelsn\xE4mnd;"
      "F\xF6rskolan \xC5ngen \x96 \x93Sm\xE5\x94\r\n",
      "x.csv", &list, &encoding);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(encoding, "Windows-1252");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].board, "Hässelby-Vällingby stadsdelsnämnd");
  EXPECT_EQ(list[0].unit, "Förskolan Ången – “Små”");  // 0x96, 0x93, 0x94: Windows-1252 only
}

TEST(ExpectedList, UnicodeTextOfExcelIsUtf16WithTabs) {
  const std::u16string text =
      u"\uFEFFår\tnämnd\tenhet\r\n2023\tSocialnämnden\tMisa, Blackeberg\r\n";
  std::string little, big;
  for (char16_t c : text) {
    little += static_cast<char>(c & 0xFF);
    little += static_cast<char>(c >> 8);
    big += static_cast<char>(c >> 8);
    big += static_cast<char>(c & 0xFF);
  }
  for (const auto& [bytes, name] : {std::pair{little, "UTF-16LE"}, std::pair{big, "UTF-16BE"}}) {
    std::vector<ExpectedParticipation> list;
    std::string encoding;
    const Status s = ParseExpectedList(bytes, "x.txt", &list, &encoding);
    ASSERT_TRUE(s.ok()) << name << ": " << s.message();
    EXPECT_EQ(encoding, name);
    ASSERT_EQ(list.size(), 1u) << name;
    EXPECT_EQ(list[0].year, 2023);
    EXPECT_EQ(list[0].board, "Socialnämnden");
    EXPECT_EQ(list[0].unit, "Misa, Blackeberg");
  }
}

TEST(ExpectedList, ReadsUtf8TabsWithoutBom) {
  std::vector<ExpectedParticipation> list;
  std::string encoding;
  ASSERT_TRUE(
      ParseExpectedList("enhet\tår\tnämnd\nÅngen; Små\t2022\tB\n", "x.tsv", &list, &encoding).ok());
  EXPECT_EQ(encoding, "UTF-8");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].unit, "Ången; Små");
  EXPECT_EQ(list[0].year, 2022);
}

// A header that is not one of the three says what it was read as, so the clerk can see why.
TEST(ExpectedList, AWrongHeaderShowsWhatWasRead) {
  std::vector<ExpectedParticipation> list;
  const Status s = ParseExpectedList("\xC5r;N\xE4mnd;Verksamhet\n2024;B;U\n", "x.csv", &list);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("x.csv:1:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("\"År;Nämnd;Verksamhet\" (read as Windows-1252)"), std::string::npos)
      << s.message();
}

// verify --expected with the list as a Swedish Excel saves it: read, and a note on stderr says
// in what.
TEST(ExpectedListCli, VerifyReadsAWindows1252ListAndSaysSo) {
  testing::TempDir dir;
  {
    std::unique_ptr<Register> reg;
    ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &reg).ok());
  }
  const std::string list = dir.Path("lista.csv");
  std::ofstream(list, std::ios::binary)
      << "\xE5r;n\xE4mnd;enhet\r\n2024;H\xE4sselby-V\xE4llingby stadsdelsn\xE4mnd;"
         "Hemtj\xE4nsten V\xE4llingby\r\n";
  const auto r = testing::RunKvreg("verify --json --db " + testing::Quote(dir.Path("r.sqlite")) +
                                       " --expected " + testing::Quote(list),
                                   dir.Path("err"));
  EXPECT_EQ(r.exit_code, 0);
  const auto rows = testing::JsonLines(r.output);
  ASSERT_EQ(rows.size(), 1u) << r.output;
  EXPECT_EQ(rows[0]["unit"], "Hemtjänsten Vällingby");
  EXPECT_EQ(rows[0]["board"], "Hässelby-Vällingby stadsdelsnämnd");
  EXPECT_EQ(rows[0]["status"], "not_reported");
  std::ifstream err(dir.Path("err"));
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(err), {}),
            "kvreg: read " + list + " as Windows-1252\n");
}

}  // namespace
}  // namespace kvreg
