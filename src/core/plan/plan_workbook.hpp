// A plan as a workbook a provincial officer can fill in Calc: one sheet each for the plan's
// general facts, its indicators, its activity table, its units (with the units they were
// formed from), the allocation of targets to units and the reporting deadlines, each with a
// short explanation in Vietnamese (or English). The model is the report model of
// src/core/report, one ReportModel per sheet, so the one report writer writes it; reading the
// filled workbook back is planFromGrids (plan_from_grids.hpp), and plan → workbook → plan is
// exact.
#pragma once
#include "core/plan/plan.hpp"
#include "core/report/report_model.hpp"

#include <string>
#include <vector>

namespace p8 {

struct PlanWorkbook {
  std::vector<ReportModel> sheets;   // in order: general, indicators, content, units, allocation, deadlines
};

// The plan's workbook. An empty Plan{} gives the blank template: every table with empty input
// rows (`blankRows` of them, more on the units sheet) under its header. lang: "vi" | "en".
PlanWorkbook buildPlanWorkbook(const Plan& plan, const std::string& lang = "vi", int blankRows = 20);

}  // namespace p8
