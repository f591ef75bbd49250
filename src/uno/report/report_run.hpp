// Reports and templates from the office side (sidebar "Xuất báo cáo", vnd.p8calc:report and
// vnd.p8calc:template): the same core model as `p8calc report`, written by report_writer into a
// new document that is left open for the user, or stored and closed when a path is given.
// The user's workbook is only read.
#pragma once
#include "core/report/report_model.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

struct ReportRequest {
  std::string layout = "progress";   // a layout name in <extension>/layouts, or a JSON path
  int period = 0;                    // reporting year; 0 = the plan's end year
  std::string out;                   // .ods/.xlsx/.pdf path; "" = leave the new document open
  std::string lang;                  // "" = the office's UI language
};

// The report of the frame's workbook. Throws ArgError / LayoutError with a clear message.
css::uno::Reference<css::frame::XModel> makeReport(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                                                   const css::uno::Reference<css::frame::XFrame>& frame,
                                                   const ReportRequest& req);
// A blank data-entry workbook for the plan of the frame's document (kind = layout name).
css::uno::Reference<css::frame::XModel> makeTemplate(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                                                     const css::uno::Reference<css::frame::XFrame>& frame,
                                                     const ReportRequest& req);

// Writes a report model into a new hidden document, stores it once per path in `outs` and
// closes it: the batch service (`p8calc report/template`) and the sidebar share one writer.
void storeModel(const css::uno::Reference<css::uno::XComponentContext>& ctx, const ReportModel& model,
                const std::string& planRef, const std::vector<std::string>& outs);

// A layout by name (in layoutsDir()) or path; "" = progress. Throws LayoutError.
ReportLayout layoutFor(const std::string& nameOrPath);

std::string layoutsDir();   // <extension>/layouts

}  // namespace p8::uno
