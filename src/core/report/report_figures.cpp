// The figures a report shows, taken from what the check read: targets, allocations and the
// cumulative figure from the totals (one line per indicator and district, so several tables
// meet there), and the annual plan and the period's figure from the province's progress
// tables, read cell by cell with the check's own value reader (percent rows, text numbers
// and placeholders such as "-" are read exactly as the check reads them).
#include "core/report/report_model.hpp"

#include "core/check/table_figures.hpp"

namespace p8 {
namespace {

void addProgressTable(const TableFigures& tf, ReportFigures& out) {
  // A lone "Thực hiện" column is the figure so far (as the check reads it), not the period's.
  const bool periodActual = tf.hasActual && (tf.hasPlanYear || tf.hasCumulative);
  for (const auto& [code, x] : tf.byIndicator) {
    IndicatorFigures& f = out.byIndicator[code];
    keepFirst(f.planYear, x.planYear);
    if (periodActual) keepFirst(f.actualPeriod, x.actual);
    keepFirst(f.cumulative, x.cumulative);
  }
}

}  // namespace

const IndicatorFigures* ReportFigures::find(const std::string& code) const {
  auto it = byIndicator.find(code);
  return it == byIndicator.end() ? nullptr : &it->second;
}

ReportFigures collectFigures(const std::vector<Grid>& sheets, const CheckResult& result, const Plan& plan) {
  ReportFigures out;
  // A district's own report is not the province's.
  for (const TableFigures& tf : readProgressFigures(sheets, result, plan, true)) addProgressTable(tf, out);
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
