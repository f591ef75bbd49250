// Shared by the two readers behind planFromGrids: the plan workbook's own sheets
// (plan_workbook_read.cpp) and any workbook's recognised tables (plan_from_tables.cpp).
// Internal to the plan area.
#pragma once
#include "core/plan/plan_from_grids.hpp"
#include "core/plan/plan_workbook_sheets.hpp"

#include <map>
#include <optional>

namespace p8::planbook {

struct Draft {
  explicit Draft(const PlanFromGridsOptions& o) : opt(o) {}
  Plan plan;
  std::vector<PlanReviewItem> review;
  const PlanFromGridsOptions& opt;
  bool fatal = false;              // a cell that makes the plan impossible (error_vi/en set)
  std::string error_vi, error_en;

  void read(const std::string& code, const std::string& sheet, const std::string& cell, const std::string& subject,
            const std::string& vi, const std::string& en);
  void problem(const std::string& code, const std::string& sheet, const std::string& cell, const std::string& vi,
               const std::string& en, const std::string& subject = "");
  void fail(const std::string& sheet, const std::string& cell, const std::string& vi, const std::string& en);
};

// A plan workbook sheet found in a grid: its kind, header row and the grid column of each key
// (allocation: unit columns by their header text, and the total column).
struct FoundSheet {
  SheetKind kind = SheetKind::General;
  int headerRow = 0;
  std::map<std::string, int> col;                     // key → grid column
  std::vector<std::pair<int, std::string>> unitCols;  // allocation
};
std::optional<FoundSheet> findPlanSheet(const Grid& g);
// Reads the sheet into the draft; allocation sheets after all others (they name units).
void readPlanSheet(const Grid& g, const FoundSheet& f, Draft& d);

// A cell's text as a user sees it: text trimmed, a whole number without decimals, a date
// serial of a date column as YYYY-MM-DD when `date`.
std::string cellText(const Cell& c, bool date = false);

}  // namespace p8::planbook

namespace p8::planbook {

// The province and phase a workbook's titles name ("KẾ HOẠCH … TỈNH BẮC KẠN GIAI ĐOẠN
// 2021 - 2025"), and where (plan_titles.cpp).
struct TitleFacts {
  std::string title;               // the first line starting "Kế hoạch …", verbatim
  std::string province, sheet, cell;
  int startYear = 0, endYear = 0;
  bool endOnly = false;            // "đến năm 2030": the start year is assumed
  std::string yearsSheet, yearsCell;
};
TitleFacts titleFacts(const std::vector<const Grid*>& grids);

// Unit names written as such ("Xã Bằng Vân", "H. Ba Bể"), two or more in one row or column
// of a sheet: the units an allocation table names, in the order first written.
struct UnitCandidate {
  std::string name, level, sheet, cell;   // level: "district" | "commune" from the prefix
};
std::vector<UnitCandidate> unitCandidates(const std::vector<const Grid*>& grids);

}  // namespace p8::planbook
