// The geometry of a table's words and its rows: see pdf_table_rows.h.
#include "pdf_table_rows.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>

#include "code_points.h"

namespace kvreg {

double Center(const PlacedWord& w) { return (w.top + w.bottom) / 2; }

// The words `order` indexes, grouped into lines by their vertical centre, top to bottom.
std::vector<VisualLine> VisualLines(const std::vector<PlacedWord>& words,
                                    std::vector<size_t> order) {
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return Center(words[a]) < Center(words[b]); });
  std::vector<VisualLine> lines;
  double center = 0, height = 0;
  for (size_t i : order) {
    const PlacedWord& w = words[i];
    if (lines.empty() || std::abs(Center(w) - center) > 0.4 * height) {
      lines.push_back({});
      center = Center(w);
      height = w.bottom - w.top;
    }
    lines.back().push_back(i);
  }
  for (VisualLine& line : lines) {
    std::sort(line.begin(), line.end(),
              [&](size_t a, size_t b) { return words[a].left < words[b].left; });
  }
  return lines;
}

// All the page's words, grouped into lines.
std::vector<VisualLine> VisualLines(const std::vector<PlacedWord>& words) {
  std::vector<size_t> order(words.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  return VisualLines(words, std::move(order));
}

size_t ColumnOf(const PlacedWord& w, const std::vector<double>& bounds) {
  const double center = (w.left + w.right) / 2;
  size_t column = 0;
  while (column < bounds.size() && center > bounds[column]) ++column;
  return column;
}

namespace {

// Of the type's height, how much further below the line above a padded table's next row begins
// than a cell's wrapped line does (a line's pitch is about the type's height).
constexpr double kRowPadding = 1.1;

// A band's words split where a row begins: rows printed with no space between them (single
// spacing, no padding) make one band. A line begins a row when it has words in the first
// column and another and no cell of it goes on in lower case, or words in every column and
// more cells begun than going on (a merged cell's wrapped text beside new cells: "och service
// till personer | Ateljé Kreativa | – | Vidga Omsorg AB"), or words beginning a cell in every
// column but the first (beside a first cell merged over rows); other lines are cells' wrapped
// lines and go with the row above ("Avdelningen för kultur och" ⏎ "fritid"). A band with one
// such line is one row: cells centred beside a wrapped one ("Daglig verksamhet | Socialtjänst
// …" ⏎ "Misa AB" ⏎ "Råcksta | personer med …") make no new row. In a table whose rows are
// `padded` (space between them), words in the first column and another begin a row only a
// padding below the first column's line above; right under it they are a wrapped name
// ("Daglig verksamhet | – | Ledstången Omsorg" ⏎ "Kompassrosen | | AB").
std::vector<std::vector<size_t>> SplitAtRowStarts(const std::vector<PlacedWord>& words,
                                                  const std::vector<size_t>& band,
                                                  const std::vector<VisualLine>& lines,
                                                  const std::vector<double>& bounds, bool padded) {
  // How far below the last line above it with a word in the first column `line` begins.
  auto below_first_column_above = [&](size_t l) {
    for (size_t above = l; above-- > 0;) {
      const PlacedWord& w = words[lines[above].front()];
      if (ColumnOf(w, bounds) == 0) return words[lines[l].front()].top - w.top;
    }
    return 1e18;
  };
  auto starts_a_row = [&](size_t l) {
    const VisualLine& line = lines[l];
    size_t columns = 0, going_on = 0, column = bounds.size() + 1;
    bool first_going_on = false;
    for (size_t k : line) {  // left to right
      if (ColumnOf(words[k], bounds) == column) continue;
      column = ColumnOf(words[k], bounds);
      ++columns;
      if (u_islower(CodePointAt(words[k].text, 0))) {  // a cell going on
        ++going_on;
        if (column == 0) first_going_on = true;
      }
    }
    const bool first_column = ColumnOf(words[line.front()], bounds) == 0;
    // Beside a first cell merged over rows ("Socialtjänst samt" ⏎ "stöd och service till"), a
    // row begins with a new cell in every other column: "Stödteamet Nyckeln | Avdelningen … |
    // Sara Holm", with or without the first cell's wrapped text on the same line.
    const size_t others = columns - (first_column ? 1 : 0);
    const bool beside_a_merged_first = (!first_column || first_going_on) && others >= 2 &&
                                       others == bounds.size() &&
                                       going_on == (first_going_on ? 1u : 0u);
    const double height = words[line.front()].bottom - words[line.front()].top;
    const bool below_padding = !padded || below_first_column_above(l) > kRowPadding * height;
    return (first_column && columns >= 2 && going_on == 0 && below_padding) ||
           beside_a_merged_first || (columns == bounds.size() + 1 && going_on < columns - going_on);
  };
  std::vector<bool> row_start(lines.size());
  for (size_t l = 0; l < lines.size(); ++l) row_start[l] = starts_a_row(l);
  if (std::count(row_start.begin(), row_start.end(), true) < 2) return {band};
  std::vector<std::vector<size_t>> rows;
  for (size_t l = 0; l < lines.size(); ++l) {
    if (rows.empty() || row_start[l]) rows.push_back({});
    rows.back().insert(rows.back().end(), lines[l].begin(), lines[l].end());
  }
  return rows;
}

}  // namespace

// The body's rows: bands of words with a vertical gap between them, split where a row begins,
// each in reading order. Section-row words are no row of columns.
std::vector<std::vector<size_t>> RowBands(const std::vector<PlacedWord>& words,
                                          std::vector<size_t> body, double height,
                                          const std::vector<double>& bounds,
                                          const std::vector<bool>& in_section_row) {
  std::sort(body.begin(), body.end(),
            [&](size_t a, size_t b) { return words[a].top < words[b].top; });
  std::vector<std::vector<size_t>> bands;
  double band_bottom = -1e18;
  for (size_t k : body) {
    if (bands.empty() || words[k].top > band_bottom + 0.25 * height) bands.push_back({});
    bands.back().push_back(k);
    band_bottom =
        bands.back().size() == 1 ? words[k].bottom : std::max(band_bottom, words[k].bottom);
  }
  // A band that begins with a section row is one row; section-row words further down are a
  // merged first cell's wrapped text ("Socialtjänst samt" ⏎ "stöd och service till").
  std::vector<std::vector<VisualLine>> band_lines;
  std::vector<bool> section;
  for (const std::vector<size_t>& band : bands) {
    band_lines.push_back(VisualLines(words, band));
    const VisualLine& first = band_lines.back().front();
    section.push_back(
        std::any_of(first.begin(), first.end(), [&](size_t k) { return in_section_row[k]; }));
  }
  // Rows with space between them: two bands of cells one after the other.
  bool padded = false;
  for (size_t b = 0; b + 1 < bands.size(); ++b) padded = padded || (!section[b] && !section[b + 1]);
  std::vector<std::vector<size_t>> rows;
  for (size_t b = 0; b < bands.size(); ++b) {
    for (std::vector<size_t>& row :
         section[b] ? std::vector<std::vector<size_t>>{bands[b]}
                    : SplitAtRowStarts(words, bands[b], band_lines[b], bounds, padded)) {
      rows.push_back(std::move(row));
    }
  }
  for (std::vector<size_t>& row : rows) {
    std::stable_sort(row.begin(), row.end(), [&](size_t a, size_t b) {
      if (std::abs(Center(words[a]) - Center(words[b])) > 0.4 * height) {
        return Center(words[a]) < Center(words[b]);
      }
      return words[a].left < words[b].left;
    });
  }
  return rows;
}

}  // namespace kvreg
