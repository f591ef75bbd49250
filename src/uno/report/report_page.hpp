// The parts of a report's look that Nghị định 30/2020/NĐ-CP (Phụ lục I) fixes and that are
// not cell formats: the page (paper, margins, page numbers at the top centre and none on the
// first page) and the solid lines under the Tiêu ngữ and the issuing body. A line has to be
// as long as its text (or a share of it), so it is a line shape measured in the office's own
// text layout and anchored to its cell: it moves with the row and survives ODS, XLSX and PDF.
#pragma once
#include "core/report/report_model.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

namespace p8::uno {

namespace css = com::sun::star;

// The sheet's page style: paper, orientation, margins, fit to width, page numbers.
void setUpPage(const css::uno::Reference<css::frame::XModel>& doc,
               const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const ReportModel& model);

// A line shape under every text whose style has rule_below; call once row heights are final.
// Returns how many lines were drawn.
int drawRules(const css::uno::Reference<css::frame::XModel>& doc,
              const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const ReportModel& model);

// The text as written: Vietnamese capitals when its style says caps.
std::string shownText(const ReportModel& model, const ReportCell& cell);

}  // namespace p8::uno
