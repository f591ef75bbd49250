// A workbook no plan could be chosen for (check_infer.cpp): is it a Project 8 table whose plan
// is unknown, or no Project 8 table at all? The answer is decided here once, for every caller
// (the one-click check, the sidebar and `p8calc check` through the batch service), so they
// agree by construction:
//  - it has a table (a candidate plan recognises one, or names its indicators beside figures):
//    the plan is unknown — the plan-unknown finding (WARNING) with what was seen, and the
//    file is not checked;
//  - it has none: there is nothing to check — no plan-unknown, one INFO table-not-found per
//    sheet with content, as for any sheet that is no table (a list of communes, a staff
//    list…). "A sheet that is no P8 table gives nothing."
// Only called when inference gave no plan, so a workbook whose plan is inferred pays nothing.
#pragma once
#include "core/check/check.hpp"

#include <string>
#include <vector>

namespace p8 {

// The plan evidence is read from the first rows of a sheet only: a long table adds nothing to it.
constexpr int kEvidenceRows = 400;

// Whether the workbook has a Project 8 table: one that any of the plans recognises, or a
// plan's indicator named as a header or label with figures beside it (a table of a province
// no plan knows: recognition anchors on the plan's unit names). p8calc's own results sheet is
// never input; an old encoding is read as Unicode, as the check does. Stops at the first.
bool hasP8Table(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans);

struct UnplannedCheck {
  bool noTable = false;   // nothing to check: no plan-unknown, exit status 0 for `p8calc check`
  CheckResult result;     // planId ""; planEvidence = what was seen
};

// The answer for a workbook without a plan; `seen` is inferPlanEvidence(sheets, plans) with
// its planId "" (the plans tie, or none fits); `file` names the workbook in plan-unknown.
UnplannedCheck checkWithoutPlan(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans,
                                const PlanInference& seen, const std::string& file);

}  // namespace p8
