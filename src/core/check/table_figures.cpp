// Reading a progress table's figures (see table_figures.hpp): the check's value reader run
// once more on a recognised table, its findings dropped (the check reported them already).
#include "core/check/table_figures.hpp"

#include "core/check/check_rules.hpp"

namespace p8 {

TableFigures readTableFigures(const Grid& g, const Table& table, const Plan& plan) {
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
  TableFigures out;
  out.sheet = t.sheet();
  out.hasPlanYear = yearCol >= 0;
  out.hasActual = actualCol >= 0;
  out.hasCumulative = cumulativeCol >= 0;
  out.actualNamesPeriod = actualCol >= 0 && onePeriod(t.column(actualCol).header);
  for (int ri = 0; ri < t.rowCount(); ++ri) {
    const TableRow& r = t.row(ri);
    const Indicator* ind = tv.rows[ri].indicator;
    if (r.role != RowRole::Item || !ind || !r.districtId.empty()) continue;
    TableFigure& f = out.byIndicator[ind->code];
    auto take = [&](std::optional<double>& slot, int ci) {
      if (ci >= 0 && !slot && tv.at(ri, ci).v) slot = tv.at(ri, ci).v;
    };
    if (targetCol >= 0 && !f.target && tv.at(ri, targetCol).v) {
      f.target = tv.at(ri, targetCol).v;
      f.targetCell = t.a1(ri, targetCol);
    }
    take(f.planYear, yearCol);
    take(f.actual, actualCol);
    take(f.cumulative, cumulativeCol);
  }
  return out;
}

std::vector<TableFigures> readProgressFigures(const std::vector<Grid>& sheets, const CheckResult& result,
                                              const Plan& plan, bool provinceOnly) {
  std::vector<TableFigures> out;
  for (const Table& table : result.tables) {
    if (table.kind != TableKind::Progress) continue;
    for (const Grid& g : sheets)
      if (g.sheet == table.sheet) {
        if (!provinceOnly || titleDistrict(g, table, plan).empty()) out.push_back(readTableFigures(g, table, plan));
        break;
      }
  }
  return out;
}

}  // namespace p8
