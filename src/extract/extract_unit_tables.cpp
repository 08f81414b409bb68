// Units in tables: a table (read from the page's word boxes, kvreg/document_text.h) whose
// header names a unit column (layout.re2 table_unit_column: "Enhet", "Verksamhet") gives one
// unit per row, with its department, class and operator from the columns whose headers say so
// ("Avdelning", "Klass"/"Tävlingsklass", "Utförare"); "Egen regi" is no operator. A column of
// contact persons is nobody's unit. A table split over pages repeats its header, so each part
// is read as a table of its own.
#include <unicode/uchar.h>

#include <algorithm>

#include "code_points.h"
#include "extract_internal.h"
#include "kvreg/normalize.h"
#include "unit_items.h"

namespace kvreg {
namespace {

// True when `cell` or one of its alternatives joined by slashes ("Skola/enhet") full-matches.
bool CellOrAlternativeMatches(const std::string& cell, const RE2& re) {
  if (RE2::FullMatch(cell, re)) return true;
  if (cell.find('/') == std::string::npos) return false;
  const std::vector<std::string> parts = SlashAlternatives(cell);
  return std::any_of(parts.begin(), parts.end(),
                     [&](const std::string& part) { return RE2::FullMatch(part, re); });
}

// The index of the first header cell that `column`'s pattern full-matches, or -1. A cell with a
// qualifier before its header word ("Ansvarig avdelning") is named by the words after it; a
// cell of alternatives ("Skola/enhet") by any of them.
int ColumnNamed(const PatternSet& patterns, const std::vector<std::string>& header,
                PatternId column) {
  const RE2* re = patterns.Get(column);
  if (re == nullptr) return -1;
  for (size_t c = 0; c < header.size(); ++c) {
    const size_t space = header[c].find(' ');
    if (CellOrAlternativeMatches(header[c], *re) ||
        (space != std::string::npos &&
         CellOrAlternativeMatches(header[c].substr(space + 1), *re))) {
      return static_cast<int>(c);
    }
  }
  return -1;
}

// A cell's text, or nullopt when it is empty or says there is nothing (layout.re2
// table_empty_cell: "–", "saknas").
std::optional<std::string> Cell(const PatternSet& patterns, const std::vector<std::string>& row,
                                int column) {
  if (column < 0 || static_cast<size_t>(column) >= row.size()) return std::nullopt;
  const std::string whole = CollapseWhitespace(NormalizeLine(row[column]));
  std::string text = TrimItem(whole);
  // An abbreviation keeps its full stop, also at the end of a compound ("Förskoleavd.").
  if (!text.empty() && whole.size() == text.size() + 1 && whole.back() == '.') {
    for (const std::string& abbreviation : patterns.abbreviations()) {
      if (whole.size() > abbreviation.size() &&
          whole.compare(whole.size() - abbreviation.size(), abbreviation.size(), abbreviation) ==
              0) {
        text = whole;
        break;
      }
    }
  }
  const RE2* empty = patterns.Get(PatternId::kTableEmptyCell);
  if (text.empty() || (empty != nullptr && RE2::FullMatch(text, *empty))) return std::nullopt;
  return text;
}

// The class a section row names (layout.re2 table_section_row: "Förskola", "Tävlingsklass:
// Äldreomsorg"), or "": a row of one cell, or of two side by side when a narrow first column
// cut it ("Klass: | Skola" under "Nr | Enhet").
std::string SectionClass(const PatternSet& patterns, const std::vector<std::string>& row) {
  size_t filled = 0, first = row.size(), last = 0;
  std::string text;
  for (size_t c = 0; c < row.size(); ++c) {
    const std::string cell = TrimItem(row[c]);
    if (cell.empty()) continue;
    ++filled;
    first = std::min(first, c);
    last = c;
    if (!text.empty()) text += ' ';
    text += cell;
  }
  const RE2* section = patterns.Get(PatternId::kTableSectionRow);
  if (filled == 0 || filled > 2 || last - first + 1 != filled || section == nullptr ||
      !RE2::FullMatch(text, *section)) {
    return "";
  }
  return patterns.ClassIn(text);
}

// A class cell merged over rows, its text wrapped beside them ("Socialtjänst samt stöd" ⏎ "och
// service till personer med" ⏎ "funktionsnedsättning"): when the cells from row r on name no
// class one by one but do together, each of those rows gets the class.
void JoinWrappedClassCell(const PatternSet& patterns, const TextTable& table, int class_column,
                          size_t r, std::vector<std::string>* classes) {
  constexpr size_t kMostRows = 4;
  std::string joined;
  for (size_t k = r; k < table.rows.size() && k < r + kMostRows; ++k) {
    const std::optional<std::string> cell = Cell(patterns, table.rows[k], class_column);
    if (!cell || (k > r && !patterns.ClassIn(*cell).empty())) return;
    joined += (joined.empty() ? "" : " ") + *cell;
    if (k == r) continue;
    if (std::string named = patterns.ClassIn(joined); !named.empty()) {
      // and the cells below that go on in lower case ("funktionsnedsättning")
      size_t last = k;
      while (last + 1 < table.rows.size()) {
        const std::optional<std::string> more = Cell(patterns, table.rows[last + 1], class_column);
        if (!more || !u_islower(CodePointAt(*more, 0))) break;
        ++last;
      }
      for (size_t j = r; j <= last; ++j) (*classes)[j] = named;
      return;
    }
  }
}

// One column's merged cells as a table's part on one page leaves them to its part on the next.
struct MergedColumn {
  bool from_above = false;          // printed at their top
  std::optional<std::string> last;  // the part's last value
};

// What a table's part on one page leaves to its part on the next: the section it ended in, and
// its class and department columns' merged cells.
struct TableCarry {
  std::string section;
  MergedColumn classes, departments;
};

// Where MergedCellSources says a row's value is the last of the table's part on the page before.
constexpr long kFromThePageBefore = -2;

// For each row that wants a value its own cell does not give (`wants`), the row whose cell
// gives it (`own`): a cell merged over several rows is printed once, at its top or in its middle.
// Printed at its top (the table's first unit row has its own), it names the rows below it; in
// its middle, the nearest rows on both sides. -1 where no row gives one. A table going on from
// the page before whose merged cells were printed at their top (`*from_above` on entry) goes on
// with the cell that part ended in, up to this part's first own cell (kFromThePageBefore).
// `*from_above` becomes whether this part's cells are printed at their top.
std::vector<long> MergedCellSources(const std::vector<bool>& own, const std::vector<bool>& wants,
                                    const std::vector<bool>& unit_rows, bool* from_above) {
  const size_t n = own.size();
  const auto first = std::find(unit_rows.begin(), unit_rows.end(), true);
  const bool continues = *from_above;
  *from_above = continues || (first != unit_rows.end() && own[first - unit_rows.begin()]);
  std::vector<long> source(n, -1);
  for (size_t r = 1; r < n; ++r) {
    if (!wants[r] || !unit_rows[r]) continue;
    for (size_t d = 1; d < n && source[r] < 0; ++d) {
      if (r >= d + 1 && own[r - d]) source[r] = static_cast<long>(r - d);
      if (!*from_above && source[r] < 0 && r + d < n && own[r + d]) {
        source[r] = static_cast<long>(r + d);
      }
    }
    if (source[r] < 0 && continues) source[r] = kFromThePageBefore;
  }
  return source;
}

// The class of each row: its class cell, else the class of a section row above it (a row that
// is only a class name, "Förskola", across the table), else the nearest class cell above or
// below it (a cell merged over several rows is printed once, beside one of them). `*carry` is
// what the table's part on the page before left (the section it ended in, its last merged
// cell), and becomes what this part leaves.
std::vector<std::string> RowClasses(const PatternSet& patterns, const TextTable& table,
                                    const std::vector<bool>& unit_rows, int class_column,
                                    TableCarry* carry) {
  std::vector<std::string> classes(table.rows.size());
  std::vector<bool> own(table.rows.size(), false);
  std::string& section = carry->section;
  for (size_t r = 1; r < table.rows.size(); ++r) {
    const std::vector<std::string>& row = table.rows[r];
    if (std::string named = SectionClass(patterns, row); !named.empty()) {
      section = std::move(named);
      continue;
    }
    if (classes[r].empty()) {  // else a wrapped cell above named it
      if (auto c = Cell(patterns, row, class_column)) classes[r] = patterns.ClassIn(*c);
      if (classes[r].empty()) JoinWrappedClassCell(patterns, table, class_column, r, &classes);
    }
    own[r] = !classes[r].empty();
    if (classes[r].empty()) classes[r] = section;
  }
  if (class_column < 0) return classes;
  std::vector<bool> wants(classes.size());
  for (size_t r = 0; r < classes.size(); ++r) wants[r] = classes[r].empty();
  const std::vector<long> source =
      MergedCellSources(own, wants, unit_rows, &carry->classes.from_above);
  for (size_t r = 1; r < classes.size(); ++r) {
    if (source[r] >= 0) classes[r] = classes[source[r]];
    if (source[r] == kFromThePageBefore) classes[r] = carry->classes.last.value_or("");
    if (unit_rows[r] && !classes[r].empty()) carry->classes.last = classes[r];
  }
  return classes;
}

// The department of each row: its cell, else the cell of a department merged over several rows
// (MergedCellSources), on this page or the one before (`*carry`). A dash cell says there is none.
std::vector<std::optional<std::string>> RowDepartments(const PatternSet& patterns,
                                                       const TextTable& table,
                                                       const std::vector<bool>& unit_rows,
                                                       int column, MergedColumn* carry) {
  std::vector<std::optional<std::string>> out(table.rows.size());
  if (column < 0) return out;
  std::vector<bool> own(out.size(), false), blank(out.size(), false);
  for (size_t r = 1; r < out.size(); ++r) {
    out[r] = Cell(patterns, table.rows[r], column);
    own[r] = out[r].has_value();
    blank[r] = static_cast<size_t>(column) >= table.rows[r].size() ||
               TrimItem(table.rows[r][column]).empty();
  }
  const std::vector<long> source = MergedCellSources(own, blank, unit_rows, &carry->from_above);
  for (size_t r = 1; r < out.size(); ++r) {
    if (source[r] >= 0) out[r] = out[source[r]];
    if (source[r] == kFromThePageBefore) out[r] = carry->last;
    if (unit_rows[r] && out[r]) carry->last = out[r];
  }
  return out;
}

// How a row shows in running text: two neighbouring filled cells, the first whole and the first
// word of the next (a wrapped cell goes on a line below): from the row's first cell, and from
// its unit cell. A cell of only a dash is skipped (a dash at a line's start becomes a bullet).
void AddRowTexts(const PatternSet& patterns, const std::vector<std::string>& row, int unit_column,
                 TableTexts* out) {
  std::vector<std::string> filled;
  std::vector<int> columns;
  for (size_t c = 0; c < row.size(); ++c) {
    std::optional<std::string> cell = Cell(patterns, row, static_cast<int>(c));
    if (!cell) continue;
    out->cells.push_back(*cell);
    filled.push_back(std::move(*cell));
    columns.push_back(static_cast<int>(c));
  }
  auto add = [&](size_t k) {
    if (k + 1 < filled.size())
      out->rows.push_back(filled[k] + " " + filled[k + 1].substr(0, filled[k + 1].find(' ')));
  };
  add(0);
  for (size_t k = 1; k < filled.size(); ++k) {
    if (columns[k] == unit_column) add(k);
  }
}

}  // namespace

std::vector<std::string> SlashAlternatives(const std::string& cell) {
  std::vector<std::string> parts;
  for (size_t begin = 0; begin <= cell.size();) {
    const size_t slash = std::min(cell.find('/', begin), cell.size());
    std::string part = TrimItem(cell.substr(begin, slash - begin));  // "Regi / utförare"
    if (!part.empty()) parts.push_back(std::move(part));
    begin = slash + 1;
  }
  return parts;
}

TableTexts TableRowTexts(const ExtractionContext& ctx, const DocumentText& document) {
  TableTexts texts;
  for (const PageText& page : document.pages) {
    for (const TextTable& table : page.tables) {
      const int unit_column =
          ColumnNamed(ctx.patterns, table.rows.front(), PatternId::kTableUnitColumn);
      if (unit_column < 0) continue;
      for (const std::vector<std::string>& row : table.rows) {
        AddRowTexts(ctx.patterns, row, unit_column, &texts);
      }
    }
  }
  return texts;
}

bool IsTableText(const TableTexts& tables, const std::string& text) {
  return std::any_of(tables.rows.begin(), tables.rows.end(),
                     [&](const std::string& row) { return text.find(row) != std::string::npos; }) ||
         std::find(tables.cells.begin(), tables.cells.end(), TrimItem(text)) != tables.cells.end();
}

std::vector<bool> TableSentences(const ExtractionContext& ctx, const TableTexts& tables) {
  std::vector<bool> marked(ctx.sentences.size(), false);
  if (tables.rows.empty()) return marked;
  for (size_t i = 0; i < ctx.sentences.size(); ++i) {
    marked[i] = IsTableText(tables, ctx.sentences[i].text);
  }
  return marked;
}

void AddUnitsFromTables(const ExtractionContext& ctx, const DocumentText& document,
                        UnitCollector* collector) {
  const PatternSet& patterns = ctx.patterns;
  const RE2* no_operator = patterns.Get(PatternId::kTableNoOperator);
  // A table continued on the next page repeats its header; its first rows are still in the
  // section the part before ended in, and in the merged cells it ended in (TableCarry).
  const std::vector<std::string>* previous_header = nullptr;
  size_t previous_page = 0;
  TableCarry carry;
  for (size_t p = 0; p < document.pages.size(); ++p) {
    for (const TextTable& table : document.pages[p].tables) {
      const std::vector<std::string>& header = table.rows.front();
      const int unit_column = ColumnNamed(patterns, header, PatternId::kTableUnitColumn);
      if (unit_column < 0) continue;
      const int department = ColumnNamed(patterns, header, PatternId::kTableDepartmentColumn);
      const int class_column = ColumnNamed(patterns, header, PatternId::kTableClassColumn);
      const int operator_column = ColumnNamed(patterns, header, PatternId::kTableOperatorColumn);
      const bool continued =
          previous_header != nullptr && *previous_header == header && previous_page + 1 == p;
      if (!continued) carry = TableCarry();
      previous_header = &header;
      previous_page = p;
      std::vector<bool> unit_rows(table.rows.size(), false);  // rows with a unit cell
      for (size_t r = 1; r < table.rows.size(); ++r) {
        unit_rows[r] = Cell(patterns, table.rows[r], unit_column).has_value();
      }
      const std::vector<std::string> classes =
          RowClasses(patterns, table, unit_rows, class_column, &carry);
      const std::vector<std::optional<std::string>> departments =
          RowDepartments(patterns, table, unit_rows, department, &carry.departments);
      Sentence where;
      where.offset = p < ctx.text.page_starts.size() ? ctx.text.page_starts[p] : 0;
      for (size_t r = 1; r < table.rows.size(); ++r) {
        const std::vector<std::string>& row = table.rows[r];
        const std::optional<std::string> name = Cell(patterns, row, unit_column);
        if (!name || !SectionClass(patterns, row).empty()) continue;
        UnitMention unit = ReadItem(patterns, *name);
        if (departments[r] && !unit.department) unit.department = departments[r];
        if (!unit.competition_class && !classes[r].empty()) unit.competition_class = classes[r];
        if (auto o = Cell(patterns, row, operator_column); o && !unit.operator_name) {
          if (no_operator == nullptr || !RE2::FullMatch(*o, *no_operator)) unit.operator_name = o;
        }
        unit.via = "table";
        where.text = *name;
        collector->Add(std::move(unit), where);
      }
    }
  }
}

}  // namespace kvreg
