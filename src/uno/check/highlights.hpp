// Highlights of faulty cells: a thin coloured frame drawn OVER the cell on the sheet's draw
// page (anchored to the cell, not printed, not movable), never a change to the cell itself —
// the user's cells keep their values, formulas and formats. Each highlight is a shape named
// "p8calc-mark|SEVERITY|code|cell|check", so one action removes them all.
// Undo safety: Calc's undo history holds raw pointers to shapes (a row inserted above a mark
// records a move of it). A shape must therefore never be deleted behind Calc's back: removal
// goes through the draw page with Calc recording (Calc then owns the removed shape), and the
// check's undo/redo only hides and shows the shapes it drew (check_output.cpp).
#pragma once
#include "core/check/finding.hpp"

#include <com/sun/star/drawing/XShape.hpp>
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

// Draws the marks (frames over the cells), their names ending in "|tag" (one tag per check);
// returns how many were drawn. Call with Calc's undo recording off: the check's own undo
// step shows and hides them.
int drawMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::vector<Mark>& marks,
              const std::string& tag);

// Removes every p8calc mark, also hidden ones, returning the visible ones removed. Call with
// Calc's undo recording ON: Calc then keeps each removed shape in its undo history, so no
// undo step of Calc's or ours ever touches a shape that is gone.
std::vector<Mark> removeMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// Shows or hides the marks of one check that are on the sheets (undo and redo of a check:
// never delete there). Marks Calc's history holds off the sheets are left to Calc.
void showMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& tag, bool visible);

// The marks currently on the sheets (read back from the shapes).
std::vector<Mark> currentMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// "D9" → {row 8, col 3}; false when the text is not one A1 cell address.
bool parseA1(const std::string& a1, int& row, int& col);

}  // namespace p8::uno
