// Tables on a PDF page, read from the word boxes (private to the PDF reader): a row of header
// words ("Enhet Avdelning Klass") sets the columns, the gutters between the words below it set
// their bounds, and rows are bands of words with a vertical gap between them, so that a cell
// wrapping over two lines stays one cell.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kvreg/document_text.h"

namespace kvreg {

struct PlacedWord {
  std::string text;
  double top, bottom, left, right;
};

// A table that ran to the foot of its page: its header row, the centres of its header cells,
// the height of its type and where its cells' text begins, so that rows at the top of the next
// page that keep to its columns are read as its rows.
struct OpenTable {
  std::vector<std::string> header;
  std::vector<double> centers;
  double height = 0;
  std::vector<double> cell_starts;
};

// The words a table reader must know: those of a header row, and abbreviations, whose full
// stop ends no sentence (may be empty: none).
struct TableWords {
  std::function<bool(const std::string&)> is_header_word;
  std::function<bool(const std::string&)> is_abbreviation;
};

// The page's tables. `*open` (may be null) holds the table left open by the page before, and
// is set to this page's last table when it runs to the foot of the page.
std::vector<TextTable> FindTables(const std::vector<PlacedWord>& words, const TableWords& known,
                                  std::optional<OpenTable>* open = nullptr);

}  // namespace kvreg
