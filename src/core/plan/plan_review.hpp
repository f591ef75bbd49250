// The review of a plan made from a workbook, for the user to read before the plan is used:
// as a sheet (the sidebar adds it to the document; the CLI can write it) and as JSON (the
// output of `p8calc plan`). Problems come first, then everything read, each with its sheet
// and cell, in Vietnamese and English.
#pragma once
#include "core/plan/plan_from_grids.hpp"
#include "core/report/report_model.hpp"

#include <string>

namespace p8 {

// One sheet "Xem lại kế hoạch" / "Plan review": a title, what was made (or why nothing could
// be), and a table STT · Loại · Mã · Trang · Ô · Nội dung. lang: "vi" | "en".
ReportModel planReviewSheet(const PlanFromGrids& result, const std::string& lang = "vi");

// {"plan_id": "…"|null, "usable": true, "from_template": false, "problems": 2,
//  "error": null | {"vi": "…", "en": "…"},
//  "review": [{"kind": "problem"|"read", "code", "sheet", "cell", "subject", "message_vi", "message_en"}, …]}
std::string planReviewJson(const PlanFromGrids& result);

// Is this sheet a review written by planReviewSheet (so a second run does not read it)?
bool isPlanReviewSheet(const Grid& sheet);

}  // namespace p8
