// Tables on a PDF page: see pdf_tables.h.
#include "pdf_tables.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "code_points.h"

namespace kvreg {
namespace {

using VisualLine = std::vector<size_t>;  // indices of words, left to right

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

std::string HeaderWord(std::string text) {
  while (!text.empty() && (text.back() == ':' || text.back() == ',')) text.pop_back();
  return text;
}

// The header cells' horizontal centres when `line` is a header row: at least two cells apart
// by more than a line's height, every word of each a header word, but for a qualifier before
// the cell's header word ("Ansvarig avdelning", "Deltagande enhet", "Anmäld klass").
std::vector<double> HeaderCenters(const std::vector<PlacedWord>& words, const VisualLine& line,
                                  const std::function<bool(const std::string&)>& is_header) {
  std::vector<double> centers;
  double left = 0, right = 0;
  size_t cell_words = 0;
  bool qualified = false;  // the cell's first word is no header word
  for (size_t k = 0; k < line.size(); ++k) {
    const PlacedWord& w = words[line[k]];
    const double height = w.bottom - w.top;
    if (k == 0 || w.left - right > 1.0 * height) {
      if (k > 0) centers.push_back((left + right) / 2);
      if (qualified && cell_words < 2) return {};
      left = w.left;
      cell_words = 0;
      qualified = false;
    }
    const bool header_word = is_header(HeaderWord(w.text));
    if (!header_word && (cell_words > 0 || qualified)) return {};
    qualified = qualified || !header_word;
    ++cell_words;
    right = w.right;
  }
  if (qualified && cell_words < 2) return {};
  centers.push_back((left + right) / 2);
  if (centers.size() < 2) return {};
  return centers;
}

// Column bounds: between two header centres, the middle of the widest gap no word covers.
std::vector<double> ColumnBounds(const std::vector<PlacedWord>& words,
                                 const std::vector<size_t>& body,
                                 const std::vector<double>& centers) {
  std::vector<std::pair<double, double>> spans;
  for (size_t i : body) spans.push_back({words[i].left, words[i].right});
  std::sort(spans.begin(), spans.end());
  std::vector<double> bounds;
  for (size_t c = 0; c + 1 < centers.size(); ++c) {
    double best = (centers[c] + centers[c + 1]) / 2, widest = 0, covered = centers[c];
    for (const auto& [l, r] : spans) {
      if (l > covered) {
        const double from = std::max(covered, centers[c]), to = std::min(l, centers[c + 1]);
        if (to - from > widest) {
          widest = to - from;
          best = (from + to) / 2;
        }
      }
      covered = std::max(covered, r);
    }
    // No gap between words at all (the next column empty): the space up to its header's centre.
    // Else a short cell under a wide header ("Skola" under "Tävlingsklass") would leave its
    // own right as the widest gap, and fall into the column before.
    if (widest == 0 && covered < centers[c + 1]) {
      best = (covered + centers[c + 1]) / 2;
    }
    bounds.push_back(best);
  }
  return bounds;
}

size_t ColumnOf(const PlacedWord& w, const std::vector<double>& bounds) {
  const double center = (w.left + w.right) / 2;
  size_t column = 0;
  while (column < bounds.size() && center > bounds[column]) ++column;
  return column;
}

// True when a word of the line ends a sentence: a full stop at the line's end or before a
// capital ("… i Liljeholmen. Gruppbostaden …"); "inkl. myndighetsutövning" ends none.
bool EndsASentence(const std::vector<PlacedWord>& words, const VisualLine& line) {
  for (size_t n = 0; n < line.size(); ++n) {
    const std::string& text = words[line[n]].text;
    if (text.empty() || text.back() != '.') continue;
    if (n + 1 == line.size()) return true;
    if (u_isupper(CodePointAt(words[line[n + 1]].text, 0))) return true;
  }
  return false;
}

// The body of the table under the header at lines[at]: its words, which of them make a
// section row, and the first line after it.
struct TableBody {
  std::vector<size_t> words;
  std::vector<bool> in_section_row;  // by word index
  size_t end = 0;
};

// What a line below a table's header is: where it lies, and whether its words keep to columns.
struct Shape {
  double top = 1e18, bottom = 0;
  bool column_gap = false;    // a gap as wide as a column's, or a word where a column starts
  bool wide_gap = false;      // a gap as wide as a column's
  bool across_first = false;  // from left of the first column bound to right of it
  bool across_all = false;    // from left of the first column bound to right of the last
  bool running_text = false;  // across all with no column gap
  bool smaller = false;       // in smaller type (a footer)
};

Shape ShapeOf(const std::vector<PlacedWord>& words, const VisualLine& line, double height,
              const std::vector<double>& rough, const std::vector<double>& column_starts) {
  auto at_column_start = [&](const PlacedWord& w) {
    return std::any_of(column_starts.begin(), column_starts.end(),
                       [&](double x) { return std::abs(w.left - x) < 1.5; });
  };
  Shape s;
  // A line across the table may have one word where a column starts by chance ("Socialtjänst
  // samt stöd och service till personer …": "personer" under "Avdelning"); in a table of three
  // columns or more, a row with no wide gap shows two.
  const size_t hits_for_a_row = std::min<size_t>(2, rough.size());
  size_t hits = 0;
  for (size_t n = 0; n < line.size(); ++n) {
    const PlacedWord& w = words[line[n]];
    s.top = std::min(s.top, w.top);
    s.bottom = std::max(s.bottom, w.bottom);
    const bool wide = n > 0 && w.left - words[line[n - 1]].right > 0.8 * height;
    s.wide_gap = s.wide_gap || wide;
    if (n > 0 && at_column_start(w)) ++hits;
  }
  s.column_gap = s.wide_gap || hits > 0;
  const bool from_left = words[line.front()].left < rough.front();
  s.across_first = from_left && words[line.back()].right > rough.front();
  s.across_all = from_left && words[line.back()].right > rough.back();
  s.running_text = !s.wide_gap && hits < hits_for_a_row && s.across_all;
  s.smaller = s.bottom - s.top < 0.85 * height;
  return s;
}

// The body: lines below the header, up to a wide vertical gap or a line of running text (no gap
// between its words as wide as a column's, spanning the first bound to the last).
TableBody FindBody(const std::vector<PlacedWord>& words, const std::vector<VisualLine>& lines,
                   size_t at, const std::vector<double>& centers) {
  const PlacedWord& first = words[lines[at][0]];
  const double height = first.bottom - first.top;
  std::vector<double> rough;
  for (size_t c = 0; c + 1 < centers.size(); ++c)
    rough.push_back((centers[c] + centers[c + 1]) / 2);
  std::vector<double> column_starts;  // left edges of words that opened a column in a row
  auto shape_of = [&](size_t l) { return ShapeOf(words, lines[l], height, rough, column_starts); };
  TableBody body;
  body.in_section_row.assign(words.size(), false);
  double bottom = first.bottom;
  size_t i = at + 1;
  for (; i < lines.size(); ++i) {
    const Shape line = shape_of(i);
    if (line.top - bottom > 2.0 * height || line.smaller) break;
    // A sentence across the table with no column's gap in it is the text below the table.
    if (!line.wide_gap && line.across_all && EndsASentence(words, lines[i])) break;
    if (line.running_text) {
      // A row across the whole table ("Tävlingsklass: Förskola"), perhaps wrapped to a second
      // line of no column gap, heads the rows below it when the next line keeps to the columns
      // again (a gap as wide as a column's between its words); else the table has ended.
      size_t resumes = i + 1;
      if (resumes < lines.size() && !shape_of(resumes).column_gap) ++resumes;
      if (resumes >= lines.size()) break;
      const Shape next = shape_of(resumes);
      if (!next.wide_gap || next.running_text || next.smaller ||
          next.top - line.bottom > 2.0 * height * static_cast<double>(resumes - i)) {
        break;
      }
      for (size_t l = i; l < resumes; ++l) {
        for (size_t k : lines[l]) body.in_section_row[k] = true;
      }
    } else if (!line.column_gap && !column_starts.empty() && line.across_first) {
      // A shorter row in one cell across a column bound ("Äldreomsorg inklusive
      // myndighetsutövning") is a section row too, once other rows have shown the columns.
      for (size_t k : lines[i]) body.in_section_row[k] = true;
    }
    for (size_t n = 1; n < lines[i].size() && !line.running_text; ++n) {
      const PlacedWord& w = words[lines[i][n]];
      if (w.left - words[lines[i][n - 1]].right > 0.8 * height) column_starts.push_back(w.left);
    }
    body.words.insert(body.words.end(), lines[i].begin(), lines[i].end());
    bottom = std::max(bottom, line.bottom);
  }
  body.end = i;
  return body;
}

// A band's words split where a row begins: rows printed with no space between them (single
// spacing, no padding) make one band. A line begins a row when it has words in the first
// column and another and no cell of it goes on in lower case, or words in every column and
// more cells begun than going on (a merged cell's wrapped text beside new cells: "och service
// till personer | Ateljé Kreativa | – | Vidga Omsorg AB"); other lines are cells' wrapped
// lines and go with the row above ("Avdelningen för kultur och" ⏎ "fritid"). A band with one
// such line is one row: cells centred beside a wrapped one ("Daglig verksamhet | Socialtjänst
// …" ⏎ "Misa AB" ⏎ "Råcksta | personer med …") make no new row.
std::vector<std::vector<size_t>> SplitAtRowStarts(const std::vector<PlacedWord>& words,
                                                  const std::vector<size_t>& band,
                                                  const std::vector<double>& bounds) {
  const std::vector<VisualLine> lines = VisualLines(words, band);
  auto starts_a_row = [&](const VisualLine& line) {
    size_t columns = 0, going_on = 0, column = bounds.size() + 1;
    for (size_t k : line) {  // left to right
      if (ColumnOf(words[k], bounds) == column) continue;
      column = ColumnOf(words[k], bounds);
      ++columns;
      if (u_islower(CodePointAt(words[k].text, 0))) ++going_on;  // a cell going on
    }
    const bool first_column = ColumnOf(words[line.front()], bounds) == 0;
    return (first_column && columns >= 2 && going_on == 0) ||
           (columns == bounds.size() + 1 && going_on < columns - going_on);
  };
  std::vector<bool> row_start(lines.size());
  std::transform(lines.begin(), lines.end(), row_start.begin(), starts_a_row);
  if (std::count(row_start.begin(), row_start.end(), true) < 2) return {band};
  std::vector<std::vector<size_t>> rows;
  for (size_t l = 0; l < lines.size(); ++l) {
    if (rows.empty() || row_start[l]) rows.push_back({});
    rows.back().insert(rows.back().end(), lines[l].begin(), lines[l].end());
  }
  return rows;
}

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
  std::vector<std::vector<size_t>> rows;
  for (const std::vector<size_t>& band : bands) {
    const bool section =
        std::any_of(band.begin(), band.end(), [&](size_t k) { return in_section_row[k]; });
    for (std::vector<size_t>& row :
         section ? std::vector<std::vector<size_t>>{band} : SplitAtRowStarts(words, band, bounds)) {
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

// The table under the header at lines[at]; sets *end to the first line after it.
TextTable ReadTable(const std::vector<PlacedWord>& words, const std::vector<VisualLine>& lines,
                    size_t at, const std::vector<double>& centers, size_t* end) {
  const PlacedWord& first = words[lines[at][0]];
  const double height = first.bottom - first.top;
  const TableBody body = FindBody(words, lines, at, centers);
  *end = body.end;
  std::vector<size_t> in_columns;
  for (size_t k : body.words) {
    if (!body.in_section_row[k]) in_columns.push_back(k);
  }
  const std::vector<double> bounds = ColumnBounds(words, in_columns, centers);
  TextTable table;
  std::vector<std::string> header(centers.size());
  for (size_t k : lines[at]) {
    std::string& cell = header[ColumnOf(words[k], bounds)];
    if (!cell.empty()) cell += ' ';  // appended piece by piece: "x" + s trips GCC 12's -Wrestrict
    cell += HeaderWord(words[k].text);
  }
  table.rows.push_back(header);
  for (const std::vector<size_t>& band :
       RowBands(words, body.words, height, bounds, body.in_section_row)) {
    std::vector<std::string> row(centers.size());
    for (size_t k : band) {
      // A section row's text stays whole, in the first cell.
      std::string& cell = row[body.in_section_row[k] ? 0 : ColumnOf(words[k], bounds)];
      if (!cell.empty()) cell += ' ';
      cell += words[k].text;
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

std::vector<TextTable> FindTables(const std::vector<PlacedWord>& words,
                                  const std::function<bool(const std::string&)>& is_header_word) {
  std::vector<TextTable> tables;
  if (!is_header_word) return tables;
  // Most pages hold no header word at all: no need to lay their words out in lines.
  const bool any_header = std::any_of(words.begin(), words.end(), [&](const PlacedWord& w) {
    return !w.text.empty() && std::isupper(static_cast<unsigned char>(w.text[0])) &&
           is_header_word(HeaderWord(w.text));
  });
  if (!any_header) return tables;
  const std::vector<VisualLine> lines = VisualLines(words);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::vector<double> centers = HeaderCenters(words, lines[i], is_header_word);
    if (centers.empty()) continue;
    size_t end = i + 1;
    TextTable table = ReadTable(words, lines, i, centers, &end);
    if (table.rows.size() > 1) tables.push_back(std::move(table));
    i = end - 1;
  }
  return tables;
}

}  // namespace kvreg
