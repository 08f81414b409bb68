// Units in tables: a table (read from the page's word boxes, kvreg/document_text.h) whose
// header names a unit column (fields.re2 table_unit_column: "Enhet", "Verksamhet") gives one
// unit per row, with its department, class and operator from the columns whose headers say so
// ("Avdelning", "Klass"/"Tävlingsklass", "Utförare"); "Egen regi" is no operator. A column of
// contact persons is nobody's unit. A table split over pages repeats its header, so each part
// is read as a table of its own.
#include "extract_internal.h"
#include "kvreg/normalize.h"
#include "unit_items.h"

namespace kvreg {
namespace {

// The index of the first header cell that `field`'s pattern full-matches, or -1.
int ColumnNamed(const PatternSet& patterns, const std::vector<std::string>& header,
                const char* field) {
  const RE2* re = patterns.Find("fields", field);
  if (re == nullptr) return -1;
  for (size_t c = 0; c < header.size(); ++c) {
    if (RE2::FullMatch(header[c], *re)) return static_cast<int>(c);
  }
  return -1;
}

std::optional<std::string> Cell(const std::vector<std::string>& row, int column) {
  if (column < 0 || static_cast<size_t>(column) >= row.size()) return std::nullopt;
  std::string text = TrimItem(CollapseWhitespace(NormalizeLine(row[column])));
  if (text.empty()) return std::nullopt;
  return text;
}

}  // namespace

void AddUnitsFromTables(const ExtractionContext& ctx, const DocumentText& document,
                        UnitCollector* collector) {
  const PatternSet& patterns = ctx.patterns;
  const RE2* no_operator = patterns.Find("fields", "table_no_operator");
  for (size_t p = 0; p < document.pages.size(); ++p) {
    for (const TextTable& table : document.pages[p].tables) {
      const std::vector<std::string>& header = table.rows.front();
      const int unit_column = ColumnNamed(patterns, header, "table_unit_column");
      if (unit_column < 0) continue;
      const int department = ColumnNamed(patterns, header, "table_department_column");
      const int class_column = ColumnNamed(patterns, header, "table_class_column");
      const int operator_column = ColumnNamed(patterns, header, "table_operator_column");
      Sentence where;
      where.offset = p < ctx.text.page_starts.size() ? ctx.text.page_starts[p] : 0;
      for (size_t r = 1; r < table.rows.size(); ++r) {
        const std::vector<std::string>& row = table.rows[r];
        const std::optional<std::string> name = Cell(row, unit_column);
        if (!name) continue;
        UnitMention unit = ReadItem(patterns, *name);
        if (auto d = Cell(row, department); d && !unit.department) unit.department = d;
        if (auto c = Cell(row, class_column); c && !unit.competition_class) {
          const std::string class_name = patterns.ClassIn(*c);
          if (!class_name.empty()) unit.competition_class = class_name;
        }
        if (auto o = Cell(row, operator_column); o && !unit.operator_name) {
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
