// The figures of one unit's workbook: its progress tables read cell by cell with the check's
// own value reader, so a percent row, a number stored as text or a "-" is read exactly as the
// check read it. A lone "Thực hiện" column that names no period is the figure so far (as the
// check's progress rule reads it), so it goes to the cumulative figure, not the period's.
#include "core/consolidate/consolidate.hpp"

#include "core/check/check_rules.hpp"

namespace p8 {

// check_progress.cpp: does a "Thực hiện" header name one period ("năm 2025", "kỳ báo cáo")?
bool onePeriod(const std::string& header);

namespace {

void tableFigures(const Grid& g, const Table& table, const Plan& plan, UnitFigures& out) {
  std::vector<Finding> scratch;   // the check reported these already
  TotalsBuilder totals;
  const CheckOptions opt;
  CheckContext ctx{plan, opt, scratch, totals};
  const SheetTable t{g, table};
  const TableValues tv = readValues(t, ctx);
  const int targetCol = t.first(ColumnRole::Target);
  const int yearCol = t.first(ColumnRole::PlanYear);
  const int actualCol = t.first(ColumnRole::Actual);
  const int cumulativeCol = t.first(ColumnRole::Cumulative);
  const bool periodActual =
      actualCol >= 0 && (yearCol >= 0 || cumulativeCol >= 0 || onePeriod(t.column(actualCol).header));
  const int soFarCol = cumulativeCol >= 0 ? cumulativeCol : periodActual ? -1 : actualCol;
  for (int ri = 0; ri < t.rowCount(); ++ri) {
    const TableRow& r = t.row(ri);
    const Indicator* ind = tv.rows[ri].indicator;
    if (r.role != RowRole::Item || !ind || !r.districtId.empty()) continue;
    UnitFigure& f = out[ind->code];
    auto take = [&](std::optional<double>& slot, int ci) {
      if (ci >= 0 && !slot && tv.at(ri, ci).v) slot = tv.at(ri, ci).v;
    };
    if (targetCol >= 0 && !f.target && tv.at(ri, targetCol).v) {
      f.target = tv.at(ri, targetCol).v;
      f.targetSheet = t.sheet();
      f.targetCell = t.a1(ri, targetCol);
    }
    take(f.planYear, yearCol);
    if (periodActual) take(f.actual, actualCol);
    take(f.cumulative, soFarCol);
  }
}

}  // namespace

UnitFigures readUnitFigures(const std::vector<Grid>& sheets, const CheckResult& result, const Plan& plan) {
  UnitFigures out;
  for (const Table& table : result.tables) {
    if (table.kind != TableKind::Progress) continue;
    for (const Grid& g : sheets)
      if (g.sheet == table.sheet) {
        tableFigures(g, table, plan, out);
        break;
      }
  }
  // Nothing written for an indicator: no entry (an empty entry would look like a report).
  for (auto it = out.begin(); it != out.end();) {
    const UnitFigure& f = it->second;
    it = !f.target && !f.planYear && !f.actual && !f.cumulative ? out.erase(it) : std::next(it);
  }
  return out;
}

}  // namespace p8
