// The figures of one unit's workbook: its progress tables read cell by cell with the check's
// own value reader, so a percent row, a number stored as text or a "-" is read exactly as the
// check read it. A lone "Thực hiện" column that names no period is the figure so far (as the
// check's progress rule reads it), so it goes to the cumulative figure, not the period's.
#include "core/consolidate/consolidate.hpp"

#include "core/check/table_figures.hpp"

namespace p8 {
namespace {

void addTable(const TableFigures& tf, UnitFigures& out) {
  const bool periodActual = tf.hasActual && (tf.hasPlanYear || tf.hasCumulative || tf.actualNamesPeriod);
  for (const auto& [code, x] : tf.byIndicator) {
    UnitFigure& f = out[code];
    if (!f.target && x.target) {
      f.target = x.target;
      f.targetSheet = tf.sheet;
      f.targetCell = x.targetCell;
    }
    keepFirst(f.planYear, x.planYear);
    if (periodActual) keepFirst(f.actual, x.actual);
    keepFirst(f.cumulative, tf.hasCumulative ? x.cumulative : periodActual ? std::nullopt : x.actual);
  }
}

}  // namespace

UnitFigures readUnitFigures(const std::vector<Grid>& sheets, const CheckResult& result, const Plan& plan) {
  UnitFigures out;
  for (const TableFigures& tf : readProgressFigures(sheets, result, plan, false)) addTable(tf, out);
  // Nothing written for an indicator: no entry (an empty entry would look like a report).
  for (auto it = out.begin(); it != out.end();) {
    const UnitFigure& f = it->second;
    it = !f.target && !f.planYear && !f.actual && !f.cumulative ? out.erase(it) : std::next(it);
  }
  return out;
}

}  // namespace p8
