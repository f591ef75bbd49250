// Finding tables in a sheet someone else made: title rows above, headers over several rows
// (merged group headers, a numbering row "1 2 3" or "(1) (2)"), other spellings of the
// column names, districts as columns or as rows. The result names each column's role and
// each row's role, so the checks never guess positions.
#pragma once
#include "core/finding.hpp"
#include "core/grid.hpp"
#include "core/plan.hpp"

#include <deque>
#include <string>
#include <vector>

namespace p8 {

enum class TableKind { Allocation, Appendix, Progress };
const char* tableKindCode(TableKind k);   // "allocation" | "appendix" | "progress"

enum class ColumnRole { Number, Name, Unit, Target, District, Total, Timeline, PlanYear, Actual,
                        Cumulative, Rate, Note, Other };
struct TableColumn {
  int col = 0;
  ColumnRole role = ColumnRole::Other;
  std::string header;       // header text of the column (all header rows joined)
  std::string districtId;   // for District columns
};

enum class RowRole { Section, Item, Total, Blank };
struct TableRow {
  int row = 0;
  RowRole role = RowRole::Item;
  std::string number, label;
  std::string indicatorCode;   // matched plan indicator, "" when none
  int level = 1;               // 0 part (I, Nội dung 1), 1 item (1, HĐ1), 2 sub-item (1.1, 01)
};

struct Table {
  TableKind kind = TableKind::Allocation;
  const Grid* grid = nullptr;  // the (possibly transposed) grid the rows/columns refer to
  std::string sheet, range;
  int top = 0, left = 0, bottom = 0, right = 0;   // whole table incl. header
  int headerTop = 0, headerBottom = 0;
  bool districtsAsRows = false;
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows;

  int columnIndex(ColumnRole role) const;         // first column of a role, -1 if none
  const Cell& cell(const TableRow& r, const TableColumn& c) const { return grid->at(r.row, c.col); }
  std::string a1(const TableRow& r, const TableColumn& c) const { return grid->a1(r.row, c.col); }
};

struct Recognition {
  std::vector<Table> tables;
  std::vector<Finding> findings;
  std::deque<Grid> views;      // transposed views the tables point into (stable addresses)
};

// `views` must outlive the tables: keep the Recognition object while using them.
void recognizeTables(const Grid& grid, const Plan& plan, Recognition& out);

}  // namespace p8
