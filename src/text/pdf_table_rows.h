// The geometry of a table's words (private to the PDF reader's table finder, pdf_tables.h):
// words grouped into visual lines, the column a word falls in, and a table body's words cut
// into rows.
#pragma once

#include <string>
#include <vector>

#include "pdf_tables.h"

namespace kvreg {

using VisualLine = std::vector<size_t>;  // indices of words, left to right

// A word's vertical centre.
double Center(const PlacedWord& w);
// The words `order` indexes, grouped into lines by their vertical centre, top to bottom.
std::vector<VisualLine> VisualLines(const std::vector<PlacedWord>& words,
                                    std::vector<size_t> order);
// All the page's words, grouped into lines.
std::vector<VisualLine> VisualLines(const std::vector<PlacedWord>& words);
// The column (0-based) whose bounds hold the word's centre.
size_t ColumnOf(const PlacedWord& w, const std::vector<double>& bounds);
// The body's rows: bands of words with a vertical gap between them, split where a row begins,
// each in reading order. Section-row words are no row of columns.
std::vector<std::vector<size_t>> RowBands(const std::vector<PlacedWord>& words,
                                          std::vector<size_t> body, double height,
                                          const std::vector<double>& bounds,
                                          const std::vector<bool>& in_section_row);

}  // namespace kvreg
