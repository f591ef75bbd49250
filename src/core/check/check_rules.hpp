// Shared by the rule families (check_*.cpp), not by callers of the check. A table is read
// once (check_values.cpp): every number cell becomes a Value and every impossible value a
// finding at its cell; the other families (sums, allocation, progress) then work on those
// Values and never report a bad cell a second time.
#pragma once
#include "core/check/check.hpp"

#include <optional>
#include <string>
#include <vector>

namespace p8 {

// The sheet the one-click check writes its findings to (src/uno/check/findings_sheet):
// replaced on every check, never input.
extern const char* const kResultsSheet;
// Whether a sheet holds anything: a number, an error or a text that is not blank.
bool hasContent(const Grid& g);

// A recognised table and the sheet grid its cells come from. Rows and columns are the
// table's (districts as rows are already turned round); cell()/a1() map back to the sheet.
struct SheetTable {
  const Grid& grid;
  const Table& table;
  int rowCount() const { return static_cast<int>(table.rows.size()); }
  int columnCount() const { return static_cast<int>(table.columns.size()); }
  const TableRow& row(int ri) const { return table.rows[ri]; }
  const TableColumn& column(int ci) const { return table.columns[ci]; }
  const Cell& cell(int ri, int ci) const;          // check_access.cpp
  std::string a1(int ri, int ci) const;            // check_access.cpp
  int first(ColumnRole role) const;                // first column index of a role, -1 if none
  std::vector<int> all(ColumnRole role) const;
  std::string labelA1(int ri) const;               // the row's label cell (name, TT or first)
  const std::string& sheet() const { return table.sheet; }
};

// Recognition through the table area's API (check_access.cpp).
Recognition recognizeSheet(const Grid& grid, const Plan& plan);
// A copy of a table that may outlive the recognition it came from.
Table detachedCopy(const Table& t);

// What a row counts: whole things (tổ, cuộc, lớp…), a percentage, or anything else.
enum class Measure { Plain, Count, Percent };
// "tổ" → Count, "%" → Percent, "triệu đồng" → Plain; nullopt for a unit it does not know.
std::optional<Measure> measureOfUnit(const std::string& unit);

struct Value {
  std::optional<double> v;   // percentages as fractions (0.15)
  bool fromText = false;     // a number stored as text (SUM in the sheet ignores it)
  bool unknown = false;      // an error value or text that is no number: already reported, and
                             // any sum over it is unknown too (so no second finding follows)
};

struct RowInfo {
  const Indicator* indicator = nullptr;   // matched plan indicator
  Measure measure = Measure::Plain;
};

struct TableValues {
  // The columns a row's total adds up: the districts, and a column for the province's own
  // share ("Cấp tỉnh", "Tỉnh") when the table has one.
  std::vector<int> parts;
  std::vector<RowInfo> rows;                 // one per table row
  std::vector<std::vector<Value>> cells;     // [row][column]; empty Value where not numeric
  const Value& at(int ri, int ci) const { return cells[ri][ci]; }
};

struct CheckContext {
  const Plan& plan;
  const CheckOptions& opt;
  std::vector<Finding>& findings;
  TotalsBuilder& totals;
  void add(const char* code, const SheetTable& t, std::string cell, std::string expected,
           std::string actual, std::string vi, std::string en);
};

// Numbers: tolerance of sums (formulas add floating error), vi-VN text for messages.
bool nearlyEqual(double a, double b);          // 1e-6 relative + 1e-9 absolute
std::string viNumber(double v, Measure m);     // "1.234", "12,5%"
std::string enNumber(double v, Measure m);     // "1234", "12.5%"

// Families, in the order checkWorkbook applies them.
bool isNumberColumn(TableKind kind, ColumnRole role);
TableValues readValues(const SheetTable& t, CheckContext& ctx);         // check_values.cpp
void checkSums(const SheetTable& t, const TableValues& v, CheckContext& ctx);        // check_sums.cpp
// Shared by the sums (check_sums.cpp): a total that misses its parts, at its cell; the unit
// columns a Total column adds up (the same figure's with KH | TH per unit).
void reportSumMismatch(const SheetTable& t, int ri, int ci, double expected, double actual, const std::string& partsVi,
                       const std::string& partsEn, const std::string& fix, const std::vector<std::string>& textCells,
                       CheckContext& ctx);
std::vector<int> unitPartsOf(const SheetTable& t, const TableValues& tv, int totalCol);
// Totals over breakdown sub-columns (check_breakdown.cpp): per column, the columns its total
// adds up (empty for most); the units' columns of a province share's figure; the check.
using Breakdowns = std::vector<std::vector<int>>;
Breakdowns breakdowns(const SheetTable& t);
std::vector<int> unitShares(const SheetTable& t, const Breakdowns& bd, int provinceShare);
void checkBreakdownTotals(const SheetTable& t, const TableValues& tv, const Breakdowns& bd, CheckContext& ctx);
// Does the province's Tổng at (ri, tc) add up its breakdown, a share of which misses the
// units' same share (reported there)? Then its gap to the units follows from that share.
bool followsFromShare(const SheetTable& t, const TableValues& tv, const Breakdowns& bd, int ri, int tc);
void checkIndicatorRows(const SheetTable& t, CheckContext& ctx);        // check_allocation.cpp
void checkAllocation(const SheetTable& t, const TableValues& v, CheckContext& ctx);  // check_allocation.cpp
// Returns the plan indicators whose appendix rows were found (for indicator-missing).
std::vector<std::string> checkAppendix(const SheetTable& t, CheckContext& ctx);   // check_appendix.cpp
void checkProgress(const SheetTable& t, const TableValues& v, CheckContext& ctx);    // check_progress.cpp

// A district's own report names the district in the title rows above the table: its id;
// "" for the province's table (check_progress.cpp; the report reads figures the same way).
std::string titleDistrict(const Grid& g, const Table& table, const Plan& plan);
// Does a "Thực hiện" header name one period ("năm 2025", "kỳ báo cáo") rather than the
// figure so far ("đến nay", "lũy kế")? (check_progress.cpp; table_figures.cpp reads it too)
bool onePeriod(const std::string& header);

}  // namespace p8
