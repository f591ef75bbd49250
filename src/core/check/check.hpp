// The check: tables recognised in each sheet, every rule family applied, findings and
// totals out. This header is what the adapters (sidebar, dispatch) and the CLI call; the
// rules themselves live in check_*.cpp by family (values, sums, allocation, appendix,
// progress), sharing check_rules.hpp.
#pragma once
#include "core/check/finding.hpp"
#include "core/table/grid.hpp"
#include "core/plan/plan.hpp"
#include "core/table/recognize.hpp"
#include "core/check/totals.hpp"

#include <optional>
#include <string>
#include <vector>

namespace p8 {

struct SheetInput { Grid grid; };

struct CheckOptions {
  std::optional<int> asOfYear;                 // judge progress as of the end of this year
  std::vector<std::string> acceptedWarnings;   // findingKey()s the user accepted: dropped
};

// Why a plan was chosen, or why none could be: what the workbook shows (province, units,
// years) against each plan. `seen_*` is the short form ("Thái Nguyên, xã, 2026–2030").
struct PlanInference {
  std::string planId;                     // "" when no plan fits, or two fit equally
  std::string evidence_vi, evidence_en;   // a sentence: the reasons, or what was seen and the plans known
  std::string seen_vi, seen_en;
};

struct CheckResult {
  std::string planId;
  PlanInference planEvidence;      // what the workbook shows for the plan it was checked against
  std::vector<Table> tables;       // every table recognised, in sheet order
  std::vector<Finding> findings;   // in sheet order, then top to bottom, left to right
  std::vector<Total> totals;       // one line per indicator and district (see totals.hpp)
  int count(Severity s) const;
};

CheckResult checkWorkbook(const std::vector<Grid>& sheets, const Plan& plan,
                          const CheckOptions& opt = {});

// The plan a workbook is about, from the province name, unit names and years in its texts;
// "" when it cannot tell (nothing fits, or two plans tie). check_infer.cpp.
std::string inferPlan(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans);
// The same with its evidence (for plan_evidence in JSON, the text output and the panel).
PlanInference inferPlanEvidence(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans);

// The finding a caller (CLI, sidebar) reports when inferPlan() gives "": one wording for all.
// With the inference, the message says what was seen ("Thái Nguyên, xã, 2026–2030").
Finding planUnknownFinding(const std::string& file, const std::vector<const Plan*>& plans);
Finding planUnknownFinding(const std::string& file, const std::vector<const Plan*>& plans,
                           const PlanInference& seen);

}  // namespace p8
