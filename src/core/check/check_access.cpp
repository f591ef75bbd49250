// How the check reaches cells and tables through the table area's API: recognition of a
// sheet, and cells by table row/column (tableCell/tableCellA1 hide districts-as-rows).
#include "core/check/check_rules.hpp"

#include "core/parse/text.hpp"

#include <algorithm>

namespace p8 {

const char* const kResultsSheet = "P8 Kết quả kiểm tra";

bool hasContent(const Grid& g) {
  return std::any_of(g.cells.begin(), g.cells.end(), [](const Cell& c) {
    return c.type == Cell::Type::Number || c.type == Cell::Type::Error ||
           (c.type == Cell::Type::Text && !text::isBlank(c.text));
  });
}

const Cell& SheetTable::cell(int ri, int ci) const { return tableCell(grid, table, ri, ci); }
std::string SheetTable::a1(int ri, int ci) const { return tableCellA1(grid, table, ri, ci); }

Recognition recognizeSheet(const Grid& grid, const Plan& plan) { return recognizeTables(grid, plan); }

// A table as the result keeps it: tables hold no pointer into the sheet's grid, a copy is whole.
Table detachedCopy(const Table& t) { return t; }

int SheetTable::first(ColumnRole role) const {
  for (int ci = 0; ci < columnCount(); ++ci)
    if (table.columns[ci].role == role) return ci;
  return -1;
}

std::vector<int> SheetTable::all(ColumnRole role) const {
  std::vector<int> out;
  for (int ci = 0; ci < columnCount(); ++ci)
    if (table.columns[ci].role == role) out.push_back(ci);
  return out;
}

std::string SheetTable::labelA1(int ri) const {
  int ci = first(ColumnRole::Name);
  if (ci < 0) ci = first(ColumnRole::Number);
  if (ci < 0) ci = 0;
  if (ci >= columnCount()) return "";
  return a1(ri, ci);
}

}  // namespace p8
