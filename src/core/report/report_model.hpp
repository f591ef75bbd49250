// The report as cells: a layout (report_layout.hpp) filled from a plan and the figures a
// check read from a workbook, or left blank as a data-entry template. The model is plain data
// (cells with text, number or a live formula and a style name, merges, widths, page setup,
// protection, validation lists), so the office side only writes it into a new document and
// every decision — numbering, what is empty, which formula — is tested here in milliseconds.
//
// Rules the model keeps: a figure the workbook does not give stays empty and is named in the
// Ghi chú column and in notes (never 0); rates and totals are formulas that give "" instead of
// #DIV/0! or a 0 made of nothing.
#pragma once
#include "core/check/check.hpp"
#include "core/report/report_layout.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace p8 {

// Figures of one indicator for the report, province level unless a district is named.
struct IndicatorFigures {
  std::optional<double> planPhase, planYear, actualPeriod, cumulative;
  std::map<std::string, double> allocated;     // district id → allocated figure
  std::optional<double> allocatedProvince;     // a percent row's province figure (not a sum)
};

struct ReportFigures {
  std::map<std::string, IndicatorFigures> byIndicator;   // indicator code → figures
  const IndicatorFigures* find(const std::string& code) const;
};

// What the check read: plan targets and allocations (totals), and from progress tables of the
// province (a table whose title names a district is that district's report and is left out)
// the annual plan, the period's figure and the cumulative figure.
ReportFigures collectFigures(const std::vector<Grid>& sheets, const CheckResult& result, const Plan& plan);

struct ReportOptions {
  int period = 0;                               // reporting year; 0 = the plan's end year
  std::string lang = "vi";                      // texts of the layout and the plan: vi | en
  std::map<std::string, std::string> values;    // {placeholder} values over the layout's ("issuer", …)
  std::string district;                         // template: the reporting unit's id ("" = province)
};

struct ReportCell {
  enum class Kind { Blank, Text, Number, Formula };
  int row = 0, col = 0;
  Kind kind = Kind::Blank;      // Blank: a styled empty cell (borders, an input)
  std::string text;             // Text, or the formula in Calc's API grammar ("=SUM(D8:K8)", ';' separates)
  double number = 0;
  std::string style;
};

struct CellRect { int top = 0, left = 0, bottom = 0, right = 0; };

struct ListValidation {         // a drop-down list of allowed texts
  CellRect range;
  std::vector<std::string> items;
};

struct ReportNote {             // a missing figure, shown empty in the report
  std::string indicator, column;   // indicator code, column id
  std::string message_vi, message_en;
};

// A chart over cells of the report itself (so it stays live in Calc): a bar per category,
// the categories' labels in one column and their figures in another, on the same rows.
struct ReportChart {
  std::string name, title;
  CellRect categories;          // labels, one column
  CellRect values;              // figures, one column; the first row of both is their header
  CellRect place;               // the cells the chart covers
  int pageBreak = -1;           // a row that starts a new page (the block's heading); -1 none
};

struct ReportModel {
  std::string sheetName, title;
  std::string fontName;
  double fontSize = 12;
  std::map<std::string, LayoutStyle> styles;   // every style a cell uses
  std::vector<double> columnWidthsMm;
  std::map<int, double> rowHeightsMm;          // rows that need a height (merged, wrapped); others optimal
  std::vector<ReportCell> cells;               // row by row, left to right
  std::vector<CellRect> merges;
  int tableTop = 0, headerBottom = 0, tableBottom = 0;   // the table: header rows tableTop..headerBottom
  PageSetup page;
  bool landscape = false;
  bool protect = false;                        // templates: everything but input cells locked
  std::vector<ListValidation> validations;
  std::vector<ReportNote> notes;
  std::vector<ReportChart> charts;             // the consolidated report's share of target by unit

  const ReportCell* at(int row, int col) const;   // nullptr when no cell there
  // Adds a cell in one of the layout's styles (copied into `styles` when first used): the
  // blocks that add to a built report (the chart's figures, the former districts) write so.
  void put(int row, int col, ReportCell::Kind kind, std::string text, double number, const std::string& style,
           const ReportLayout& layout);
};

// The report of a workbook's figures.
ReportModel buildReport(const ReportLayout& layout, const Plan& plan, const ReportFigures& figures,
                        const ReportOptions& opt);
// A blank data-entry workbook on the same layout: figure cells empty and unlocked, plan targets
// filled in, rates and totals as formulas, the reporting unit chosen from a list.
ReportModel buildTemplate(const ReportLayout& layout, const Plan& plan, const ReportOptions& opt);

// The model as lines, fields TAB-separated with \t \n \\ escaped (tests and debugging):
//   P8REPORT 1 | SHEET name | TITLE text | FONT name size
//   PAGE paper landscape(0/1) fit_width(0/1) top bottom left right | PAGENUM top|bottom|none first(0/1) size
//   REPEAT first last | PROTECT 0/1
//   STYLE name bold italic underline size align valign wrap border format locked caps rule_below
//   COL index width_mm | ROW index height_mm | C row col T|N|F|B value style
//   M top left bottom right | LIST top left bottom right item… | NOTE indicator column vi en
//   CHART name title categories(top left bottom right) values(…) place(…) page_break | END
std::string modelText(const ReportModel& model);

// Helpers shared by the report files.
std::string upperVi(std::string_view s);     // Vietnamese capitals ("Bắc Kạn" → "BẮC KẠN")
std::string cleanUtf8(std::string_view s);   // invalid bytes → U+FFFD
std::string romanNumeral(int n);             // 1 → "I", 14 → "XIV" (1..3999; else the number)

}  // namespace p8
