// The share-out of the plan's targets over the units, judged over the whole workbook. Most
// workbooks hold one allocation table; some split it over sheets BY UNIT ("Huyện 1-4",
// "Huyện 5-8": the same indicator rows, other districts on each). Tables that share indicator
// rows and name other units are read as one table: a unit seen in any of them is not missing,
// their sum (each unit once) is set against the target, the province line of the totals is
// that sum, and a grand total on one sheet over all of them is no sum-mismatch. Tables split
// BY INDICATOR (every unit on each sheet) stay tables of their own. One root cause, one
// finding: a unit on two of the sheets is district-duplicate once, a unit on none
// district-missing once (and no allocation-under beside it). The allocated lines of the
// totals come from here too: a share-out to the whole province before a pilot table's.
#pragma once
#include "core/check/check_rules.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace p8 {

// One indicator row of an allocation table, as the share-out sees it.
struct ShareRow {
  const Indicator* indicator = nullptr;
  int occurrence = 0;    // 0 for the indicator's first row in its table, 1 for a second …
  std::vector<std::pair<std::string, double>> units;   // plan unit id → its figure, left to right
  std::vector<std::pair<std::string, double>> firsts;  // … its first column's figure (for the totals)
  std::optional<double> others;   // the province's own share and units the plan does not know
  std::string unlisted;           // the names of those units, as the sheet writes them
  bool unknown = false;           // a part is an error or no number: the sum is unknown
  std::string at, label;          // the row's first Total cell (else its label); its label cell
  std::optional<double> total;    // the first Total cell's figure
  struct TotalCell { int column; std::string cell; double v; };
  std::vector<TotalCell> totals;  // every Total cell with a figure: table column, A1, value
  std::optional<double> sum() const;   // the table's own sum of the row (units and others)
};

struct TableShare {
  std::string sheet, origin;   // origin: the table's top-left cell ("A4"), as district-missing names it
  std::vector<std::pair<std::string, std::string>> units;   // plan unit id → its header cell, left to right
  int unlisted = 0;            // unit columns the plan does not know (each reported district-unknown)
  int repeated = 0;            // columns naming a unit a second time (each reported district-duplicate)
  std::vector<ShareRow> rows;
};

// What an allocation table shares out, read once while its grid is at hand (check_shareout.cpp).
TableShare readShare(const SheetTable& t, const TableValues& tv);
// After every table of the workbook: allocation-under/over, the allocated lines of the totals,
// and for tables split by unit their district-missing and district-duplicate (replacing the
// per-table ones) and their grand totals.
void judgeShares(const std::vector<TableShare>& tables, CheckContext& ctx);

}  // namespace p8
