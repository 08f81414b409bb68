// The OCR path's pure parts, without Tesseract: cleanup of misread glyphs, the ordering of a
// two-column letterhead, and when a page's text layer counts as usable.
#include "ocr_layout.h"

#include <gtest/gtest.h>

#include "kvreg/document_text.h"
#include "kvreg/ocr.h"
#include "ocr_cleanup.h"

namespace kvreg {
namespace {

TEST(OcrCleanup, ParagraphSignReadAsADigitComesBack) {
  EXPECT_EQ(CleanOcrLine("823"), "§ 23");
  EXPECT_EQ(CleanOcrLine("8 118"), "§ 118");
  EXPECT_EQ(CleanOcrLine("S 41"), "§ 41");
  EXPECT_EQ(CleanOcrLine("2024-03-21"), "2024-03-21");
  EXPECT_EQ(CleanOcrLine("8 maj 2024"), "8 maj 2024");
}

TEST(OcrCleanup, MisreadBulletsBecomeBullets) {
  EXPECT_EQ(CleanOcrLine("« Vård- och omsorgsboendet"), "• Vård- och omsorgsboendet");
  EXPECT_EQ(CleanOcrLine("«Enheten för vuxna"), "• Enheten för vuxna");
  EXPECT_EQ(CleanOcrLine("+» Relationsvåldscentrum"), "• Relationsvåldscentrum");
  EXPECT_EQ(CleanOcrLine("« - Utvecklingsenheten"), "• Utvecklingsenheten");
  EXPECT_EQ(CleanOcrLine("e Utvecklingsenheten"), "• Utvecklingsenheten");
  EXPECT_EQ(CleanOcrLine("\"Samtliga deltar\""), "\"Samtliga deltar\"");
  EXPECT_EQ(CleanOcrLine("en verksamhet"), "en verksamhet");
}

TEST(OcrCleanup, WordsLoseTypographyAndSpecks) {
  EXPECT_EQ(CleanOcrWord("\u201DSamtliga"), "\"Samtliga");
  EXPECT_EQ(CleanOcrWord("\uFB01nns"), "finns");
  EXPECT_EQ(CleanOcrWord(" "), "");
  EXPECT_EQ(CleanOcrWord("|"), "");
  EXPECT_EQ(CleanOcrWord("Dnr"), "Dnr");
  EXPECT_EQ(CleanOcrLine("till kvalitetsutmarkelsen(Qstockholm.se senast"),
            "till kvalitetsutmarkelsen@stockholm.se senast");
}

OcrWord Word(const std::string& text, int left, int top, int right) {
  return OcrWord{text, left, top, right, top + 30, 90};
}

TEST(OcrLayout, ATwoColumnLetterheadReadsLeftColumnThenRight) {
  // Tesseract's rows: "Förvaltningen    Anmälan" / "Handläggare    Dnr X 2024/1".
  std::vector<OcrLine> rows = {
      {{Word("Förvaltningen", 100, 100, 400), Word("Anmälan", 1300, 100, 1500)}, true},
      {{Word("Handläggare", 100, 140, 350), Word("Dnr", 1300, 140, 1370),
        Word("X", 1380, 140, 1400), Word("2024/1", 1410, 140, 1550)},
       false},
      {{Word("Deltagande", 100, 400, 500), Word("i", 510, 400, 520)}, true},
  };
  const std::vector<TextLine> lines = LayOutLines(rows, 2000, 3000);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].text, "Förvaltningen");
  EXPECT_EQ(lines[1].text, "Handläggare");
  EXPECT_EQ(lines[2].text, "Anmälan");
  EXPECT_TRUE(lines[2].block_start);
  EXPECT_EQ(lines[3].text, "Dnr X 2024/1");
  EXPECT_EQ(lines[4].text, "Deltagande i");
  EXPECT_TRUE(lines[4].block_start);
  EXPECT_DOUBLE_EQ(lines[0].left, 0.05);
  EXPECT_DOUBLE_EQ(lines[0].top, 100.0 / 3000);
  EXPECT_DOUBLE_EQ(lines[0].ocr_confidence, 90);
}

TEST(OcrLayout, AnOrdinaryLineStaysWhole) {
  std::vector<OcrLine> rows = {
      {{Word("Nämnden", 100, 100, 300), Word("noterar", 315, 100, 480)}, true},
      {{Word("anmälan.", 100, 135, 300)}, false},
  };
  const std::vector<TextLine> lines = LayOutLines(rows, 2000, 3000);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "Nämnden noterar");
  EXPECT_FALSE(lines[1].block_start);
}

TEST(OcrPageChoice, ScannedPagesHaveNoUsableText) {
  PageText page;
  EXPECT_FALSE(HasUsableText(page));
  page.lines.push_back(TextLine{"Sida 2 (2)"});
  EXPECT_FALSE(HasUsableText(page));
  page.lines.push_back(
      TextLine{"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD "
               "\uFFFD\uFFFD\uFFFD\uFFFD abc"});
  EXPECT_FALSE(HasUsableText(page));
  page.lines.push_back(TextLine{"Nämnden noterar anmälan och lägger ärendet till handlingarna."});
  EXPECT_TRUE(HasUsableText(page));
}

TEST(OcrTessdata, AnExplicitFolderWithoutTheLanguageIsNamedInTheError) {
  OcrOptions options;
  options.tessdata = "/nonexistent-tessdata";
  std::string folder;
  const Status s = LocateTessdata(options, &folder);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent-tessdata"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace kvreg
