// The consolidated report's picture: how much of its allocated target each reporting unit has
// reached, as a block of the report's own cells that a Calc chart is drawn over (the office
// side, uno/report/report_chart, makes the chart). One row per unit expected in the period:
// its name — "(chưa báo cáo)" when no file was counted, so the unit shows with an empty bar
// instead of vanishing —, its share of each indicator's allocated target (Thực hiện kỳ báo cáo /
// chỉ tiêu được giao) and the average of those shares as a live formula, which the chart shows.
#pragma once
#include "core/consolidate/consolidate.hpp"
#include "core/report/report_model.hpp"

namespace p8 {

// Appends the block below the last row of `m` and a ReportChart over it; nothing when no unit
// has an allocated target for any indicator.
void addUnitChart(ReportModel& m, const ReportLayout& layout, const Consolidation& c, const Plan& plan,
                  const ReportOptions& opt);

}  // namespace p8
