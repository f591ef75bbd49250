// Several report models as the sheets of ONE workbook (the plan workbook of `p8calc template
// --kind plan`: general facts, indicators, activities, units, allocation, deadlines). Each
// sheet is written by the one report writer (report_writer.hpp) and the sheets are brought
// together with Calc's own sheet import, so cells, styles, merges, widths, validation lists
// and protection are exactly what the writer makes for a single sheet.
#pragma once
#include "core/report/report_model.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

// Stores the workbook once per path in `outs` (.ods, .xlsx, .pdf) and closes it; `planRef` is
// remembered in it (P8Plan) when not empty. Throws ArgError on an empty model list or output.
void storeWorkbook(const css::uno::Reference<css::uno::XComponentContext>& ctx, const std::vector<ReportModel>& sheets,
                   const std::string& planRef, const std::vector<std::string>& outs);

}  // namespace p8::uno
