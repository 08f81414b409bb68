// Rows of a table read from word boxes (src/text/pdf_tables.h): pages laid out word by word as
// a PDF's text layer gives them, for layouts the corpus PDFs met. Each test fails without its
// rule.
#include <gtest/gtest.h>

#include <set>

#include "pdf_tables.h"

namespace kvreg {
namespace {

constexpr double kHeight = 10;  // of the type; lines are 12 apart

// A page's words, placed phrase by phrase: each word 6 units a letter, a space 4.
class Page {
 public:
  Page& At(double left, double line, const std::string& phrase) {
    const double top = 100 + 12 * line;
    size_t start = 0;
    while (start < phrase.size()) {
      size_t end = phrase.find(' ', start);
      if (end == std::string::npos) end = phrase.size();
      const std::string word = phrase.substr(start, end - start);
      const double width = 6.0 * static_cast<double>(word.size());
      words_.push_back({word, top, top + kHeight, left, left + width});
      left += width + 4;
      start = end + 1;
    }
    return *this;
  }
  std::vector<std::vector<std::string>> Rows() const {
    const std::set<std::string> header = {"Tävlingsklass", "Enhet", "Avdelning", "Kontaktperson"};
    TableWords known;
    known.is_header_word = [header](const std::string& w) { return header.count(w) > 0; };
    known.is_abbreviation = [](const std::string&) { return false; };
    const std::vector<TextTable> tables = FindTables(words_, known);
    return tables.empty() ? std::vector<std::vector<std::string>>{} : tables[0].rows;
  }

 private:
  std::vector<PlacedWord> words_;
};

// The header row and a first row; columns begin at 50, 250, 450 and 620.
Page WithHeader() {
  Page page;
  page.At(50, 0, "Tävlingsklass").At(250, 0, "Enhet").At(450, 0, "Avdelning");
  page.At(620, 0, "Kontaktperson");
  page.At(50, 2, "Äldreomsorg").At(250, 2, "Hemtjänsten Norr").At(450, 2, "Avdelningen Äldre");
  page.At(620, 2, "Eva Ek");
  return page;
}

TEST(TableRows, BesideAFirstCellMergedOverRowsARowBeginsInEveryOtherColumn) {
  // pdf_table_rows.cpp: "Stödteamet Nyckeln | Avdelningen … | Sara Holm" begins a row though
  // the first column is blank beside it, the class above having wrapped over the rows.
  Page page = WithHeader();
  page.At(50, 4, "Socialtjänst samt").At(250, 4, "Enheten för arbetsträning").At(450, 4, "Arbete");
  page.At(620, 4, "Jon Ivarsson");
  page.At(50, 5, "stöd och service");  // and nothing in the first column beside the next row
  page.At(250, 6, "Stödteamet Nyckeln").At(450, 6, "Arbete");
  page.At(620, 6, "Sara Holm");
  const auto rows = page.Rows();
  ASSERT_EQ(rows.size(), 4u);  // the header row first
  EXPECT_EQ(rows[2][1], "Enheten för arbetsträning");
  EXPECT_EQ(rows[2][3], "Jon Ivarsson");
  EXPECT_EQ(rows[3][1], "Stödteamet Nyckeln");
  EXPECT_EQ(rows[3][3], "Sara Holm");
}

TEST(TableRows, AFirstCellsWrappedLineAcrossItsBoundIsNoSectionRowOfTheRowsBesideIt) {
  // pdf_table_rows.cpp: a band beginning with a row of cells is split into rows though a
  // wrapped line of its first cell reaches past the column's bound (and so reads as a section
  // row); only a band beginning with a section row is one row.
  Page page = WithHeader();
  page.At(50, 4, "Socialtjänst samt").At(250, 4, "Daglig verksamhet Kistakullen");
  page.At(450, 4, "–").At(620, 4, "Aktivera AB");
  page.At(50, 5, "stöd och service till personer");
  page.At(250, 6, "Ungdomsmottagningen Järva").At(450, 6, "Avd. för familj").At(620, 6, "–");
  page.At(50, 7, "med funktionsnedsättning");
  const auto rows = page.Rows();
  ASSERT_EQ(rows.size(), 4u);  // the header row first
  EXPECT_EQ(rows[2][1], "Daglig verksamhet Kistakullen");
  EXPECT_EQ(rows[3][1], "Ungdomsmottagningen Järva");
  EXPECT_EQ(rows[3][2], "Avd. för familj");
}

TEST(TableRows, AWordHyphenatedWhereTheCellWrapsIsJoined) {
  // pdf_tables.cpp: "Äldreomsorgs-" ⏎ "avdelningen" is one word, as in running text; a hyphen
  // before a conjunction ("Individ- och") and before a capital stays.
  Page page = WithHeader();
  page.At(50, 4, "Äldreomsorg").At(250, 4, "Hemtjänsten Fruängen").At(450, 4, "Äldreomsorgs-");
  page.At(620, 4, "Egen regi").At(450, 5, "avdelningen");
  page.At(50, 7, "Socialtjänst").At(250, 7, "Barnteamet").At(450, 7, "Individ-");
  page.At(620, 7, "Egen regi").At(450, 8, "och familje-").At(450, 9, "omsorgen");
  page.At(50, 11, "Socialtjänst").At(250, 11, "Stödteamet").At(450, 11, "Hässelby-");
  page.At(620, 11, "Egen regi").At(450, 12, "Vällingby");
  const auto rows = page.Rows();
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[2][2], "Äldreomsorgsavdelningen");
  EXPECT_EQ(rows[3][2], "Individ- och familjeomsorgen");
  EXPECT_EQ(rows[4][2], "Hässelby-Vällingby");
}

TEST(TableRows, AShortHeaderWordNearlyFillingItsCellIsACellOfItsOwn) {
  // pdf_tables.cpp kHeaderCellGap: "Tävlingsklass" (14 bytes wide) ends 8 before "Enhet"
  // begins, less than the type's height but more than two word spaces: two header cells.
  Page page;
  page.At(50, 0, "Tävlingsklass").At(142, 0, "Enhet").At(300, 0, "Avdelning");
  page.At(50, 2, "Skola")
      .At(142, 2, "SFI-skolan Kista")
      .At(300, 2, "Avdelningen för vuxenutbildning");
  page.At(142, 4, "Särvux Bergsgården").At(300, 4, "Avdelningen för vuxenutbildning");
  const auto rows = page.Rows();
  ASSERT_EQ(rows.size(), 3u);
  ASSERT_EQ(rows[0].size(), 3u);
  EXPECT_EQ(rows[1], (std::vector<std::string>{"Skola", "SFI-skolan Kista",
                                               "Avdelningen för vuxenutbildning"}));
  EXPECT_EQ(rows[2][1], "Särvux Bergsgården");
}

TEST(TableRows, InAPaddedTableANameWrappedInTheFirstColumnIsNoRow) {
  // pdf_table_rows.cpp kRowPadding: rows with space between them; "Kompassrosen | Stöd" right
  // under "Daglig verksamhet | Avdelningen för" (a line's pitch, 9, less than the type's height)
  // goes on in the row above, though it has words in the first column and another.
  Page page;
  page.At(50, 0, "Enhet").At(250, 0, "Avdelning").At(450, 0, "Kontaktperson");
  page.At(50, 2, "Ungdomsjouren").At(250, 2, "Socialtjänsten").At(450, 2, "Kristoffer Lund");
  page.At(50, 4, "Daglig verksamhet").At(250, 4, "Avdelningen för").At(450, 4, "Nora Falk");
  page.At(50, 4.75, "Kompassrosen").At(250, 4.75, "Stöd");
  page.At(50, 6.5, "Fritidsgården Dalen").At(250, 6.5, "Kultur").At(450, 6.5, "Eva Ek");
  const auto rows = page.Rows();
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[2], (std::vector<std::string>{"Daglig verksamhet Kompassrosen",
                                               "Avdelningen för Stöd", "Nora Falk"}));
  EXPECT_EQ(rows[3][0], "Fritidsgården Dalen");
}

}  // namespace
}  // namespace kvreg
