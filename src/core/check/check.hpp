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

struct CheckResult {
  std::string planId;
  std::vector<Table> tables;       // every table recognised, in sheet order
  std::vector<Finding> findings;   // in sheet order, then top to bottom, left to right
  std::vector<Total> totals;       // one line per indicator and district (see totals.hpp)
  int count(Severity s) const;
};

CheckResult checkWorkbook(const std::vector<Grid>& sheets, const Plan& plan,
                          const CheckOptions& opt = {});

// The plan a workbook is about, from the province name and district names in its texts;
// "" when it cannot tell (nothing found, or two plans tie).
std::string inferPlan(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans);

// The finding a caller (CLI, sidebar) reports when inferPlan() gives "": one wording for all.
Finding planUnknownFinding(const std::string& file, const std::vector<const Plan*>& plans);

}  // namespace p8
