// A plan made from the sheets a province already has: its indicator table, the appendix of
// activities and the allocation table by unit — or the plan workbook p8calc writes
// (plan_workbook.hpp). Tables are found with the check's own recognition (core/table), so a
// sheet the check understands is a sheet the plan reader understands.
//
// Nothing is guessed silently: the result carries a review list with every indicator, unit
// and allocation read and every cell not understood with its reason (two indicators with one
// name, units of another province, a target that is no number, an allocation that does not
// add up to the target, hidden rows, empty sheets). The user reviews it before the plan is
// used; the plan itself has passed the same validation as a plan file.
#pragma once
#include "core/plan/plan.hpp"
#include "core/table/grid.hpp"

#include <optional>
#include <string>
#include <vector>

namespace p8 {

struct PlanReviewItem {
  enum class Kind { Read, Problem };
  Kind kind = Kind::Read;
  // What it is about (stable, for filters and tests):
  //   read: "plan" (id, province, phase), "indicator", "content", "unit", "allocation", "deadline";
  //   problem: "sheet-empty", "sheet-no-table", "indicator-duplicate", "indicator-name-twice",
  //   "target-not-number", "target-text-only" (a target per level or per unit, kept as text),
  //   "unit-foreign", "unit-unknown", "unit-duplicate", "allocation-sum", "allocation-not-number",
  //   "allocation-row-unknown", "row-hidden", "cell-merged", "cell-unreadable", "plan-fact-missing".
  std::string code;
  std::string sheet, cell;         // where ("Chỉ tiêu", "E9"); cell "" for a whole sheet
  std::string subject;             // indicator code or unit id read ("" when none)
  std::string message_vi, message_en;
};

struct PlanFromGridsOptions {
  std::string fileName;            // the workbook, for messages
  std::string id, province, phase; // given by the caller: override what the titles say
  std::string reportingLevel;      // "district" | "commune"; "" = from the units' names
  // The province's units (names as "Xã Ba Bể"); when given, units read that are not in the
  // list are units of another province: reported, left out of the plan.
  std::vector<std::string> provinceUnits;
};

struct PlanFromGrids {
  std::optional<Plan> plan;        // empty when no plan could be made (then error_vi/en)
  std::vector<PlanReviewItem> review;
  bool fromTemplate = false;       // read from the plan workbook p8calc writes
  std::string error_vi, error_en;  // names the file, the sheet and the cell
  std::size_t problems() const;    // review items of kind Problem
};

// Never throws for any grid content.
PlanFromGrids planFromGrids(const std::vector<Grid>& sheets, const PlanFromGridsOptions& opt);

// "Xã Bằng Vân" → "bang-van": lower-case ASCII, words joined by '-', the administrative
// prefix dropped (kept when the name is nothing else). Stable: the same name gives the same id.
std::string unitSlug(std::string_view name);

}  // namespace p8
