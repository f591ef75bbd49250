// The figures of one progress table, per plan indicator, read with the check's own value
// reader (check_values.cpp): a percent row, a number stored as text or a "-" reads exactly as
// the check read it. The report (collectFigures) and the consolidation (readUnitFigures)
// both show these figures; each decides which column is the period's figure and which the
// figure so far from the column facts given here, so the reading itself lives in one place.
#pragma once
#include "core/check/check.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace p8 {

// The first figure of each column on the province's rows of one indicator (rows naming a
// district are that district's and are left out).
struct TableFigure {
  std::optional<double> target;      // Kế hoạch giai đoạn
  std::string targetCell;            // its cell (A1), where target is given
  std::optional<double> planYear;    // Kế hoạch năm
  std::optional<double> actual;      // the first "Thực hiện" column
  std::optional<double> cumulative;  // Lũy kế
};

struct TableFigures {
  std::string sheet;
  bool hasPlanYear = false, hasActual = false, hasCumulative = false;
  bool actualNamesPeriod = false;    // the first "Thực hiện" header names one period ("năm 2025")
  // Every indicator a row of the table matched, even with no figure written.
  std::map<std::string, TableFigure> byIndicator;   // indicator code → figures
};

// The table is one the check recognised in grid g (a Progress table).
TableFigures readTableFigures(const Grid& g, const Table& table, const Plan& plan);
// Every progress table of a check's result, in the result's order. With provinceOnly, a table
// whose title names a district (that district's own report, titleDistrict) is left out.
std::vector<TableFigures> readProgressFigures(const std::vector<Grid>& sheets, const CheckResult& result,
                                              const Plan& plan, bool provinceOnly);

// Several tables may give one indicator's figure: the first one given is kept.
inline void keepFirst(std::optional<double>& slot, const std::optional<double>& v) {
  if (!slot && v) slot = v;
}

}  // namespace p8
