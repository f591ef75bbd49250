// Highlights of faulty cells: a thin coloured frame drawn OVER the cell on the sheet's draw
// page (anchored to the cell, not printed), never a change to the cell itself — the user's
// cells keep their values, formulas and formats. Each highlight is a shape named
// "p8calc-mark|SEVERITY|code|cell", so one action removes them all. Calc does not record
// shapes made through the API for undo, so replacing the marks adds our own undo action:
// Ctrl+Z puts back the marks that were there before, Ctrl+Y the new ones.
#pragma once
#include "core/check/finding.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

struct Mark {
  std::string sheet, cell, code, message;
  Severity severity = Severity::Error;
};

// The marks for ERROR and WARNING findings about one cell (INFO is not marked), at most cap.
std::vector<Mark> marksFor(const std::vector<Finding>& findings, int cap, bool& capped);

// Removes every p8calc mark and draws `marks` instead, as one undo step titled `title`.
// Returns the number of marks drawn.
int replaceMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                 const std::vector<Mark>& marks, const std::string& title);

// The marks currently on the sheets (read back from the shapes).
std::vector<Mark> currentMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// "D9" → {row 8, col 3}; false when the text is not one A1 cell address.
bool parseA1(const std::string& a1, int& row, int& col);

}  // namespace p8::uno
