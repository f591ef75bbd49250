// A report layout as data: the administrative form a Project 8 report is printed on (header
// blocks, the table's columns, numbering, footer, page and cell styles). No official template
// file exists, and provinces differ in the columns they ask for, so the form is a JSON file
// (layouts/README.md documents every field) that an officer can edit without code; the
// report model (report_model.hpp) fills it from a plan and the figures a check read.
#pragma once
#include "core/plan/plan.hpp"

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace p8 {

// Where a column's cells come from.
enum class ColumnSource {
  Number,        // STT, numbered by the layout's numbering (I, 1, 1.1)
  Name,          // indicator / content text
  Unit,          // ĐVT
  PlanPhase,     // Kế hoạch giai đoạn: the plan target (district: its allocation)
  PlanYear,      // Kế hoạch năm: from the workbook's progress table
  ActualPeriod,  // Thực hiện kỳ báo cáo: from the workbook's progress table
  Cumulative,    // Lũy kế từ đầu giai đoạn
  Rate,          // of[0] / of[1] as a live formula; empty when either is empty or 0
  Districts,     // expands to one column per district of the plan (allocated figures)
  Total,         // live SUM of the district columns (empty when all are empty)
  Gap,           // of[0] − of[1] as a live formula; empty when either is empty
  Note           // Ghi chú: missing figures are named here
};
const char* columnSourceCode(ColumnSource s);   // "number", "name", … (stable, used in JSON)

struct LayoutColumn {
  std::string id;                  // unique; defaults to the source code
  ColumnSource source = ColumnSource::Note;
  LocalText title;                 // may hold {placeholders}; Districts: the district's name
  LocalText group;                 // a header over this and neighbouring columns with the same group
  std::vector<std::string> of;     // Rate/Gap: ids of the two columns used
  double widthMm = 20;
};

// One piece of a header/footer row. A row has up to three: left block, centre, right block.
struct LayoutPart {
  LocalText text;                  // may hold {placeholders}
  std::string style;               // a style name (see LayoutStyle); "" = the place's default
  std::string input;               // "unit": in templates an input cell choosing the reporting unit
};
struct LayoutRow {
  std::optional<LayoutPart> left, center, right;
  double heightMm = 0;             // 0 = as the text needs
};

// Cell styles are named; the layout may change any field of a built-in style or add one.
struct LayoutStyle {
  bool bold = false, italic = false, underline = false, wrap = false, border = false;
  bool locked = true;              // false: an input cell of a template (protection off)
  double size = 0;                 // points; 0 = the layout's font size
  std::string align = "left";      // left | center | right
  std::string valign = "center";   // top | center | bottom
  std::string format;              // "" text | integer (1.234) | decimal (1.234,5) | percent (12,5 %)
  bool caps = false;               // written in Vietnamese capitals (Quốc hiệu, issuing body, annex title)
  double ruleBelow = 0;            // a solid line under the text, this fraction of its length (0 = none):
                                   // 1 under the Tiêu ngữ, 1/3–1/2 under the issuing body (ND 30/2020)
};

struct PageSetup {
  std::string paper = "A4";
  std::string orientation = "auto";   // auto (landscape when the table is wider than portrait) | portrait | landscape
  bool fitWidth = true;               // scale to one page wide
  bool repeatHeader = true;           // table header rows on every page
  // Margins in mm. Nghị định 30/2020/NĐ-CP, Phụ lục I: top and bottom 20–25, left 30–35, right 15–20.
  double top = 20, bottom = 20, left = 30, right = 15;
  // Page numbers (ND 30/2020: top centre, Arabic numerals, 13–14 pt, not on the first page).
  std::string numbers = "top";        // top | bottom | none
  bool numberFirstPage = false;       // the first page shows no number
  double numberSize = 13;             // points
};

struct Numbering {
  std::string part = "roman";       // roman (I, II) | letter (A, B) | none
  std::string item = "arabic";      // arabic (1, 2) | code (the plan's indicator code)
  std::string subItem = "dotted";   // dotted (2.1) | letter (a, b) | code
};

struct ReportLayout {
  int schemaVersion = 1;
  std::string id;                     // "progress", "allocation"
  std::string kind = "progress";      // progress | allocation (which figures a template asks for)
  LocalText name, sheet;              // a human name; the sheet's name
  std::string fontName = "Times New Roman";
  double fontSize = 12;
  PageSetup page;
  Numbering numbering;
  bool columnNumbers = true;          // a row "(1) (2) (3) …" under the header, as forms have
  std::map<std::string, std::string> values;   // defaults of {placeholders}: issuer, place, report_no …
  std::vector<LayoutRow> header, footer;
  std::vector<LayoutColumn> columns;
  std::map<std::string, LayoutStyle> styles;   // built-ins, then the file's changes

  const LayoutColumn* column(const std::string& id) const;
};

// A layout file that cannot be used: names the file, line and field in Vietnamese and English
// ("Tệp mẫu báo cáo 'x.json', dòng 12: trường 'columns[3].source' …").
struct LayoutError : std::runtime_error {   // what() = message_en
  LayoutError(std::string vi, std::string en);
  std::string message_vi, message_en;
};

// The built-in styles (title, motto, th, td-number, input-number, …) a layout starts from.
std::map<std::string, LayoutStyle> defaultLayoutStyles();
ReportLayout parseLayout(const std::string& jsonText, const std::string& fileName);
ReportLayout loadLayoutFile(const std::string& path);
// <dir>/<name>.json for a bare name ("progress"); a name with '/' or ".json" is a path.
std::string layoutPath(const std::string& nameOrPath, const std::string& dir);

}  // namespace p8
