#include "core/grid.hpp"

#include <algorithm>

namespace p8 {

Grid::Grid(std::string sheetName, int rowCount, int colCount)
    : sheet(std::move(sheetName)), rows(std::max(0, rowCount)), cols(std::max(0, colCount)),
      cells(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols)) {}

const Cell& Grid::at(int r, int c) const {
  static const Cell empty;
  if (r < 0 || c < 0 || r >= rows || c >= cols) return empty;
  return cells[static_cast<std::size_t>(r) * cols + c];
}

Cell& Grid::at(int r, int c) {
  static Cell scratch;
  if (r < 0 || c < 0 || r >= rows || c >= cols) {
    scratch = Cell();
    return scratch;
  }
  return cells[static_cast<std::size_t>(r) * cols + c];
}

std::string columnName(int col) {
  std::string name;
  for (int n = col + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), char('A' + (n - 1) % 26));
  return name;
}

std::string Grid::a1(int r, int c) const {
  if (transposed) std::swap(r, c);
  return columnName(originCol + c) + std::to_string(originRow + r + 1);
}

std::string rangeA1(const Grid& g, int top, int left, int bottom, int right) {
  if (g.transposed) {
    std::swap(top, left);
    std::swap(bottom, right);
  }
  Grid plain;
  plain.originRow = g.originRow;
  plain.originCol = g.originCol;
  return plain.a1(top, left) + ":" + plain.a1(bottom, right);
}

Grid Grid::transposedView() const {
  Grid t(sheet, cols, rows);
  t.originRow = originRow;
  t.originCol = originCol;
  t.transposed = !transposed;
  t.merges = merges;
  t.hiddenRows = hiddenCols;
  t.hiddenCols = hiddenRows;
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) t.at(c, r) = at(r, c);
  return t;
}

}  // namespace p8
