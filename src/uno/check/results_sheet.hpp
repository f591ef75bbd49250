// Which sheet is p8calc's own results sheet, and its state for undo. p8calc owns only the
// sheet it made: the one its document-level named range "P8calc_KetQua" points at (a named
// range follows the sheet when the user renames or moves it, and turns #REF! when the sheet
// is deleted). A user's sheet that merely has the name "P8 Kết quả kiểm tra" is never
// overwritten or deleted: p8calc then makes "P8 Kết quả kiểm tra (2)".
#pragma once
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <functional>
#include <string>

namespace p8::uno {

namespace css = com::sun::star;

// The name p8calc gives its results sheet (a free variant when a user's sheet has it).
extern const char* const kFindingsSheet;

// The index of p8calc's own results sheet, -1 when there is none.
int ownedResultsSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// Our sheet, made at the end (and registered as ours) when there is none. `relock` runs right
// after each call that turns Calc's undo recording back on (LibreOffice 7.4: inserting a
// sheet, showing or hiding one), so the caller can switch recording off again.
css::uno::Reference<css::sheet::XSpreadsheet> ownResultsSheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::function<void()>& relock = {});

// A sheet that an earlier p8calc wrote (its first cell is our title): never read as data,
// even when it is not registered as ours (files checked by older versions).
bool looksLikeResultsSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// What our sheet looked like: enough to put it back exactly on undo and redo.
struct ResultsSheetState {
  bool present = false;
  rtl::OUString name;
  sal_Int32 index = -1;
  css::uno::Sequence<css::uno::Sequence<rtl::OUString>> formulas;   // its used area
};
ResultsSheetState captureResultsSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);
void restoreResultsSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                         const ResultsSheetState& state, const std::function<void()>& relock = {});

// Empties our sheet and writes these cells (rows may differ in length).
void fillResultsSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                      const css::uno::Sequence<css::uno::Sequence<rtl::OUString>>& formulas);

// Removes our sheet; false when there is none.
bool removeResultsSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// True when the workbook's structure is protected: no sheet may be added.
bool structureProtected(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// Empties a sheet (contents, formats, objects) in one call.
void clearSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

}  // namespace p8::uno
