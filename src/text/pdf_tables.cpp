// Tables on a PDF page: see pdf_tables.h.
#include "pdf_tables.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "code_points.h"
#include "kvreg/normalize.h"
#include "pdf_table_rows.h"

namespace kvreg {
namespace {

// The least gap between two header cells, in the height of the type: a word space is about a
// quarter of it, cells are apart by their padding and more.
constexpr double kHeaderCellGap = 0.6;

std::string HeaderWord(std::string text) {
  while (!text.empty() && (text.back() == ':' || text.back() == ',')) text.pop_back();
  return text;
}

// The header cells' horizontal centres when `line` is a header row: at least two cells apart
// by more than twice a word space (a short header word nearly filling its cell, "Tävlingsklass"
// before "Enhet", leaves less than a line's height to the next cell), every word of each a header
// word, but for a qualifier before the cell's header word ("Ansvarig avdelning", "Deltagande
// enhet", "Anmäld klass").
std::vector<double> HeaderCenters(const std::vector<PlacedWord>& words, const VisualLine& line,
                                  const std::function<bool(const std::string&)>& is_header) {
  std::vector<double> centers;
  double left = 0, right = 0;
  size_t cell_words = 0;
  bool qualified = false;  // the cell's first word is no header word
  for (size_t k = 0; k < line.size(); ++k) {
    const PlacedWord& w = words[line[k]];
    const double height = w.bottom - w.top;
    if (k == 0 || w.left - right > kHeaderCellGap * height) {
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

// True when a word of the line ends a sentence: a full stop at the line's end or before a
// capital ("… i Liljeholmen. Gruppbostaden …"), but for an abbreviation's ("… inkl." wrapped
// before "myndighetsutövning"); "inkl. myndighetsutövning" ends none.
bool EndsASentence(const std::vector<PlacedWord>& words, const VisualLine& line,
                   const TableWords& known) {
  for (size_t n = 0; n < line.size(); ++n) {
    const std::string& text = words[line[n]].text;
    if (text.empty() || text.back() != '.') continue;
    if (known.is_abbreviation && known.is_abbreviation(text)) continue;  // "inkl."
    if (n + 1 == line.size()) return true;
    if (u_isupper(CodePointAt(words[line[n + 1]].text, 0))) return true;
  }
  return false;
}

// Where a table's body begins: the line, the height of the table's type, and the bottom of
// what stands above it (its header row, or the top of the page it goes on to).
struct BodyStart {
  size_t line;
  double height, above;
};

// The body of a table: its words, which of them make a section row, and the first line after
// it.
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
                   const BodyStart& start, const std::vector<double>& centers,
                   const TableWords& known) {
  const double height = start.height;
  std::vector<double> rough;
  for (size_t c = 0; c + 1 < centers.size(); ++c)
    rough.push_back((centers[c] + centers[c + 1]) / 2);
  std::vector<double> column_starts;  // left edges of words that opened a column in a row
  auto shape_of = [&](size_t l) { return ShapeOf(words, lines[l], height, rough, column_starts); };
  TableBody body;
  body.in_section_row.assign(words.size(), false);
  double bottom = start.above;
  size_t i = start.line;
  for (; i < lines.size(); ++i) {
    const Shape line = shape_of(i);
    if (line.top - bottom > 2.0 * height || line.smaller) break;
    // A sentence across the table with no column's gap in it is the text below the table.
    if (!line.wide_gap && line.across_all && EndsASentence(words, lines[i], known)) break;
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

// The rows of the table whose body begins at `start`, and its column bounds; *end is set to the
// first line after it and *to_page_end to whether nothing but smaller type (a footer) follows.
std::vector<std::vector<std::string>> ReadRows(const std::vector<PlacedWord>& words,
                                               const std::vector<VisualLine>& lines,
                                               const BodyStart& start,
                                               const std::vector<double>& centers,
                                               const TableWords& known, std::vector<double>* bounds,
                                               size_t* end, bool* to_page_end) {
  const TableBody body = FindBody(words, lines, start, centers, known);
  *end = body.end;
  *to_page_end = true;
  for (size_t l = body.end; l < lines.size() && *to_page_end; ++l) {
    for (size_t k : lines[l]) {
      *to_page_end = *to_page_end && words[k].bottom - words[k].top < 0.85 * start.height;
    }
  }
  std::vector<size_t> in_columns;
  for (size_t k : body.words) {
    if (!body.in_section_row[k]) in_columns.push_back(k);
  }
  *bounds = ColumnBounds(words, in_columns, centers);
  std::vector<std::vector<std::string>> rows;
  for (const std::vector<size_t>& band :
       RowBands(words, body.words, start.height, *bounds, body.in_section_row)) {
    std::vector<std::string> row(centers.size());
    std::vector<const PlacedWord*> last(centers.size(), nullptr);  // each cell's last word
    for (size_t k : band) {
      // A section row's text stays whole, in the first cell.
      const size_t column = body.in_section_row[k] ? 0 : ColumnOf(words[k], *bounds);
      std::string& cell = row[column];
      // A word hyphenated where the cell wraps is joined as in running text
      // ("Äldreomsorgs-" ⏎ "avdelningen"; "Individ- och" stays).
      bool keep_hyphen = false;
      const bool wrapped =
          last[column] != nullptr && Center(words[k]) - Center(*last[column]) > 0.5 * start.height;
      if (wrapped && IsLineBreakHyphen(cell, words[k].text, &keep_hyphen)) {
        if (!keep_hyphen) cell.pop_back();
      } else if (!cell.empty()) {
        cell += ' ';
      }
      cell += words[k].text;
      last[column] = &words[k];
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// Where the cells of `lines` begin: the left of each line's first word and of every word after
// a gap as wide as a column's.
std::vector<double> CellStarts(const std::vector<PlacedWord>& words,
                               const std::vector<VisualLine>& lines, double height) {
  std::vector<double> starts;
  for (const VisualLine& line : lines) {
    for (size_t n = 0; n < line.size(); ++n) {
      if (n == 0 || words[line[n]].left - words[line[n - 1]].right > 0.8 * height) {
        starts.push_back(words[line[n]].left);
      }
    }
  }
  return starts;
}

// The rows at the top of a page that go on with the table open at the foot of the page before
// (its header row not repeated): from the first of the page's top lines whose cells begin
// where the table's did, below the page's header.
std::vector<std::vector<std::string>> ContinuedRows(const std::vector<PlacedWord>& words,
                                                    const std::vector<VisualLine>& lines,
                                                    const OpenTable& open, const TableWords& known,
                                                    size_t* end) {
  constexpr size_t kHeaderLines = 4;  // at most this many lines of a page header above it
  // A line's cells each begin where one of the table's did, and it has two (a page header,
  // "Förvaltning ⏎ Tjänsteutlåtande ⏎ Dnr …", lies elsewhere).
  auto in_columns = [&](size_t l) {
    const std::vector<double> starts = CellStarts(words, {lines[l]}, open.height);
    return starts.size() >= 2 && std::all_of(starts.begin(), starts.end(), [&](double x) {
             return std::any_of(open.cell_starts.begin(), open.cell_starts.end(),
                                [&](double y) { return std::abs(x - y) < 1.5; });
           });
  };
  *end = 0;
  for (size_t s = 0; s < std::min(lines.size(), kHeaderLines); ++s) {
    if (!HeaderCenters(words, lines[s], known.is_header_word).empty())
      return {};  // a table of its own
    if (!in_columns(s)) continue;
    std::vector<double> bounds;
    bool to_page_end = false;
    size_t rows_end = 0;
    auto rows = ReadRows(words, lines, {s, open.height, words[lines[s].front()].top}, open.centers,
                         known, &bounds, &rows_end, &to_page_end);
    const bool fills_two = !rows.empty() && !rows.front().front().empty() &&
                           std::count_if(rows.front().begin(), rows.front().end(),
                                         [](const std::string& c) { return !c.empty(); }) >= 2;
    if (!fills_two) return {};
    *end = rows_end;
    return rows;
  }
  return {};
}

}  // namespace

std::vector<TextTable> FindTables(const std::vector<PlacedWord>& words, const TableWords& known,
                                  std::optional<OpenTable>* open) {
  const auto& is_header_word = known.is_header_word;
  std::vector<TextTable> tables;
  std::optional<OpenTable> from_before;
  if (open != nullptr) from_before.swap(*open);
  if (!is_header_word || words.empty()) return tables;
  // Most pages hold no header word at all: no need to lay their words out in lines.
  const bool any_header = std::any_of(words.begin(), words.end(), [&](const PlacedWord& w) {
    return !w.text.empty() && std::isupper(static_cast<unsigned char>(w.text[0])) &&
           is_header_word(HeaderWord(w.text));
  });
  if (!any_header && !from_before) return tables;
  const std::vector<VisualLine> lines = VisualLines(words);
  size_t i = 0;
  if (from_before) {
    TextTable table;
    table.rows = ContinuedRows(words, lines, *from_before, known, &i);
    if (!table.rows.empty()) {
      table.rows.insert(table.rows.begin(), from_before->header);
      tables.push_back(std::move(table));
    }
  }
  for (; i < lines.size(); ++i) {
    const std::vector<double> centers = HeaderCenters(words, lines[i], is_header_word);
    if (centers.empty()) continue;
    const PlacedWord& first = words[lines[i][0]];
    const BodyStart start{i + 1, first.bottom - first.top, first.bottom};
    std::vector<double> bounds;
    size_t end = i + 1;
    bool to_page_end = false;
    std::vector<std::vector<std::string>> rows =
        ReadRows(words, lines, start, centers, known, &bounds, &end, &to_page_end);
    if (!rows.empty()) {
      std::vector<std::string> header(centers.size());
      for (size_t k : lines[i]) {
        std::string& cell = header[ColumnOf(words[k], bounds)];
        if (!cell.empty()) cell += ' ';  // piece by piece: "x" + s trips GCC 12's -Wrestrict
        cell += HeaderWord(words[k].text);
      }
      if (open != nullptr && to_page_end) {
        const std::vector<VisualLine> body(lines.begin() + start.line, lines.begin() + end);
        *open = OpenTable{header, centers, start.height, CellStarts(words, body, start.height)};
      } else if (open != nullptr) {
        open->reset();
      }
      rows.insert(rows.begin(), std::move(header));
      tables.push_back(TextTable{std::move(rows)});
    }
    i = end - 1;
  }
  return tables;
}

}  // namespace kvreg
