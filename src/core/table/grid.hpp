// A plain 2-D model of a sheet region, filled by the adapter from one bulk read (values,
// formula texts, error values, merged areas, hidden rows/columns) — never cell by cell.
// Coordinates inside a Grid are relative to its origin; a1()/rangeA1() give the sheet's
// absolute addresses, which is what findings and users see.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace p8 {

struct Cell {
  enum class Type { Empty, Number, Text, Error };
  Type type = Type::Empty;
  double number = 0;
  std::string text;            // Text content, or the error text ("#REF!") for Error
  std::string formula;         // "=SUM(B2:B9)" when the cell holds a formula, else ""
  bool mergedCovered = false;  // covered by a merged area anchored elsewhere
};

// Absolute 0-based sheet coordinates, inclusive.
struct MergedArea { int top = 0, left = 0, bottom = 0, right = 0; };

struct Grid {
  std::string sheet;
  int originRow = 0, originCol = 0;    // absolute sheet position of cells[0]
  int rows = 0, cols = 0;
  std::vector<Cell> cells;             // row-major rows*cols
  std::vector<MergedArea> merges;
  std::vector<bool> hiddenRows, hiddenCols;   // may be empty (= none hidden)
  // A1 address of the first content cell the reader left out because it lies far from the
  // rest (see mainBlockEnd); "" when everything was read. The check reports it (INFO).
  std::string skippedFrom;

  Grid() = default;
  Grid(std::string sheetName, int rowCount, int colCount);   // all cells empty
  const Cell& at(int r, int c) const;  // relative to origin; out of range → a static empty cell
  Cell& at(int r, int c);              // out of range → a scratch cell (writes are lost)
  std::string a1(int r, int c) const;  // absolute A1 address of relative (r, c), e.g. "D9"
  bool rowHidden(int r) const;
  bool colHidden(int c) const;
  // The merged area (absolute coords) that contains relative (r, c), nullptr when none.
  const MergedArea* mergeAt(int r, int c) const;
};

// Content far below (or right of) the tables — a stray " " in row 1,040,000 — would make a
// reader fetch a million empty rows. Given the spans of rows (or columns) holding content, the
// last index of the main block: content after a gap of more than maxGap empty indices is left
// out. *skipped gets the first index left out, -1 when none.
int mainBlockEnd(std::vector<std::pair<int, int>> spans, int maxGap, int* skipped);
constexpr int kMaxRowGap = 1000, kMaxColGap = 100;

std::string columnName(int col);       // 0 → "A", 26 → "AA"; negative → ""
std::string cellA1(int absRow, int absCol);   // absolute 0-based → "D9"
// Absolute A1 range of relative rectangle, e.g. "A4:K16" ("A4" when it is one cell).
std::string rangeA1(const Grid& g, int top, int left, int bottom, int right);

}  // namespace p8
