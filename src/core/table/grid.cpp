// Grid access that never fails: out-of-range reads give an empty cell, so recognition and
// checks can look around a cell (above, left, past the edge) without bounds checks.
#include "core/table/grid.hpp"

#include <algorithm>

namespace p8 {

Grid::Grid(std::string sheetName, int rowCount, int colCount)
    : sheet(std::move(sheetName)), rows(std::max(0, rowCount)), cols(std::max(0, colCount)),
      cells(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols)) {}

const Cell& Grid::at(int r, int c) const {
  static const Cell empty;
  if (r < 0 || c < 0 || r >= rows || c >= cols) return empty;
  const std::size_t i = static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) + static_cast<std::size_t>(c);
  return i < cells.size() ? cells[i] : empty;   // a grid whose cells were not sized (rows*cols) stays safe
}

Cell& Grid::at(int r, int c) {
  static thread_local Cell scratch;
  const std::size_t i = static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) + static_cast<std::size_t>(c);
  if (r < 0 || c < 0 || r >= rows || c >= cols || i >= cells.size()) {
    scratch = Cell();
    return scratch;
  }
  return cells[i];
}

bool Grid::rowHidden(int r) const {
  return r >= 0 && static_cast<std::size_t>(r) < hiddenRows.size() && hiddenRows[static_cast<std::size_t>(r)];
}

bool Grid::colHidden(int c) const {
  return c >= 0 && static_cast<std::size_t>(c) < hiddenCols.size() && hiddenCols[static_cast<std::size_t>(c)];
}

const MergedArea* Grid::mergeAt(int r, int c) const {
  const int ar = originRow + r, ac = originCol + c;
  for (const auto& m : merges)
    if (ar >= m.top && ar <= m.bottom && ac >= m.left && ac <= m.right) return &m;
  return nullptr;
}

std::string columnName(int col) {
  std::string name;
  if (col < 0) return name;
  for (long n = static_cast<long>(col) + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), char('A' + (n - 1) % 26));
  return name;
}

std::string cellA1(int absRow, int absCol) {
  return columnName(absCol) + std::to_string(static_cast<long>(absRow) + 1);
}

std::string Grid::a1(int r, int c) const { return cellA1(originRow + r, originCol + c); }

std::string rangeA1(const Grid& g, int top, int left, int bottom, int right) {
  if (top > bottom) std::swap(top, bottom);
  if (left > right) std::swap(left, right);
  const std::string a = g.a1(top, left), b = g.a1(bottom, right);
  return a == b ? a : a + ":" + b;
}

int mainBlockEnd(std::vector<std::pair<int, int>> spans, int maxGap, int* skipped) {
  if (skipped) *skipped = -1;
  if (spans.empty()) return -1;
  std::sort(spans.begin(), spans.end());
  int end = spans.front().second;
  for (std::size_t i = 1; i < spans.size(); ++i) {
    if (spans[i].first > end + maxGap + 1) {
      if (skipped) *skipped = spans[i].first;
      return end;
    }
    end = std::max(end, spans[i].second);
  }
  return end;
}

}  // namespace p8
