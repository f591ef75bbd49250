// The consolidated report's table "Tổng hợp theo huyện cũ (trước 01/7/2025)": when the plan's
// communes carry their history, the province compares phase II with phase I district by
// district, so the report shows the communes' figures of the period summed back to the former
// districts — one column per former district, one row per summable indicator, the communes
// received out of those formed from it, and below the table the communes not counted, named.
// It sits after the main table, before "Tình hình báo cáo" and the signatures.
#pragma once
#include "core/consolidate/consolidate.hpp"
#include "core/report/report_model.hpp"

namespace p8 {

// Rows the block takes (0 when the consolidation has no grouping by former unit).
int formerBlockRows(const Consolidation& c, const Plan& plan);

// Writes the block into rows top … top + formerBlockRows() - 1 of `m` (which the caller has
// freed); widens the report by unit columns when it has fewer than the former districts.
void placeFormerBlock(ReportModel& m, const ReportLayout& layout, const Consolidation& c, const Plan& plan,
                      int top, bool en);

}  // namespace p8
