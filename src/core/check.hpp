// The check: tables recognised in each sheet, every rule applied, findings and totals out.
// Rules live in check_*.cpp by family; this header is what adapters and the CLI call.
#pragma once
#include "core/finding.hpp"
#include "core/grid.hpp"
#include "core/plan.hpp"
#include "core/recognize.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace p8 {

struct Total {
  std::string indicator, district;   // district "" = the whole province
  std::optional<double> plan, allocated, actual, gap;
};

struct TableInfo { std::string sheet, range; TableKind kind; };

struct CheckOptions {
  std::optional<int> asOfYear;                 // judge progress as of this year
  std::vector<std::string> acceptedWarnings;   // findingKey()s the user accepted
};

struct CheckResult {
  std::string planId;
  std::vector<TableInfo> tables;
  std::vector<Finding> findings;
  std::vector<Total> totals;
  int count(Severity s) const;
};

CheckResult checkWorkbook(const std::vector<Grid>& sheets, const Plan& plan,
                          const CheckOptions& opt = {});
// The plan a workbook is about (province name, district names), "" when it cannot tell.
std::string inferPlan(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans);

// Rule families (check_values.cpp, check_allocation.cpp, check_appendix.cpp).
struct CheckContext {
  const Plan& plan;
  const CheckOptions& opt;
  std::vector<Finding>& findings;
  std::vector<Total>& totals;
};
// Reads a number cell, reporting text/error/negative values; nullopt when not a number.
std::optional<double> readNumber(const Table& t, const TableRow& r, const TableColumn& c,
                                 CheckContext& ctx, bool isCount, bool isPercent);
void checkAllocation(const Table& t, CheckContext& ctx);
void checkAppendix(const Table& t, CheckContext& ctx);
void checkProgress(const Table& t, CheckContext& ctx);

}  // namespace p8
