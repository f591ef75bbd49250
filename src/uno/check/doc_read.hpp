// Reading a Calc document into the core's Grid model: one bulk read per sheet
// (getDataArray + getFormulaArray over the used area), error cells by one query per sheet,
// merged areas from the sheet's unique cell formats (a merge is part of a cell's format, so
// every anchor of one merge size shares one format group), hidden rows/columns from one query
// of the visible cells. Never one UNO call per cell of the used area. Content far away from
// the rest is not read (Grid::skippedFrom).
#pragma once
#include "core/table/grid.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <functional>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

// Every sheet of the document except p8calc's own results sheet (results_sheet.hpp), in order. `progress(i, n)` is
// called before sheet i of n (for a status indicator); it may be empty.
std::vector<Grid> readWorkbook(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                               const std::function<void(int, int)>& progress = {});

}  // namespace p8::uno
