// A plain 2-D model of a sheet region, filled by the adapter from one bulk read (values,
// formula texts, error values, merged areas, hidden rows) — never cell by cell. A grid may
// be a transposed view (districts as rows): a1() then maps back to the sheet's address.
#pragma once
#include <string>
#include <vector>

namespace p8 {

struct Cell {
  enum class Type { Empty, Number, Text, Error };
  Type type = Type::Empty;
  double number = 0;
  std::string text;            // Text content, or the error text ("#REF!") for Error
  std::string formula;         // "=SUM(B2:B9)" when the cell holds a formula
  bool mergedCovered = false;  // covered by a merged area anchored elsewhere
};

struct MergedArea { int top, left, bottom, right; };   // absolute sheet coords, inclusive

struct Grid {
  std::string sheet;
  int originRow = 0, originCol = 0;    // absolute position of cells[0][0]
  int rows = 0, cols = 0;
  std::vector<Cell> cells;             // row-major
  std::vector<MergedArea> merges;
  std::vector<bool> hiddenRows, hiddenCols;
  bool transposed = false;             // a view: (r, c) is sheet (c, r)

  Grid() = default;
  Grid(std::string sheetName, int rowCount, int colCount);
  const Cell& at(int r, int c) const;  // out of range → an empty cell
  Cell& at(int r, int c);
  std::string a1(int r, int c) const;  // absolute A1 address of relative (r, c)
  Grid transposedView() const;
};

std::string columnName(int col);       // 0 → "A", 26 → "AA"
std::string rangeA1(const Grid& g, int top, int left, int bottom, int right);

}  // namespace p8
