// How the check reaches cells and tables through the table area's API. The table area is
// moving from `void recognizeTables(grid, plan, out)` + `Table::grid` to the contract of
// api.md (`Recognition recognizeTables(grid, plan)` + `tableCell`/`tableCellA1`, which hide
// districts-as-rows). Overload resolution picks whichever the header provides, so both
// compile; once recognize.hpp follows api.md the fallbacks (the `long` overloads) can go.
#include "core/check/check_rules.hpp"

#include <utility>

namespace p8 {
namespace {

template <class T>
auto cellVia(const Grid& g, const T& t, int ri, int ci, int) -> decltype(tableCell(g, t, ri, ci)) {
  return tableCell(g, t, ri, ci);
}
template <class T>
const Cell& cellVia(const Grid& g, const T& t, int ri, int ci, long) {
  const Grid& view = t.grid ? *t.grid : g;
  return view.at(t.rows[ri].row, t.columns[ci].col);
}

template <class T>
auto a1Via(const Grid& g, const T& t, int ri, int ci, int) -> decltype(tableCellA1(g, t, ri, ci)) {
  return tableCellA1(g, t, ri, ci);
}
template <class T>
std::string a1Via(const Grid& g, const T& t, int ri, int ci, long) {
  const Grid& view = t.grid ? *t.grid : g;
  return view.a1(t.rows[ri].row, t.columns[ci].col);
}

template <class G>
auto recognizeVia(const G& g, const Plan& p, int) -> decltype(Recognition(recognizeTables(g, p))) {
  return recognizeTables(g, p);
}
template <class G>
Recognition recognizeVia(const G& g, const Plan& p, long) {
  Recognition out;
  recognizeTables(g, p, out);
  return out;
}

template <class T>
auto detach(T& t, int) -> decltype(void(t.grid = nullptr)) { t.grid = nullptr; }
template <class T>
void detach(T&, long) {}

}  // namespace

const Cell& SheetTable::cell(int ri, int ci) const { return cellVia(grid, table, ri, ci, 0); }
std::string SheetTable::a1(int ri, int ci) const { return a1Via(grid, table, ri, ci, 0); }

Recognition recognizeSheet(const Grid& grid, const Plan& plan) { return recognizeVia(grid, plan, 0); }

Table detachedCopy(const Table& t) {
  Table copy = t;
  detach(copy, 0);
  return copy;
}

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
