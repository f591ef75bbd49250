// Consolidation: the province's side of the reporting cycle. Every reporting unit of the plan
// (districts in phase I, communes and wards since 1 July 2025) sends its workbook; each file
// has been read and checked like `p8calc check` and attributed to a unit (attribution.hpp).
// Here every unit valid in the period gets one status — received, missing, duplicate (two or
// more files: none counted until one is removed), unreadable — and the figures of the units
// received are summed per indicator. A figure no file gives stays empty (never 0), and a sum
// that lacks some units says how many it holds (units_counted / units_expected), so the
// province never signs a total made of half the units without knowing it.
#pragma once
#include "core/check/check.hpp"
#include "core/consolidate/attribution.hpp"
#include "core/consolidate/former_units.hpp"
#include "core/plan/plan.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace p8 {

// What one unit's file reports for one indicator (its own progress table).
struct UnitFigure {
  std::optional<double> target;       // the unit's target as the file states it
  std::string targetSheet, targetCell;
  std::optional<double> planYear, actual, cumulative;   // Kế hoạch năm · Thực hiện kỳ báo cáo · Lũy kế
};
using UnitFigures = std::map<std::string, UnitFigure>;   // indicator code → figures

// The figures of a unit's workbook, read with the check's value reader from its progress
// tables (the first figure of an indicator wins, as in the check's totals).
UnitFigures readUnitFigures(const std::vector<Grid>& sheets, const CheckResult& result, const Plan& plan);

struct ConsolidationFile {
  std::string path;                   // as shown to the user
  std::string modified;               // ISO date "YYYY-MM-DD[…]": the document's, else the file's; "" unknown
  bool readable = true;
  std::string reason_vi, reason_en;   // why it could not be read (readable == false)
  CheckResult check;                  // readable files: the result of the check
  UnitFigures figures;
  Attribution attribution;
};

// A readable file prepared for consolidate(): attribution and figures from its grids.
ConsolidationFile consolidationFile(const std::string& path, const std::string& modified,
                                    const std::vector<Grid>& sheets, CheckResult check, const Plan& plan,
                                    const std::vector<const Plan*>& others = {});
// A file that could not be read (missing, password-protected, damaged): attributed from its
// name only.
ConsolidationFile unreadableFile(const std::string& path, const std::string& modified, std::string reason_vi,
                                 std::string reason_en, const Plan& plan);

struct ConsolidationOptions {
  int period = 0;                     // the reporting year (required)
  std::string kind = "progress";      // progress | update
  std::string deadline;               // ISO date overriding the plan's deadline of `kind`; "" = the plan's
  std::string asOf;                   // ISO date of the consolidation ("today"); judges missing units
};

enum class UnitStatus { Received, Missing, Duplicate, Unreadable };
const char* unitStatusCode(UnitStatus s);   // "received" | "missing" | "duplicate" | "unreadable" (stable)

struct UnitReport {
  std::string id, name;
  UnitStatus status = UnitStatus::Missing;
  std::vector<std::size_t> files;     // indexes into Consolidation::files
  bool late = false;                  // the counted file came after the deadline
};

struct ConsolidatedTotal {
  std::string indicator;
  std::string unit;                   // "" = the whole plan
  std::optional<double> plan, allocated, actual, cumulative, gap;
  int unitsCounted = 0, unitsExpected = 0;
  std::optional<double> planYear;     // sum of the units' annual plans (the report's column)
};

// A finding of the consolidation: about a unit and its files, not about one cell (except
// target-mismatch, which names the cell of the stated target).
struct ConsolidationFinding {
  Finding finding;
  std::string unit;                   // the unit's id, "" when none
  std::vector<std::string> files;     // paths
};

struct Consolidation {
  std::string planId;
  int period = 0;
  std::string kind, deadline, asOf;   // the deadline applied (ISO)
  std::vector<ConsolidationFile> files;
  std::vector<UnitReport> units;      // every unit expected, in the plan's order
  std::vector<ConsolidatedTotal> totals;   // per indicator: the whole plan, then each unit
  std::vector<ConsolidationFinding> findings;
  // The totals summed back to the former districts (former_units.hpp); empty when no unit
  // expected has predecessors.
  std::optional<FormerGrouping> byFormer;
  int count(Severity s) const;        // consolidation findings and every file's check findings
  const UnitReport* unit(const std::string& id) const;
  const ConsolidatedTotal* total(const std::string& indicator, const std::string& unit) const;
};

// The deadline of a kind for a period from the plan (progress: 10/9 of the year, update:
// 25/01 of the next year when the plan has none); "" for an unknown kind.
std::string deadlineOf(const Plan& plan, const std::string& kind, int period);
// The reporting units of the plan valid in any part of the period's year, in file order.
std::vector<const OrgUnit*> unitsExpected(const Plan& plan, int period);

Consolidation consolidate(const Plan& plan, std::vector<ConsolidationFile> files, const ConsolidationOptions& opt);

}  // namespace p8
