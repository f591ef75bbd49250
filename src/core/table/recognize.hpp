// Finding tables in a sheet someone else made: title rows above, headers over several rows
// (merged group headers, line breaks, a numbering row "1 2 3" or "(1) (2)"), other spellings
// of the column names, districts as columns or as rows, notes below. The result names each
// column's role and each row's role, so the checks never guess positions.
//
// Orientation: when districts are written down the first column and indicators across
// (districtsAsRows), the table is read transposed. Every coordinate in a Table (top, left,
// bottom, right, headerTop/Bottom, TableRow::row, TableColumn::col) is then in the TABLE's
// orientation: TableRow::row is a grid column and TableColumn::col a grid row. tableCell()
// and tableCellA1() map back, so checks see one orientation and report sheet addresses;
// gridArea() gives the table's rectangle in grid coordinates.
#pragma once
#include "core/check/finding.hpp"
#include "core/table/grid.hpp"
#include "core/plan/plan.hpp"

#include <string>
#include <vector>

namespace p8 {

enum class TableKind { Allocation, Appendix, Progress };
const char* tableKindCode(TableKind k);   // "allocation" | "appendix" | "progress" (stable, used in JSON)

enum class ColumnRole { Number, Name, Unit, Target, District, Total, Timeline, PlanYear, Actual,
                        Cumulative, Rate, Note, Other };
const char* columnRoleCode(ColumnRole r);   // "number", "name", … "other" (stable)

struct TableColumn {
  int col = 0;
  ColumnRole role = ColumnRole::Other;
  std::string header;       // header text of the column, header rows joined top to bottom with " / "
  std::string districtId;   // for District columns
  bool unlisted = false;    // a District column whose header names no unit of the plan
                            // (reported district-unknown once; its figures still count in sums)
  ColumnRole group = ColumnRole::Other;   // what the header rows above say ("Thực hiện" over districts)
  std::string partOf;       // a breakdown sub-column of this district's figure ("Ba Bể" over
                            // "Thành lập mới | Củng cố | Tổng": the first two; the total is the District column);
                            // "*" for such a column under the table's total ("Tổng cộng" over "Thành lập mới")
  bool subset = false;      // a breakdown that is a part of the total only ("Trong đó: Nữ", "DTTS"), not
                            // a share of a partition: never added up with the others
};

enum class RowRole { Section, Item, Total, Blank };
const char* rowRoleCode(RowRole r);   // "section" | "item" | "total" | "blank" (stable)

struct TableRow {
  int row = 0;
  RowRole role = RowRole::Item;
  std::string number;          // the TT as written ("I", "1.1", "HĐ 2", "01", "Nội dung 1"); "" when none
  std::string label;           // the row's name (trimmed)
  std::string indicatorCode;   // matched plan indicator ("" when none)
  int level = 0;               // 0 part (I, Nội dung 1), 1 item (1, HĐ1, a), 2 sub-item (1.1, 01), 3 (2.3.1) …
  std::string districtId;      // the row names a district (progress per district); "" otherwise
};

struct Table {
  TableKind kind = TableKind::Allocation;
  std::string sheet;
  int top = 0, left = 0, bottom = 0, right = 0;   // whole table incl. header (inclusive), table orientation
  int headerTop = 0, headerBottom = 0;            // header rows, incl. a numbering row under them
  bool districtsAsRows = false;                   // read transposed, see above
  std::vector<TableColumn> columns;               // left to right
  std::vector<TableRow> rows;                     // data rows only, top to bottom (blank rows inside kept as Blank)
  std::string range;                              // absolute A1 range on the sheet, e.g. "A4:K16"

  int columnIndex(ColumnRole role) const;         // index in columns of the first column of a role, -1 if none
};

struct GridRect { int top = 0, left = 0, bottom = 0, right = 0; };
GridRect gridArea(const Table& t);   // the table's rectangle in grid (not table) coordinates

// findings: district-unknown, district-duplicate, district-missing, found while reading headers.
struct Recognition {
  std::vector<Table> tables;   // in reading order (top to bottom, then left to right)
  std::vector<Finding> findings;
};
// Never throws for any grid content; linear in the number of cells.
Recognition recognizeTables(const Grid& grid, const Plan& plan);

// Accessors that hide the orientation: the value cell of (index in table.rows, index in
// table.columns). Out-of-range indices give an empty cell / "".
const Cell& tableCell(const Grid& grid, const Table& table, int rowIdx, int colIdx);
std::string tableCellA1(const Grid& grid, const Table& table, int rowIdx, int colIdx);

}  // namespace p8
