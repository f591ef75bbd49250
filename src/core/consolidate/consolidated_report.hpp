// The province's consolidated report, for the one report writer: the progress layout filled
// with the plan's totals (the units' figures summed), one column per reporting unit with its
// figure of the period, and a section "Tình hình báo cáo" before the signatures listing the
// units received, late, missing and duplicated — what a province signs and sends up. When the
// plan's units carry their history, a table of the totals by former district comes before it
// (former_report.hpp).
#pragma once
#include "core/consolidate/consolidate.hpp"
#include "core/report/report_model.hpp"

namespace p8 {

// The figures the report shows: plan targets, the sums over the units counted (empty where no
// unit gave a figure, never 0) and each unit's figure of the period (IndicatorFigures::allocated
// holds them, shown in the units' columns).
ReportFigures consolidatedFigures(const Consolidation& c, const Plan& plan);

// `layout` is a progress layout (layouts/progress.json); a Districts column (one per unit) is
// added before its Ghi chú column unless it has one. opt.period defaults to the consolidation's.
ReportModel buildConsolidatedReport(const ReportLayout& layout, const Plan& plan, const Consolidation& c,
                                    ReportOptions opt);

}  // namespace p8
