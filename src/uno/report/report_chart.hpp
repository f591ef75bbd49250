// Charts of a report model (ReportModel::charts) as Calc's own charts over the report's cells
// (XTableChartsSupplier::addNewByName with cell ranges), so they follow the cells when a
// figure changes and survive ODS, XLSX and the PDF. The consolidated report uses one: a bar
// per reporting unit, its average share of the allocated target (core/consolidate/unit_chart).
#pragma once
#include "core/report/report_model.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

namespace p8::uno {

namespace css = com::sun::star;

// Adds every chart of the model; call once row heights are final. Returns how many.
int addCharts(const css::uno::Reference<css::frame::XModel>& doc,
              const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const ReportModel& model);

}  // namespace p8::uno
