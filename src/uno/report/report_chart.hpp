// Charts of a report model (ReportModel::charts) as Calc's own charts over the report's cells
// (XTableChartsSupplier::addNewByName with cell ranges), so they follow the cells when a
// figure changes and survive ODS, XLSX and the PDF. The consolidated report uses one: a bar
// per reporting unit, its average share of the allocated target (core/consolidate/unit_chart).
#pragma once
#include "core/report/report_model.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <string>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

// The model as the sheets it prints on: a chart block that starts a page of its own
// (ReportChart::pageBreak) moves, with every cell from that row down, to a sheet of its own
// named `sheetName` — printed without the table's repeated header rows, its page numbered
// (it is never the report's first page). A model without such a block is returned alone.
std::vector<ReportModel> chartSheetApart(const ReportModel& model, const std::string& sheetName);

// Adds every chart of the model; call once row heights are final. Returns how many.
int addCharts(const css::uno::Reference<css::frame::XModel>& doc,
              const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const ReportModel& model);

}  // namespace p8::uno
