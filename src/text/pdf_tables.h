// Tables on a PDF page, read from the word boxes (private to the PDF reader): a row of header
// words ("Enhet Avdelning Klass") sets the columns, the gutters between the words below it set
// their bounds, and rows are bands of words with a vertical gap between them, so that a cell
// wrapping over two lines stays one cell.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "kvreg/document_text.h"

namespace kvreg {

struct PlacedWord {
  std::string text;
  double top, bottom, left, right;
};

std::vector<TextTable> FindTables(const std::vector<PlacedWord>& words,
                                  const std::function<bool(const std::string&)>& is_header_word);

}  // namespace kvreg
