// Pages in the register's form and their framing between the import workers and the writer.
#include "kvreg/stored_page.h"

#include <gtest/gtest.h>

#include "document_text_json.h"
#include "page_framing.h"

namespace kvreg {
namespace {

DocumentText TwoPages() {
  DocumentText text;
  for (int number : {1, 2}) {
    PageText page;
    page.number = number;
    TextLine line;
    line.text = number == 1 ? "Förskolan Ekbacken\xC2\xAD deltar" : "Sida 2 av 2";
    line.top = 0.125;
    line.bottom = 0.1375;
    line.left = 0.1;
    line.right = 0.9;
    line.block_start = true;
    page.lines.push_back(line);
    text.pages.push_back(page);
  }
  return text;
}

TEST(StoredPage, HoldsThePlainTextAndTheLinesAsTheRegisterKeepsThem) {
  const std::vector<StoredPage> pages = StorePages(TwoPages());
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].number, 1);
  EXPECT_EQ(pages[0].text, "Förskolan Ekbacken deltar");  // soft hyphen gone, as search sees it
  PageText back;
  ASSERT_TRUE(PageFromJson(nlohmann::json::parse(pages[1].lines_json), &back).ok());
  ASSERT_EQ(back.lines.size(), 1u);
  EXPECT_EQ(back.lines[0].text, "Sida 2 av 2");
  EXPECT_EQ(back.lines[0].top, 0.125);
}

TEST(StoredPage, FramingGivesBackEveryByte) {
  std::vector<StoredPage> pages = StorePages(TwoPages());
  pages[1].text = std::string("nul \0 and\nbreak", 15);
  std::string wire = "prefix";
  AppendStoredPages(pages, &wire);
  std::vector<StoredPage> read;
  ASSERT_TRUE(ParseStoredPages(std::string_view(wire).substr(6), &read).ok());
  ASSERT_EQ(read.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(read[i].number, pages[i].number);
    EXPECT_EQ(read[i].text, pages[i].text);
    EXPECT_EQ(read[i].lines_json, pages[i].lines_json);
  }
}

TEST(StoredPage, FrameCutShortIsAnError) {
  std::string wire;
  AppendStoredPages(StorePages(TwoPages()), &wire);
  for (size_t cut : {size_t{1}, size_t{11}, size_t{13}, wire.size() - 1}) {
    std::vector<StoredPage> read;
    const Status parsed = ParseStoredPages(std::string_view(wire).substr(0, cut), &read);
    EXPECT_FALSE(parsed.ok()) << "cut at " << cut;
    EXPECT_NE(parsed.message().find("cut short"), std::string::npos);
  }
}

TEST(StoredPage, NoPagesIsNoBytes) {
  std::string wire;
  AppendStoredPages({}, &wire);
  EXPECT_TRUE(wire.empty());
  std::vector<StoredPage> read(1);
  EXPECT_TRUE(ParseStoredPages(wire, &read).ok());
  EXPECT_TRUE(read.empty());
}

}  // namespace
}  // namespace kvreg
