// The figures a report shows, taken from what the check read: targets, allocations and the
// cumulative figure from the totals (one line per indicator and district, so several tables
// meet there), and the annual plan and the period's figure from the province's progress
// tables, read cell by cell with the check's own value reader (percent rows, text numbers
// and placeholders such as "-" are read exactly as the check reads them).
#include "core/report/report_model.hpp"

#include "core/check/check_rules.hpp"
#include "core/parse/text.hpp"

namespace p8 {
namespace {

void progressFigures(const Grid& g, const Table& table, const Plan& plan, ReportFigures& out) {
  std::vector<Finding> scratch;   // the check reported these already
  TotalsBuilder totals;
  const CheckOptions opt;
  CheckContext ctx{plan, opt, scratch, totals};
  const SheetTable t{g, table};
  const TableValues tv = readValues(t, ctx);
  const int yearCol = t.first(ColumnRole::PlanYear);
  const int actualCol = t.first(ColumnRole::Actual);
  const int cumulativeCol = t.first(ColumnRole::Cumulative);
  // A lone "Thực hiện" column is the figure so far (as the check reads it), not the period's.
  const bool periodActual = actualCol >= 0 && (yearCol >= 0 || cumulativeCol >= 0);
  for (int ri = 0; ri < t.rowCount(); ++ri) {
    const TableRow& r = t.row(ri);
    const Indicator* ind = tv.rows[ri].indicator;
    if (r.role != RowRole::Item || !ind || !r.districtId.empty()) continue;
    IndicatorFigures& f = out.byIndicator[ind->code];
    auto take = [&](std::optional<double>& slot, int ci) {
      if (ci >= 0 && !slot && tv.at(ri, ci).v) slot = tv.at(ri, ci).v;
    };
    take(f.planYear, yearCol);
    if (periodActual) take(f.actualPeriod, actualCol);
    take(f.cumulative, cumulativeCol);
  }
}

}  // namespace

const IndicatorFigures* ReportFigures::find(const std::string& code) const {
  auto it = byIndicator.find(code);
  return it == byIndicator.end() ? nullptr : &it->second;
}

ReportFigures collectFigures(const std::vector<Grid>& sheets, const CheckResult& result, const Plan& plan) {
  ReportFigures out;
  for (const Table& table : result.tables) {
    if (table.kind != TableKind::Progress) continue;
    for (const Grid& g : sheets)
      if (g.sheet == table.sheet) {
        if (titleDistrict(g, table, plan).empty()) progressFigures(g, table, plan, out);   // a district's own report is not the province's
        break;
      }
  }
  for (const Total& t : result.totals) {
    const Indicator* ind = plan.findIndicator(t.indicator);
    if (!ind) continue;
    IndicatorFigures& f = out.byIndicator[ind->code];
    if (!t.district.empty()) {
      if (t.allocated) f.allocated[t.district] = *t.allocated;
      continue;
    }
    if (t.plan) f.planPhase = t.plan;
    if (t.actual && !f.cumulative) f.cumulative = t.actual;
    if (t.allocated && ind->percent) f.allocatedProvince = t.allocated;
  }
  return out;
}

}  // namespace p8
